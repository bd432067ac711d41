import * as net from 'node:net';
import { mkdtemp, readFile, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cleanupMockServer,
  createMockServer,
  mockServerMatched,
  mockServerMismatches,
  writePactFile,
} from '../../src/api.js';
import { PactParseError, PortInUseError } from '../../src/errors.js';

const pactJson = JSON.stringify({
  consumer: { name: 'web' },
  provider: { name: 'users-api' },
  interactions: [
    {
      description: 'get user 1',
      request: { method: 'GET', path: '/users/1', headers: { Accept: 'application/json' } },
      response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: { id: 1 } },
    },
  ],
  metadata: { pactSpecification: { version: '3.0.0' } },
});

const ports: number[] = [];
let dir = '';

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pw-api-'));
});
afterEach(async () => {
  await Promise.all(ports.splice(0).map((p) => cleanupMockServer(p)));
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

async function create(json = pactJson, port = 0): Promise<number> {
  const p = await createMockServer(json, port);
  ports.push(p);
  return p;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

describe('the port-keyed functions', () => {
  it('createMockServer resolves to a bound port; matched and mismatches follow the requests', async () => {
    const port = await create();
    expect(port).toBeGreaterThan(0);
    expect(mockServerMatched(port)).toBe(false);
    expect(mockServerMismatches(port)).toBe(
      '[{"description":"get user 1","method":"GET","path":"/users/1","request":{"headers":{"Accept":"application/json"},"method":"GET","path":"/users/1"},"type":"missing-request"}]',
    );
    const res = await fetch(`http://127.0.0.1:${port}/users/1`, { headers: { Accept: 'application/json' } });
    expect(await res.json()).toEqual({ id: 1 });
    expect(mockServerMatched(port)).toBe(true);
    expect(mockServerMismatches(port)).toBe('[]');
  });

  it('mismatches JSON is compact with alphabetical keys at every depth', async () => {
    const port = await create();
    await fetch(`http://127.0.0.1:${port}/users/1`, { headers: { Accept: 'text/html' } });
    const text = mockServerMismatches(port) as string;
    expect(text).not.toMatch(/\s"|\n/);
    const [entry] = JSON.parse(text) as Array<Record<string, unknown>>;
    expect(Object.keys(entry as object)).toEqual(['actualRequest', 'description', 'method', 'mismatches', 'path', 'type']);
    const [inner] = (entry as { mismatches: Array<Record<string, unknown>> }).mismatches;
    expect(Object.keys(inner as object)).toEqual(['actual', 'expected', 'key', 'mismatch', 'type']);
    expect(mockServerMatched(port)).toBe(false);
  });

  it('the request as received keeps every body key, __proto__ included, in the JSON and the 500 body', async () => {
    const port = await create();
    const body = '{"__proto__":{"polluted":true},"name":"x"}';
    const res = await fetch(`http://127.0.0.1:${port}/users/1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    const answer = (await res.json()) as { request: { body: Record<string, unknown> } };
    expect(Object.keys(answer.request.body)).toEqual(['__proto__', 'name']);
    const [entry] = JSON.parse(mockServerMismatches(port) as string) as Array<{ request: { body: Record<string, unknown> } }>;
    expect(Object.keys(entry?.request.body ?? {})).toEqual(['__proto__', 'name']);
    expect(Object.getPrototypeOf(entry?.request.body)).toBe(Object.prototype);
  });

  it('createMockServer on a given port, and PortInUseError when it is taken', async () => {
    const first = await create();
    await expect(createMockServer(pactJson, first)).rejects.toBeInstanceOf(PortInUseError);
  });

  it('createMockServer rejects an invalid pact with PactParseError naming the field', async () => {
    const bad = JSON.stringify({ consumer: { name: 'a' }, provider: { name: 'b' }, interactions: [{ description: 'x', request: { method: 42 }, response: {} }] });
    const error = await createMockServer(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PactParseError);
    expect((error as Error).message).toContain('interactions[0].request.method');
    await expect(createMockServer('not json')).rejects.toBeInstanceOf(PactParseError);
  });

  it('unknown ports: matched false, mismatches undefined, cleanup false, write 3', async () => {
    const port = await create();
    expect(await cleanupMockServer(port)).toBe(true);
    expect(mockServerMatched(port)).toBe(false);
    expect(mockServerMismatches(port)).toBeUndefined();
    expect(await cleanupMockServer(port)).toBe(false);
    expect(await writePactFile(port, dir)).toBe(3);
  });

  it('cleanupMockServer really closes: the port is free when it resolves', async () => {
    const port = await create();
    await fetch(`http://127.0.0.1:${port}/users/1`, { headers: { Accept: 'application/json' } }); // leaves a keep-alive socket
    expect(await cleanupMockServer(port)).toBe(true);
    expect(await portFree(port)).toBe(true);
    const again = await create(pactJson, port);
    expect(again).toBe(port);
  });

  it.each([
    ['1.0.0', '1.0.0'],
    ['1.1.0', '1.1.0'],
    ['2.0.0', '2.0.0'],
    ['3.0.0', '3.0.0'],
    ['4.0', '4.0'],
  ])('writePactFile writes the version the server was created with (%s)', async (declared, written) => {
    const v4 = declared === '4.0';
    const pact = {
      consumer: { name: 'web' },
      provider: { name: `api-${declared}` },
      interactions: [
        {
          ...(v4 ? { type: 'Synchronous/HTTP', key: 'k-1', pending: true, comments: { text: ['kept'] } } : {}),
          description: 'get user 1',
          ...(declared.startsWith('1') || declared === '2.0.0' ? { providerState: 'user 1 exists' } : { providerStates: [{ name: 'user 1 exists' }] }),
          request: { method: 'GET', path: '/users/1', query: declared.startsWith('1') || declared === '2.0.0' ? 'a=1&b=2' : { a: ['1'], b: ['2'] } },
          response: { status: 200 },
        },
      ],
      metadata: { pactSpecification: { version: declared } },
    };
    const port = await create(JSON.stringify(pact));
    expect(await writePactFile(port, dir)).toBe(0);
    const json = JSON.parse(await readFile(path.join(dir, `web-api-${declared}.json`), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(json.metadata.pactSpecification).toEqual({ version: written });
    const [interaction] = json.interactions;
    if (declared.startsWith('1') || declared === '2.0.0') {
      expect(interaction).toMatchObject({ providerState: 'user 1 exists', request: { query: 'a=1&b=2' } });
    } else {
      expect(interaction).toMatchObject({ providerStates: [{ name: 'user 1 exists' }], request: { query: { a: ['1'], b: ['2'] } } });
    }
    if (v4) expect(interaction).toMatchObject({ type: 'Synchronous/HTTP', key: 'k-1', pending: true, comments: { text: ['kept'] } });
  });

  it('createMockServer takes a spec option that overrides the pact\'s version, and refuses an unknown one', async () => {
    const port = await createMockServer(pactJson, 0, { spec: 4 });
    ports.push(port);
    expect(await writePactFile(port, dir)).toBe(0);
    const json = JSON.parse(await readFile(path.join(dir, 'web-users-api.json'), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(json.metadata.pactSpecification).toEqual({ version: '4.0' });
    expect(json.interactions[0].response.body).toEqual({ content: { id: 1 }, contentType: 'application/json', encoded: false });
    await expect(createMockServer(pactJson, 0, { spec: 5 as never })).rejects.toThrow('spec: expected a pact specification version to write (2, 3 or 4), got 5');
  });

  it('a server whose log is off still warns (a Node process warning) when the version written leaves data out', async () => {
    const seen: string[] = [];
    const listener = (warning: Error): void => {
      if (warning.name === 'PactwrightWarning') seen.push(warning.message);
    };
    process.on('warning', listener);
    try {
      const withStates = JSON.stringify({
        consumer: { name: 'web' },
        provider: { name: 'states-api' },
        interactions: [{ description: 'd', providerStates: [{ name: 'a' }, { name: 'b' }], request: { method: 'GET', path: '/' }, response: { status: 200 } }],
        metadata: { pactSpecification: { version: '3.0.0' } },
      });
      const port = await createMockServer(withStates, 0, { spec: 2 });
      ports.push(port);
      expect(await writePactFile(port, dir)).toBe(0);
      await new Promise((resolve) => setImmediate(resolve));
      expect(seen).toEqual([expect.stringMatching(/web-states-api\.json is written as pact specification 2\.0\.0, which has no place for 1 provider state beyond the first of an interaction: left out$/)]);
    } finally {
      process.off('warning', listener);
    }
  });

  it('writePactFile: 0 written (merging), 2 unwritable', async () => {
    const port = await create();
    expect(await writePactFile(port, dir)).toBe(0);
    const file = path.join(dir, 'web-users-api.json');
    const written = JSON.parse(await readFile(file, 'utf8')) as { metadata: Record<string, unknown>; interactions: unknown[] };
    expect(written.interactions).toHaveLength(1);
    expect(written.metadata['pactSpecification']).toEqual({ version: '3.0.0' });
    expect(written.metadata['pactwright']).toEqual({ version: expect.any(String) });

    await writeFile(file, '{ broken');
    expect(await writePactFile(port, dir)).toBe(2);
    expect(await readFile(file, 'utf8')).toBe('{ broken');
    expect(await writePactFile(port, dir, true)).toBe(0);

    // A regular file where the directory should be: nothing can be created below it.
    const blocker = path.join(dir, 'blocker');
    await writeFile(blocker, 'x');
    expect(await writePactFile(port, path.join(blocker, 'pacts'))).toBe(2);

    if (process.getuid?.() !== 0) {
      const ro = path.join(dir, 'ro');
      await import('node:fs/promises').then((fs) => fs.mkdir(ro));
      await chmod(ro, 0o555);
      expect(await writePactFile(port, ro)).toBe(2);
      await chmod(ro, 0o755);
    }
  });

  it('writePactFile defaults to the current directory', async () => {
    const port = await create();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(await writePactFile(port)).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(JSON.parse(await readFile(path.join(dir, 'web-users-api.json'), 'utf8'))).toMatchObject({ consumer: { name: 'web' } });
  });
});
