import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { startMockServer, type RunningMockServer } from '@pactwright/engine';
import { pactHandlers } from '../src/index.js';

const pact = {
  consumer: { name: 'web' },
  provider: { name: 'users-api' },
  metadata: { pactSpecification: { version: '3.0.0' } },
  interactions: [
    {
      description: 'a user',
      request: { method: 'GET', path: '/users/1', headers: { Accept: 'application/json' } },
      response: {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        body: { id: 1, name: 'Ann', token: 'x' },
        matchingRules: { body: { '$.token': { matchers: [{ match: 'type' }] } } },
        generators: { body: { '$.token': { type: 'Uuid' } } },
      },
    },
    {
      description: 'a new user',
      request: { method: 'POST', path: '/users', headers: { 'Content-Type': 'application/json' }, body: { name: 'Bob' } },
      response: { status: 201 },
    },
  ],
};

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('pactHandlers', () => {
  it('answers from the pact under the base URL, with generators, and verifies', async () => {
    const handlers = pactHandlers(pact, { baseUrl: 'http://api.test/v1' });
    server.use(...handlers);
    const user = await fetch('http://api.test/v1/users/1', { headers: { Accept: 'application/json' } });
    expect(user.status).toBe(200);
    const body = (await user.json()) as { id: number; name: string; token: string };
    expect(body).toMatchObject({ id: 1, name: 'Ann' });
    expect(body.token).toMatch(/^[0-9a-f-]{36}$/);
    expect(handlers.matched()).toBe(false);
    const created = await fetch('http://api.test/v1/users', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Bob' }) });
    expect(created.status).toBe(201);
    expect(handlers.matched()).toBe(true);
    expect(handlers.verify()).toBeUndefined();
  });

  it('gives an unmatched request the same 500, recorded problem and report as the HTTP mock server', async () => {
    const handlers = pactHandlers(pact, { baseUrl: 'http://api.test' });
    server.use(...handlers);
    let socket: RunningMockServer | undefined;
    try {
      socket = await startMockServer({ pact });
      const send = (base: string) => fetch(`${base}/users`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Carl' }) });
      const viaMsw = await send('http://api.test');
      const viaSocket = await send(socket.url);
      expect(viaMsw.status).toBe(500);
      expect(viaMsw.headers.get('x-pact')).toBe('Request-Mismatch');
      const mswBody = (await viaMsw.json()) as { mismatches: unknown[]; type: string; interaction: string };
      const socketBody = (await viaSocket.json()) as typeof mswBody;
      expect(mswBody.type).toBe(socketBody.type);
      expect(mswBody.interaction).toBe('a new user');
      expect(mswBody.mismatches).toEqual(socketBody.mismatches);
      const strip = (results: ReturnType<typeof handlers.mismatches>) => results.map((r) => ({ ...r, ...(r.type === 'request-mismatch' ? { actualRequest: undefined } : {}) }));
      expect(strip(handlers.mismatches())).toEqual(strip(socket.mismatches()));
      const report = handlers.verify();
      expect(report).toContain('Request did not match interaction "a new user"');
      expect(report).toContain("Expected 'Carl' (String) to be equal to 'Bob' (String)");
      expect(report).toContain('Expected request was not received: "a user"');
    } finally {
      await socket?.close();
    }
  });

  it('lets requests outside the base URL pass, or fails them as unexpected when asked', async () => {
    const passing = pactHandlers(pact, { baseUrl: 'http://api.test/v1' });
    server.use(...passing);
    const other = await startMockServer({});
    try {
      // Outside the base URL: msw sends it on to the real (empty) mock server, which answers 500 itself.
      const outside = await fetch(`${other.url}/elsewhere`);
      expect(outside.headers.get('x-pact')).toBe('Unexpected-Request');
      expect(passing.mismatches().filter((m) => m.type !== 'missing-request')).toEqual([]);
      server.resetHandlers();
      const failing = pactHandlers(pact, { baseUrl: 'http://api.test/v1', outside: 'fail' });
      server.use(...failing);
      const refused = await fetch('http://other.test/x');
      expect(refused.status).toBe(500);
      expect(failing.mismatches()[0]).toMatchObject({ type: 'request-not-found', path: '/x' });
    } finally {
      await other.close();
    }
  });

  it('records a request it could not read and answers 500, as the socket does, instead of losing it', async () => {
    const handlers = pactHandlers(pact, { baseUrl: 'http://api.test' });
    server.use(...handlers);
    const body = new ReadableStream({
      pull(controller) {
        controller.error(new Error('the client broke off'));
      },
    });
    const response = await fetch('http://api.test/users', { method: 'POST', body, duplex: 'half' } as RequestInit).catch((error: unknown) => error);
    // Whichever side notices the broken body first, the mock has the request on record.
    if (response instanceof Response) expect(response.status).toBe(500);
    expect(handlers.mismatches()[0]).toMatchObject({ type: 'request-not-found', method: 'POST', path: '/users' });
    expect(handlers.verify()).toContain('POST /users');
  });

  it('names the JSON path of a malformed pact', () => {
    expect(() => pactHandlers('{"consumer": {"name": "web"}, "provider": {"name": "api"}, "interactions": [{"description": "x", "request": {"method": 7, "path": "/"}, "response": {"status": 200}}]}', { baseUrl: 'http://api.test' })).toThrow(/interactions\[0\]\.request\.method/);
    expect(() => pactHandlers('{ not json', { baseUrl: 'http://api.test' })).toThrow(/JSON/);
  });

  it('needs a base URL outside a page, and names a wrong option or value', () => {
    expect(() => pactHandlers(pact)).toThrow(/baseUrl: is required outside a page/);
    expect(() => pactHandlers(pact, { baseUrl: 'api' })).toThrow(/baseUrl: expected an absolute URL such as "http:\/\/localhost\/api", got "api"/);
    expect(() => pactHandlers(pact, { baseUrl: 'http://api.test', outside: 'drop' as never })).toThrow(/outside: expected "passthrough" or "fail", got "drop"/);
    expect(() => pactHandlers(pact, { baseURL: 'http://api.test' } as never)).toThrow(/baseURL: unknown option; did you mean "baseUrl"\?/);
  });
});
