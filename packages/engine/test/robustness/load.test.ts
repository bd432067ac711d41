// Load and churn: 10,000 requests over 50 keep-alive connections to one server, and 200 servers
// started and cleaned up in a row, with nothing leaked.
import { spawn } from 'node:child_process';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupMockServer, createMockServer, mockServerMatched } from '../../src/api.js';
import { startMockServer } from '../../src/server/start.js';
import { engineRoot, here, pactJson, send, trapEscapes } from './helpers.js';

trapEscapes();

interface LoadFigures {
  total: number;
  ok: number;
  bad: unknown[];
  counts: { requests: number; matched: number; mismatched: number; unexpected: number };
  matched: boolean;
  elapsedMs: number;
  sockets: number;
  heapBefore: number;
  heapPeak: number;
  heapAfter: number;
  gc: boolean;
  resources: string[];
}

function runLoadChild(total: number, connections: number): Promise<LoadFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(here, 'fixtures', 'load-child.mjs'), String(total), String(connections)], {
      cwd: engineRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 100_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`load child exited with ${String(code)}: ${err}`));
      else resolve(JSON.parse(out.trim()) as LoadFigures);
    });
  });
}

const MB = 1024 * 1024;

describe('load', () => {
  it('10,000 requests from 50 concurrent keep-alive connections: all answered, ledger exact, memory back to baseline', async () => {
    const f = await runLoadChild(10_000, 50);
    console.log(
      `load: ${f.total} requests in ${f.elapsedMs.toFixed(0)} ms (${((f.total / f.elapsedMs) * 1000).toFixed(0)} req/s) over ${f.sockets} sockets; heap before ${(f.heapBefore / MB).toFixed(1)} MB, peak ${(f.heapPeak / MB).toFixed(1)} MB, after cleanup ${(f.heapAfter / MB).toFixed(1)} MB (gc: ${String(f.gc)})`,
    );
    expect(f.bad).toEqual([]);
    expect(f.ok).toBe(10_000);
    expect(f.counts).toEqual({ requests: 10_000, matched: 10_000, mismatched: 0, unexpected: 0 });
    expect(f.matched).toBe(true);
    expect(f.sockets).toBeLessThanOrEqual(50);
    expect(f.gc).toBe(true);
    expect(f.heapAfter - f.heapBefore).toBeLessThan(4 * MB);
    // Nothing of the server or its connections is left holding the event loop.
    expect(f.resources.filter((r) => r.startsWith('TCP'))).toEqual([]);
  }, 110_000);
});

/** Counts of active handles by kind (TCPServerWrap, TCPSocketWrap, Timeout, ...). */
function resources(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of process.getActiveResourcesInfo()) out[r] = (out[r] ?? 0) + 1;
  return out;
}

const EVENTS = ['uncaughtException', 'unhandledRejection', 'exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'warning'] as const;
function processListeners(): Record<string, number> {
  return Object.fromEntries(EVENTS.map((e) => [e, process.listenerCount(e)]));
}

function rebind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

describe('churn', () => {
  it('200 servers started, used over keep-alive and cleaned up: no leaked sockets, handles or listeners; ports free', async () => {
    const pact = JSON.stringify(pactJson([{ description: 'ping', request: { method: 'GET', path: '/ping' }, response: { status: 200, body: 'pong' } }]));
    await new Promise((r) => setTimeout(r, 50));
    const handlesBefore = resources();
    const listenersBefore = processListeners();
    const ports: number[] = [];
    const start = performance.now();
    for (let i = 0; i < 200; i++) {
      // Both APIs: the port-keyed functions and the object API.
      const agent = new http.Agent({ keepAlive: true });
      if (i % 2 === 0) {
        const port = await createMockServer(pact, 0);
        expect((await send(`http://127.0.0.1:${port}`, { path: '/ping', agent })).status).toBe(200);
        expect(mockServerMatched(port)).toBe(true);
        // The keep-alive socket is still open here: cleanup must close it.
        expect(await cleanupMockServer(port)).toBe(true);
        ports.push(port);
      } else {
        const server = await startMockServer({ pact });
        expect((await send(server.url, { path: '/ping', agent })).status).toBe(200);
        await server.close();
        ports.push(server.port);
      }
      agent.destroy();
    }
    const elapsed = performance.now() - start;
    await new Promise((r) => setTimeout(r, 100));
    const handlesAfter = resources();
    console.log(`churn: 200 servers in ${elapsed.toFixed(0)} ms; handles before ${JSON.stringify(handlesBefore)} after ${JSON.stringify(handlesAfter)}`);
    expect(handlesAfter['TCPServerWrap'] ?? 0).toBe(handlesBefore['TCPServerWrap'] ?? 0);
    expect(handlesAfter['TCPSocketWrap'] ?? 0).toBe(handlesBefore['TCPSocketWrap'] ?? 0);
    expect(handlesAfter['Timeout'] ?? 0).toBeLessThanOrEqual(handlesBefore['Timeout'] ?? 0);
    expect(processListeners()).toEqual(listenersBefore);
    const free = await Promise.all(ports.map(rebind));
    expect(free.filter((f) => !f)).toEqual([]);
    expect(new Set(ports).size).toBeGreaterThan(1);
  }, 110_000);
});
