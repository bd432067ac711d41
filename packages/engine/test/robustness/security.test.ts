// Safe defaults: loopback only, no CORS unless asked, pact files never written outside pactDir,
// and credentials kept out of the logs below trace level.
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanupMockServer, createMockServer, writePactFile } from '../../src/api.js';
import { PactWriteError } from '../../src/errors.js';
import type { LogLevel } from '../../src/server/types.js';
import { pactJson, rawExchange, send, serve, trapEscapes, until } from './helpers.js';

trapEscapes();

const ping = { description: 'ping', request: { method: 'GET', path: '/ping' }, response: { status: 200, body: 'pong' } };
const secured = {
  description: 'secured',
  request: { method: 'GET', path: '/me', headers: { Authorization: 'Bearer expected-token', Cookie: 'session=expected-cookie' } },
  response: { status: 200 },
};

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Another address of the loopback range: a server bound to 127.0.0.1 is not reachable there, one
 * bound to every interface is. (Tests never send traffic beyond the loopback range.)
 */
const OTHER_LOCAL = '127.0.0.2';

function bindable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

describe('binding', () => {
  it('binds 127.0.0.1 by default, not every interface', async () => {
    const server = await serve({ pact: pactJson([ping]) });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await connects('127.0.0.1', server.port)).toBe(true);
    expect(await connects(OTHER_LOCAL, server.port)).toBe(false);
    // Had it bound the wildcard address, this port would be taken on every address.
    expect(await bindable(OTHER_LOCAL, server.port)).toBe(true);
    const port = await createMockServer(JSON.stringify(pactJson([ping])), 0);
    try {
      expect(await connects('127.0.0.1', port)).toBe(true);
      expect(await connects(OTHER_LOCAL, port)).toBe(false);
    } finally {
      await cleanupMockServer(port);
    }
  });

  it('binds every interface only when told to', async () => {
    const server = await serve({ pact: pactJson([ping]), host: '0.0.0.0' });
    expect(await connects(OTHER_LOCAL, server.port)).toBe(true);
    expect(await connects('127.0.0.1', server.port)).toBe(true);
  });
});

describe('CORS', () => {
  it('is off by default: no Access-Control-* header on any answer, pre-flights are not answered', async () => {
    const server = await serve({ pact: pactJson([ping]) });
    const answers = [
      await send(server.url, { path: '/ping', headers: { Origin: 'http://evil.example' } }),
      await send(server.url, { path: '/nope', headers: { Origin: 'http://evil.example' } }),
      await send(server.url, { method: 'OPTIONS', path: '/ping', headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'GET' } }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 500, 500]);
    for (const a of answers) expect(Object.keys(a.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('is on only when asked', async () => {
    const server = await serve({ pact: pactJson([ping]), cors: true });
    const match = await send(server.url, { path: '/ping', headers: { Origin: 'http://app.example' } });
    expect(match.headers['access-control-allow-origin']).toBe('http://app.example');
    const preflight = await send(server.url, { method: 'OPTIONS', path: '/ping', headers: { Origin: 'http://app.example' } });
    expect(preflight.status).toBe(204);
  });
});

describe('pact file names cannot escape pactDir', () => {
  let root = '';
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'pw-escape-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const hostile = ['../x', '../../x', '/etc/x', 'a/../../b', 'a/b', 'a\u0000b', 'a\\..\\..\\b', '..\\x', 'C:\\x', '..', '.', '', ' ', 'a\nb', '%2e%2e%2fx'];

  it('every hostile consumer or provider name is refused (or kept inside pactDir), by every API', async () => {
    const pactDir = path.join(root, 'pacts');
    let refused = 0;
    let inside = 0;
    for (const name of hostile) {
      for (const role of ['consumer', 'provider'] as const) {
        const names = { consumer: 'web', provider: 'api', [role]: name };
        // Names given as options, and names read from the pact JSON itself.
        const viaOptions = await serve({ pact: pactJson([ping]), ...names });
        const viaPact = await serve({ pact: pactJson([ping], names) });
        for (const server of [viaOptions, viaPact]) {
          const outcome = await server.writePact(pactDir).then(
            (file) => file,
            (error: unknown) => error,
          );
          if (typeof outcome === 'string') {
            // Only a name that is harmless after all (e.g. percent signs) may be written, and only inside.
            expect(path.dirname(outcome), JSON.stringify(name)).toBe(pactDir);
            inside++;
          } else {
            expect(outcome, JSON.stringify(name)).toBeInstanceOf(PactWriteError);
            refused++;
          }
        }
        const port = await createMockServer(JSON.stringify(pactJson([ping], names)), 0);
        try {
          expect([0, 2]).toContain(await writePactFile(port, pactDir));
        } finally {
          await cleanupMockServer(port);
        }
      }
    }
    console.log(`path escapes: ${hostile.length * 2 * 2} attempts, ${refused} refused, ${inside} written inside pactDir`);
    // Nothing anywhere but pactDir, nothing outside root, and nothing at /etc/x.
    expect(readdirSync(root)).toEqual(readdirSync(root).filter((f) => f === 'pacts'));
    for (const f of existsSync(pactDir) ? readdirSync(pactDir) : []) expect(f).toMatch(/^[^/\\]+\.json$/);
    expect(existsSync(path.join(root, 'x.json'))).toBe(false);
    expect(existsSync('/etc/x-api.json')).toBe(false);
    expect(existsSync(path.join(path.dirname(root), 'x-api.json'))).toBe(false);
    expect(refused).toBeGreaterThanOrEqual((hostile.length - 1) * 4);
  });
});

describe('credentials in logs', () => {
  const SECRETS = ['Bearer actual-SECRET-token', 'session=actual-SECRET-cookie', 'Basic cHJveHk6U0VDUkVU'];

  async function logsAt(level: LogLevel): Promise<string> {
    const lines: string[] = [];
    const server = await serve({ pact: pactJson([secured, ping]), logLevel: level, logSink: (line) => lines.push(line) });
    const headers = { Authorization: SECRETS[0] as string, Cookie: SECRETS[1] as string, 'Proxy-Authorization': SECRETS[2] as string };
    // A mismatch on the secret headers themselves, an unexpected request, a match, and a truncated upload.
    await send(server.url, { path: '/me', headers });
    await send(server.url, { path: '/elsewhere', headers });
    await send(server.url, { path: '/ping', headers });
    const head = Object.entries(headers).map(([n, v]) => `${n}: ${v}\r\n`).join('');
    await rawExchange(server.port, [`POST /me HTTP/1.1\r\nHost: x\r\n${head}Content-Length: 10\r\n\r\nabc`], { destroyAfterWrite: true });
    await until(() => lines.some((l) => l.includes('truncated')), 1000);
    return lines.join('\n');
  }

  for (const level of ['info', 'debug'] as const) {
    it(`at ${level}: Authorization, Cookie and Proxy-Authorization values never appear`, async () => {
      const log = await logsAt(level);
      expect(log).toContain('/me');
      expect(log).toContain('truncated');
      for (const secret of SECRETS) expect(log).not.toContain(secret.split(/[ =]/)[1]);
      if (level === 'debug') expect(log).toMatch(/"authorization":"<redacted>"/);
    });
  }

  it('at trace: the values are printed (the documented way to see them)', async () => {
    const log = await logsAt('trace');
    expect(log).toContain(SECRETS[0]);
    expect(log).toContain(SECRETS[1]);
  });
});
