// An adapter session on the msw transport (`transport: 'msw'`), driven as every adapter drives it,
// and `pactHandlers(pact)` on a live session: the engine loads this package by name, as it does in
// a user's project.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createPactSession, like } from '@pactwright/engine';
import { pactHandlers } from '../src/index.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function pactDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pactwright-msw-session-'));
  dirs.push(dir);
  return dir;
}

describe("a session with transport: 'msw'", () => {
  it('answers at the base URL without a port, verifies each test and writes the pact of a green file', async () => {
    const original = globalThis.fetch;
    const dir = pactDir();
    const session = createPactSession({ consumer: 'web', provider: 'users-api', pactDir: dir, transport: 'msw', baseUrl: 'http://users.test/api/' }, { env: {}, color: false });
    await session.start();
    expect(session.pact.url).toBe('http://users.test/api');
    expect(session.pact.port).toBe(80);

    session.beginTest('gets a user');
    session.pact.uponReceiving('a user').withRequest({ method: 'GET', path: '/users/1' }).willRespondWith({ status: 200, body: like({ id: 1, name: 'Ann' }) });
    const response = await fetch(`${session.pact.url}/users/1`);
    expect(await response.json()).toEqual({ id: 1, name: 'Ann' });
    expect(session.endTest()).toBeUndefined();

    const outcome = await session.finish();
    expect(outcome.failures).toEqual([]);
    const written = JSON.parse(readFileSync(join(dir, 'web-users-api.json'), 'utf8')) as { interactions: { description: string; request: { path: string } }[] };
    expect(written.interactions.map((i) => [i.description, i.request.path])).toEqual([['a user', '/users/1']]);
    expect(globalThis.fetch, 'closing the session ends the interception').toBe(original);
  });

  it('gives a mismatch the mock server\'s 500 and the same report, and writes nothing for a red file', async () => {
    const dir = pactDir();
    const session = createPactSession({ consumer: 'web', provider: 'users-api', pactDir: dir, transport: 'msw', baseUrl: 'http://users.test' }, { env: {}, color: false });
    await session.start();
    try {
      session.beginTest('creates a user');
      session.pact.uponReceiving('a new user').withRequest({ method: 'POST', path: '/users', body: { name: 'Bob' } }).willRespondWith({ status: 201 });
      const response = await fetch('http://users.test/users', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Carl' }) });
      expect(response.status).toBe(500);
      expect(response.headers.get('x-pact')).toBe('Request-Mismatch');
      const unexpected = await fetch('http://users.test/nobody');
      expect(unexpected.headers.get('x-pact')).toBe('Unexpected-Request');
      const error = session.endTest();
      expect(error?.message).toContain('Request did not match interaction "a new user"');
      expect(error?.message).toContain('"Carl"');
      expect(error?.message).toContain('Unexpected request');
      expect(error?.message).toContain('GET /nobody');
    } finally {
      const outcome = await session.finish();
      expect(outcome.failures).not.toEqual([]);
      expect(outcome.pactFile).toBeUndefined();
    }
  });

  it('needs a base URL outside a page, and says how to give one', async () => {
    const session = createPactSession({ consumer: 'web', provider: 'users-api', transport: 'msw' }, { env: {}, color: false });
    await expect(session.start()).rejects.toThrow(/baseUrl: is required with transport 'msw' outside jsdom, happy-dom or a browser/);
    await session.finish();
  });
});

describe('pactHandlers(pact) on a live session', () => {
  it('answers from the session\'s interactions inside the suite\'s own msw server, and the adapter verifies them', async () => {
    const session = createPactSession({ consumer: 'web', provider: 'users-api', pactDir: pactDir() }, { env: {}, color: false });
    await session.start();
    const server = setupServer(...pactHandlers(session.pact, { baseUrl: 'http://users.test' }));
    server.listen({ onUnhandledRequest: 'error' });
    try {
      session.beginTest('lists users');
      session.pact.uponReceiving('the users').withRequest({ method: 'GET', path: '/users' }).willRespondWith({ status: 200, body: [] });
      session.pact.uponReceiving('the orders').withRequest({ method: 'GET', path: '/orders' }).willRespondWith({ status: 200, body: [] });
      // One through msw, one through the real socket: one mock behind both.
      expect((await fetch('http://users.test/users')).status).toBe(200);
      expect((await fetch(`${session.pact.url}/orders`)).status).toBe(200);
      expect(session.endTest()).toBeUndefined();

      session.beginTest('forgets one');
      session.pact.uponReceiving('a user').withRequest({ method: 'GET', path: '/users/1' }).willRespondWith({ status: 200 });
      const error = session.endTest();
      expect(error?.message).toContain('Expected request was not received: "a user"');
    } finally {
      server.close();
      await session.finish({ write: false });
    }
  });

  it('tells a handle whose session has not started from a pact', () => {
    const session = createPactSession({ consumer: 'web', provider: 'users-api' }, { env: {}, color: false });
    expect(() => pactHandlers(session.pact, { baseUrl: 'http://users.test' })).toThrow(/the pact session has no mock server: call start\(\) first/);
  });
});
