import * as http from 'node:http';
import * as net from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startMockServer } from '../../src/server/start.js';
import { ConfigurationError, PactParseError, PortInUseError } from '../../src/errors.js';
import { createUser, getUser, pact, request, serve } from './helpers.js';

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

describe('starting and closing', () => {
  it('close() frees the port at once, also with an idle keep-alive connection open, and is idempotent', async () => {
    const server = await startMockServer({ pact: pact([getUser]) });
    const agent = new http.Agent({ keepAlive: true });
    try {
      const res = await request(server.url, { path: '/users/1', agent, headers: { Accept: 'application/json', Authorization: 'Bearer abc' } });
      expect(res.status).toBe(200);
      const port = server.port;
      await Promise.all([server.close(), server.close()]);
      await server.close();
      expect(await bindable(port)).toBe(true);
      // A new server can take the same port immediately; the old one refuses connections.
      const again = await startMockServer({ pact: pact([getUser]), port });
      await again.close();
      await expect(request(`http://127.0.0.1:${port}`, { path: '/users/1' })).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      agent.destroy();
    }
  });

  it('close() lets an in-flight request finish, and does not wait for its keep-alive socket', async () => {
    const server = await startMockServer({ pact: pact([createUser]) });
    const agent = new http.Agent({ keepAlive: true });
    const pending = new Promise<number>((resolve, reject) => {
      const req = http.request(`${server.url}/users`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, agent }, (res) => {
        res.resume();
        expect(res.headers.connection).toBe('close');
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('{"name":"Bob",');
      setTimeout(() => req.end('"age":30}'), 100);
    });
    await new Promise((r) => setTimeout(r, 30));
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(800); // well under the 1 s grace for stuck requests
    expect(await pending).toBe(201);
    agent.destroy();
  });

  it('supports await using', async () => {
    let port = 0;
    {
      await using server = await startMockServer({ pact: pact([getUser]) });
      port = server.port;
    }
    expect(await bindable(port)).toBe(true);
  });

  it('a taken port → PortInUseError naming the port', async () => {
    const first = await serve({ pact: pact([]) });
    const error = await startMockServer({ port: first.port }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortInUseError);
    expect((error as PortInUseError).port).toBe(first.port);
    expect((error as Error).message).toContain(String(first.port));
  });

  it('bad options and bad pacts are rejected with a precise error', async () => {
    await expect(startMockServer({ port: 70000 })).rejects.toBeInstanceOf(ConfigurationError);
    const bad = await startMockServer({ pact: pact([{ description: 'x', request: { method: 42, path: '/' }, response: {} }]) }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(PactParseError);
    expect((bad as PactParseError).path).toBe('interactions[0].request.method');
    await expect(startMockServer({ pact: '{ not json' })).rejects.toBeInstanceOf(PactParseError);
  });

  it('options of the wrong type from JavaScript callers name the option and the value', async () => {
    const rejection = (options: object): Promise<unknown> => startMockServer(options as never).catch((e: unknown) => e);
    const cases: Array<[object, string, RegExp]> = [
      [{ cors: 'yes' }, 'cors', /^cors: expected true or false, got "yes"$/],
      [{ pactDir: 5 }, 'pactDir', /^pactDir: expected a directory path, got 5$/],
      [{ port: '80' }, 'port', /^port: expected a port number from 0 to 65535 \(0 = any free port\), got "80"$/],
      // Worded as the adapters' options are (server/option-checks.ts is the one place for both).
      [{ logLevel: 'warning' }, 'logLevel', /^logLevel: expected one of silent, error, warn, info, debug, trace, got "warning" \(did you mean "warn"\?\)$/],
      [{ host: '' }, 'host', /^host: expected a host name or IP address, got ""$/],
      [{ tls: { key: 'not a key', cert: 'not a cert' } }, 'tls', /^tls: the key and certificate could not be used \(expected PEM text\): /],
      // A misspelt option is refused, not ignored, with the closest name and the list.
      [{ prot: 8080 }, 'prot', /^prot: unknown option; did you mean "port"\? Known options: pact, consumer, provider, host, port, cors, tls, pactDir, spec, logLevel, maxBodySize, limits, logSink, beforeAnswer$/],
      [{ timeout: 5 }, 'timeout', /^timeout: unknown option; Known options: pact, consumer/],
    ];
    for (const [options, option, message] of cases) {
      const error = await rejection(options);
      expect(error, JSON.stringify(options)).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).option).toBe(option);
      expect((error as Error).message).toMatch(message);
    }
  });

  it('createMockServer refuses a misspelt option too, and startMockServer options that are not an object', async () => {
    const { createMockServer } = await import('../../src/api.js');
    const misspelt = await createMockServer(JSON.stringify(pact([])), 0, { corss: true } as never).catch((e: unknown) => e);
    expect(misspelt).toBeInstanceOf(ConfigurationError);
    expect((misspelt as Error).message).toMatch(/^corss: unknown option; did you mean "cors"\?/);
    for (const [options, got] of [[null, 'null'], ['port=80', '"port=80"'], [[], 'an array']] as const) {
      const error = await startMockServer(options as never).catch((e: unknown) => e);
      expect(error, String(options)).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toBe(`options: expected an object of options, got ${got}`);
    }
  });

  it('writePact with a directory that is not a path names the argument', async () => {
    const server = await serve({ pact: pact([]) });
    const error = await server.writePact(5 as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe('dir: writePact expected a directory path, got 5');
  });
});

describe('registering interactions and verifying per test', () => {
  it('addInteraction takes V3 JSON; verifyAndReset reports this test only, keeps matched ones for the pact', async () => {
    const server = await serve({ consumer: 'web', provider: 'users-api' });
    server.addInteraction(getUser);
    server.addInteraction(createUser);
    await request(server.url, { path: '/users/1', headers: { Accept: 'application/json', Authorization: 'Bearer abc' } });
    expect(server.matched()).toBe(false);
    const first = server.verifyAndReset();
    expect(first.ok).toBe(false);
    expect(first.mismatches).toEqual([expect.objectContaining({ type: 'missing-request', description: 'create user' })]);
    expect(first.verified.map((i) => i.description)).toEqual(['get user 1']);

    // Next test: a clean slate; the earlier interaction is no longer served.
    expect(server.matched()).toBe(true);
    server.addInteraction(createUser);
    await request(server.url, { method: 'POST', path: '/users', headers: { 'Content-Type': 'application/json' }, body: '{"name":"Bob","age":30}' });
    const gone = await request(server.url, { path: '/users/1', headers: { Accept: 'application/json', Authorization: 'Bearer abc' } });
    expect(gone.headers['x-pact']).toBe('Unexpected-Request');
    const second = server.verifyAndReset();
    expect(second.ok).toBe(false);
    expect(second.mismatches.map((m) => m.type)).toEqual(['request-not-found']);
    expect(second.verified.map((i) => i.description)).toEqual(['create user']);
    expect(server.pact.interactions.map((i) => i.description)).toEqual(['get user 1', 'create user']);

    const dir = await mkdtemp(path.join(tmpdir(), 'pw-server-'));
    try {
      const file = await server.writePact(dir);
      expect(file).toBe(path.join(dir, 'web-users-api.json'));
      const written = JSON.parse(await readFile(file, 'utf8')) as { interactions: Array<{ description: string }> };
      expect(written.interactions.map((i) => i.description)).toEqual(['create user', 'get user 1']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('addInteraction with invalid JSON → PactParseError with the path inside the interaction', async () => {
    const server = await serve({});
    const error = (() => {
      try {
        server.addInteraction({ description: 'x', request: { method: 'GET', path: 5 }, response: { status: 200 } });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PactParseError);
    expect((error as PactParseError).path).toBe('interaction.request.path');
    // Said once: a cause would repeat it under the wrapper's own path, and runners print causes.
    expect((error as PactParseError).cause).toBeUndefined();
  });
});

describe('logging', () => {
  it('is silent by default; never prints Authorization or Cookie values below trace', async () => {
    const lines: string[] = [];
    const server = await serve({ pact: pact([getUser]), logLevel: 'debug', logSink: (l) => lines.push(l) });
    await request(server.url, { path: '/users/1', headers: { Accept: 'application/json', Authorization: 'Bearer abc', Cookie: 'sid=secret' } });
    const text = lines.join('\n');
    expect(text).toContain('Received request GET /users/1');
    expect(text).not.toContain('Bearer abc');
    expect(text).not.toContain('sid=secret');
    expect(text).toContain('<redacted>');

    const traced: string[] = [];
    const loud = await serve({ pact: pact([getUser]), logLevel: 'trace', logSink: (l) => traced.push(l) });
    await request(loud.url, { path: '/users/1', headers: { Accept: 'application/json', Authorization: 'Bearer abc' } });
    expect(traced.join('\n')).toContain('Bearer abc');

    const quiet: string[] = [];
    const silent = await serve({ pact: pact([getUser]), logSink: (l) => quiet.push(l) });
    await request(silent.url, { path: '/users/1' });
    expect(quiet).toEqual([]);
  });
});
