// Shared plumbing of the robustness suite: real servers, raw sockets, and a trap that fails the
// test when anything escapes the server as an uncaught exception or unhandled rejection.
import * as http from 'node:http';
import * as net from 'node:net';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startMockServer, type RunningMockServer, type StartOptions } from '../../src/server/start.js';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const engineRoot = path.resolve(here, '../..');
export const repoRoot = path.resolve(engineRoot, '../..');
/** `shared/` lives beside the repository; absent on machines without it. */
export const sharedBench = path.resolve(repoRoot, '../shared/bench');

/** The bench pacts (real, valid), keyed by file name; empty when `shared/` is absent. */
export function benchPacts(): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(sharedBench)) return out;
  for (const name of readdirSync(sharedBench).sort()) {
    if (name.endsWith('.pact.json')) out.set(name, readFileSync(path.join(sharedBench, name), 'utf8'));
  }
  return out;
}

/** Everything that escaped to the process during the current file; asserted empty after it. */
export const escaped: unknown[] = [];
/** Escapes a test has claimed as its own (a known bug it documents); not counted above. */
export const claimed = new WeakSet<object>();

/** Installs the uncaughtException/unhandledRejection trap for the calling test file. */
export function trapEscapes(): void {
  const onError = (error: unknown): void => {
    // Claims are made by listeners registered later; let them run first.
    setImmediate(() => {
      if (!(typeof error === 'object' && error !== null && claimed.has(error))) escaped.push(error);
    });
  };
  beforeAll(() => {
    process.on('uncaughtException', onError);
    process.on('unhandledRejection', onError);
  });
  afterAll(() => {
    process.off('uncaughtException', onError);
    process.off('unhandledRejection', onError);
    if (escaped.length > 0) throw new Error(`escaped the server: ${escaped.map(String).join('\n')}`);
  });
}

const open: RunningMockServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** A server closed after the current test. */
export async function serve(options: StartOptions): Promise<RunningMockServer> {
  const server = await startMockServer({ logLevel: 'silent', ...options });
  open.push(server);
  return server;
}

/** A V3 pact JSON object. */
export function pactJson(interactions: object[], names = { consumer: 'web', provider: 'api' }): Record<string, unknown> {
  return {
    consumer: { name: names.consumer },
    provider: { name: names.provider },
    interactions,
    metadata: { pactSpecification: { version: '3.0.0' } },
  };
}

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request over its own connection (or the given agent). */
export function send(
  url: string,
  options: { method?: string; path?: string; headers?: Record<string, string | string[]>; body?: string | Buffer; agent?: http.Agent; timeoutMs?: number } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(options.path ?? '/', url), { method: options.method ?? 'GET', headers: options.headers, agent: options.agent ?? false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.setTimeout(options.timeoutMs ?? 10_000, () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(options.body);
  });
}

/**
 * Writes raw bytes on a fresh socket and collects what comes back until the server closes the
 * connection, `idleMs` pass without data, or `endAfterWrite` half-closes our side.
 */
export function rawExchange(
  port: number,
  chunks: Array<string | Buffer>,
  options: { gapMs?: number; idleMs?: number; destroyAfterWrite?: boolean } = {},
): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    let idle: NodeJS.Timeout | undefined;
    const finish = (): void => {
      if (idle) clearTimeout(idle);
      socket.destroy();
      resolve(received);
    };
    const arm = (): void => {
      if (idle) clearTimeout(idle);
      idle = setTimeout(finish, options.idleMs ?? 200);
    };
    socket.on('data', (d: Buffer) => {
      received += d.toString('latin1');
      arm();
    });
    socket.on('error', () => undefined);
    socket.on('close', finish);
    socket.on('connect', () => {
      void (async () => {
        for (const chunk of chunks) {
          if (socket.destroyed) return;
          socket.write(chunk);
          if (options.gapMs) await new Promise((r) => setTimeout(r, options.gapMs));
        }
        if (options.destroyAfterWrite) setTimeout(() => socket.destroy(), 20);
        else arm();
      })();
    });
  });
}

/** Status codes of every HTTP response in a raw byte stream, in order. */
export function statuses(raw: string): number[] {
  return [...raw.matchAll(/HTTP\/1\.[01] (\d{3}) /g)].map((m) => Number(m[1]));
}

export async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 5));
}
