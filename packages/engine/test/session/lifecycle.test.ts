import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PactVerificationError, PactwrightError, PortInUseError } from '../../src/errors.js';
import { createPactSession } from '../../src/session/create-session.js';
import type { PactSession } from '../../src/session/types.js';
import { integer, like, regex, string } from '../../src/index.js';
import { withTestStack } from '../../src/errors.js';

const createUser = {
  description: 'create user',
  providerStates: [{ name: 'no users' }],
  request: { method: 'POST', path: '/users', headers: { 'Content-Type': 'application/json' }, body: { name: 'Bob', age: 30 } },
  response: { status: 201, headers: { 'Content-Type': 'application/json' }, body: { id: 1 } },
};
const getUser = {
  description: 'get user 1',
  request: { method: 'GET', path: '/users/1', headers: { Accept: 'application/json' } },
  response: { status: 200, body: { id: 1, name: 'Bob' } },
};

let pactDir: string;
let session: PactSession | undefined;

beforeEach(async () => {
  pactDir = await mkdtemp(join(tmpdir(), 'pactwright-session-'));
});

afterEach(async () => {
  await session?.finish().catch(() => undefined);
  session = undefined;
  await rm(pactDir, { recursive: true, force: true });
});

async function started(): Promise<PactSession> {
  session = createPactSession({ consumer: 'web', provider: 'users-api', pactDir }, { env: {}, color: false });
  await session.start();
  return session;
}

function postUser(url: string, body: unknown): Promise<Response> {
  return fetch(`${url}/users`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

async function portIsFree(port: number): Promise<boolean> {
  const probe = createServer();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function pactFiles(): Promise<string[]> {
  return readdir(pactDir).catch(() => []);
}

describe('pact session lifecycle (real mock server)', () => {
  it('starts a real server on a free loopback port and exposes url and port', async () => {
    const s = await started();
    expect(s.pact.port).toBeGreaterThan(0);
    expect(s.pact.url).toBe(`http://127.0.0.1:${s.pact.port}`);
    expect(s.server.url).toBe(s.pact.url);
  });

  it('green test: verifies, keeps the interactions and writes them to the pact', async () => {
    const s = await started();
    s.beginTest('creates a user');
    s.pact.addInteraction(createUser);
    const response = await postUser(s.pact.url, { name: 'Bob', age: 30 });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: 1 });
    expect(s.endTest()).toBeUndefined();

    s.beginTest('gets a user');
    s.pact.addInteraction(getUser);
    expect((await fetch(`${s.pact.url}/users/1`, { headers: { Accept: 'application/json' } })).status).toBe(200);
    expect(s.endTest()).toBeUndefined();

    const port = s.pact.port;
    const { pactFile } = await s.finish();
    expect(pactFile).toBe(join(pactDir, 'web-users-api.json'));
    const pact = JSON.parse(await readFile(pactFile ?? '', 'utf8')) as { consumer: { name: string }; interactions: { description: string }[] };
    expect(pact.consumer.name).toBe('web');
    expect(pact.interactions.map((i) => i.description).sort()).toEqual(['create user', 'get user 1']);
    expect(await portIsFree(port)).toBe(true);
  });

  it('a mismatching request fails the test with the description and the diff, and no pact is written', async () => {
    const s = await started();
    s.beginTest('creates a user');
    s.pact.addInteraction(createUser);
    expect((await postUser(s.pact.url, { name: 'Fred', age: 30 })).status).toBe(500);
    const error = s.endTest();
    expect(error).toBeInstanceOf(PactVerificationError);
    expect(error?.message).toContain('Pact verification failed (consumer "web", provider "users-api"): 1 problem');
    expect(error?.message).toContain('Request did not match interaction "create user"');
    expect(error?.message).toContain('POST /users');
    expect(error?.message).toContain('body $.name');
    expect(error?.message).toContain('expected: "Bob"');
    expect(error?.message).toContain('actual:   "Fred"');
    expect(error?.mismatches).toHaveLength(1);
    expect(error?.expected).toEqual({ method: 'POST', path: '/users', headers: { 'Content-Type': 'application/json' }, body: { name: 'Bob', age: 30 } });
    expect(error?.actual).toEqual({ method: 'POST', path: '/users', headers: { 'Content-Type': 'application/json' }, body: { name: 'Fred', age: 30 } });
    expect(error?.showDiff).toBe(true);
    expect(error?.stack).not.toMatch(/\s+at /);
    expect(await s.finish()).not.toHaveProperty('pactFile');
    expect(await pactFiles()).toEqual([]);
  });

  it('an interaction never called fails the test naming it', async () => {
    const s = await started();
    s.beginTest();
    s.pact.addInteraction(getUser);
    const error = s.endTest();
    expect(error?.message).toContain('Expected request was not received: "get user 1"');
    expect(error?.message).toContain('GET /users/1');
    expect(error?.expected).toMatchObject({ method: 'GET', path: '/users/1' });
    expect(await s.finish()).not.toHaveProperty('pactFile');
  });

  it('an unexpected request fails the test, showing the request and the closest interaction', async () => {
    const s = await started();
    s.beginTest();
    s.pact.addInteraction(getUser);
    await fetch(`${s.pact.url}/users/1`, { headers: { Accept: 'application/json' } });
    await fetch(`${s.pact.url}/users/1?force=true`, { method: 'DELETE', headers: { 'X-Trace': 'abc' } });
    const error = s.endTest();
    expect(error?.message).toContain('Unexpected request: no interaction matches');
    expect(error?.message).toContain('DELETE /users/1?force=true');
    expect(error?.message).toContain('x-trace: abc');
    expect(error?.message).not.toContain('user-agent');
    expect(error?.message).toContain('closest interaction: "get user 1" (GET /users/1; method differs)');
    expect(await s.finish()).not.toHaveProperty('pactFile');
  });

  it('caps the report of a runaway client, keeping every entry on the error', async () => {
    const s = await started();
    s.beginTest();
    for (let i = 0; i < 25; i++) await fetch(`${s.pact.url}/poll/${i}`);
    const error = s.endTest();
    expect(error?.message).toContain('25 problems');
    expect(error?.message).toContain('20) Unexpected request');
    expect(error?.message).not.toContain('21) ');
    expect(error?.message).toContain('… and 5 more problems not shown');
    expect(error?.mismatches).toHaveLength(25);
  });

  it('verifies each test on its own: a later green test does not hide an earlier failure', async () => {
    const s = await started();
    s.beginTest('first');
    s.pact.addInteraction(getUser);
    expect(s.endTest()).toBeInstanceOf(PactVerificationError);
    s.beginTest('second');
    s.pact.addInteraction(createUser);
    await postUser(s.pact.url, { name: 'Bob', age: 30 });
    expect(s.endTest()).toBeUndefined();
    expect(await s.finish()).not.toHaveProperty('pactFile');
    expect(await pactFiles()).toEqual([]);
  });

  it('interactions registered before the first test (beforeAll) are verified by that test', async () => {
    const s = await started();
    s.pact.addInteraction(getUser);
    s.beginTest('first');
    await fetch(`${s.pact.url}/users/1`, { headers: { Accept: 'application/json' } });
    expect(s.endTest()).toBeUndefined();
    expect((await s.finish()).pactFile).toBe(join(pactDir, 'web-users-api.json'));
  });

  it('a test begun again without ending (retry) starts from a clean slate', async () => {
    const s = await started();
    s.beginTest('flaky');
    s.pact.addInteraction(getUser);
    s.pact.uponReceiving('half built on the first attempt');
    s.beginTest('flaky');
    s.pact.addInteraction(createUser);
    await postUser(s.pact.url, { name: 'Bob', age: 30 });
    expect(s.endTest()).toBeUndefined();
  });

  it('a verification failure on an attempt that will be retried fails only that attempt', async () => {
    const s = await started();
    s.beginTest('flaky');
    s.pact.addInteraction(getUser);
    expect(s.endTest({ willRetry: true })).toBeInstanceOf(PactVerificationError);
    s.beginTest('flaky');
    s.pact.addInteraction(getUser);
    await fetch(`${s.pact.url}/users/1`, { headers: { Accept: 'application/json' } });
    expect(s.endTest()).toBeUndefined();
    expect((await s.finish()).pactFile).toBe(join(pactDir, 'web-users-api.json'));
  });

  it('a verification failure on the last attempt keeps the pact from being written', async () => {
    const s = await started();
    s.beginTest('flaky');
    s.pact.addInteraction(getUser);
    expect(s.endTest()).toBeInstanceOf(PactVerificationError);
    s.beginTest('other');
    s.pact.addInteraction(createUser);
    await postUser(s.pact.url, { name: 'Bob', age: 30 });
    expect(s.endTest()).toBeUndefined();
    expect((await s.finish()).pactFile).toBeUndefined();
    expect(await pactFiles()).toEqual([]);
  });

  it('markFailed: no pact is written and the server is closed', async () => {
    const s = await started();
    s.beginTest();
    s.pact.addInteraction(getUser);
    await fetch(`${s.pact.url}/users/1`, { headers: { Accept: 'application/json' } });
    expect(s.endTest()).toBeUndefined();
    s.markFailed('test threw');
    const port = s.pact.port;
    expect(await s.finish()).not.toHaveProperty('pactFile');
    expect(await pactFiles()).toEqual([]);
    expect(await portIsFree(port)).toBe(true);
  });

  it('writes nothing when no interaction was verified', async () => {
    const s = await started();
    s.beginTest();
    expect(s.endTest()).toBeUndefined();
    expect(await s.finish()).not.toHaveProperty('pactFile');
    expect(await pactFiles()).toEqual([]);
  });

  it('treats a test still running at finish (interrupt, bail) as failed', async () => {
    const s = await started();
    s.beginTest();
    s.pact.addInteraction(getUser);
    await fetch(`${s.pact.url}/users/1`, { headers: { Accept: 'application/json' } });
    expect(await s.finish()).not.toHaveProperty('pactFile');
    expect(await pactFiles()).toEqual([]);
  });

  it('finish is idempotent', async () => {
    const s = await started();
    s.beginTest();
    s.pact.addInteraction(getUser);
    await fetch(`${s.pact.url}/users/1`, { headers: { Accept: 'application/json' } });
    s.endTest();
    const [first, second] = await Promise.all([s.finish(), s.finish()]);
    expect(first).toEqual(second);
    expect(await s.finish()).toBe(first);
    expect(await pactFiles()).toEqual(['web-users-api.json']);
  });

  it('a pact that cannot be written rejects finish, and the server is still closed', async () => {
    const blocked = join(pactDir, 'not-a-dir');
    await writeFile(blocked, 'a file where the pact directory should be');
    session = createPactSession({ consumer: 'web', provider: 'users-api', pactDir: blocked }, { env: {} });
    const s = session;
    await s.start();
    s.beginTest();
    s.pact.addInteraction(getUser);
    await fetch(`${s.pact.url}/users/1`, { headers: { Accept: 'application/json' } });
    expect(s.endTest()).toBeUndefined();
    const port = s.pact.port;
    await expect(s.finish()).rejects.toBeInstanceOf(PactwrightError);
    expect(await portIsFree(port)).toBe(true);
  });

  it('finish after a failed start does not throw', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      session = createPactSession({ consumer: 'web', provider: 'users-api', pactDir, port }, { env: {} });
      await expect(session.start()).rejects.toBeInstanceOf(PortInUseError);
      session.beginTest();
      expect(session.endTest()).toBeUndefined();
      await expect(session.finish()).resolves.not.toHaveProperty('pactFile');
      expect(() => session?.server).toThrow(PactwrightError);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('finish without start does not throw; start after finish is refused', async () => {
    session = createPactSession({ consumer: 'web', provider: 'users-api', pactDir }, { env: {} });
    await expect(session.finish()).resolves.not.toHaveProperty('pactFile');
    await expect(session.start()).rejects.toThrow('already finished');
  });

  it('finish during start closes the server once it is up', async () => {
    session = createPactSession({ consumer: 'web', provider: 'users-api', pactDir }, { env: {} });
    const starting = session.start();
    const finishing = session.finish();
    await starting;
    const port = session.server.port;
    await finishing;
    expect(await portIsFree(port)).toBe(true);
  });

  it('using the handle before start is a clear error', () => {
    session = createPactSession({ consumer: 'web', provider: 'users-api', pactDir }, { env: {} });
    const s = session;
    expect(() => s.pact.url).toThrow('call start() first');
    expect(() => s.pact.addInteraction(getUser)).toThrow('call start() first');
  });

  it('rejects a missing provider at creation, before any server starts', () => {
    expect(() => createPactSession({ consumer: 'web' }, { env: {}, source: 'the pactwright() plugin options' })).toThrow(
      'provider: is required but was not set. Set it in the pactwright() plugin options, or the PACTWRIGHT_PROVIDER environment variable',
    );
  });
});

describe('the DSL bound to the session', () => {
  it('registers each completed interaction with the server and writes it to the pact', async () => {
    const s = await started();
    s.beginTest('gets a user with matchers');
    s.pact
      .given('user 1 exists', { id: 1 })
      .uponReceiving('a request for user 1')
      .withRequest({ method: 'GET', path: regex('/users/\\d+', '/users/1'), headers: { Accept: 'application/json' } })
      .willRespondWith({ status: 200, body: like({ id: integer(1), name: string('Ann') }) });
    const response = await fetch(`${s.pact.url}/users/42`, { headers: { Accept: 'application/json' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: 1, name: 'Ann' });
    expect(s.endTest()).toBeUndefined();
    const { pactFile } = await s.finish();
    const pact = JSON.parse(await readFile(pactFile ?? '', 'utf8')) as {
      interactions: { description: string; providerStates: unknown; request: { matchingRules?: unknown } }[];
    };
    expect(pact.interactions).toHaveLength(1);
    expect(pact.interactions[0]?.description).toBe('a request for user 1');
    expect(pact.interactions[0]?.providerStates).toEqual([{ name: 'user 1 exists', params: { id: 1 } }]);
    expect(pact.interactions[0]?.request.matchingRules).toBeDefined();
  });

  it("accepts Pact JS's object form in addInteraction", async () => {
    const s = await started();
    s.beginTest();
    s.pact.addInteraction({
      states: [{ description: 'no users' }],
      uponReceiving: 'create user',
      withRequest: { method: 'POST', path: '/users', headers: { 'Content-Type': 'application/json' }, body: { name: string('Bob') } },
      willRespondWith: { status: 201 },
    });
    expect((await postUser(s.pact.url, { name: 'Zoe' })).status).toBe(201);
    expect(s.endTest()).toBeUndefined();
  });

  it('a half-built interaction (uponReceiving without willRespondWith) fails the test', async () => {
    const s = await started();
    s.beginTest();
    s.pact.uponReceiving('a request for orders').withRequest({ method: 'GET', path: '/orders' });
    const error = s.endTest();
    expect(error).toBeInstanceOf(PactVerificationError);
    expect(error?.message).toContain('1) Unfinished interaction: it was not registered');
    expect(error?.message).toContain('"a request for orders"');
    expect(error?.message).toContain('willRespondWith');
    // The builder is usable again by the next test.
    s.beginTest();
    s.pact.uponReceiving('another').withRequest({ method: 'GET', path: '/a' }).willRespondWith({ status: 204 });
    expect((await fetch(`${s.pact.url}/a`)).status).toBe(204);
    expect(s.endTest()).toBeUndefined();
    expect(await s.finish()).not.toHaveProperty('pactFile');
  });

  it('the DSL before start is a clear error', () => {
    session = createPactSession({ consumer: 'web', provider: 'users-api', pactDir }, { env: {} });
    const s = session;
    expect(() => s.pact.uponReceiving('x')).toThrow('call start() first');
  });
});

describe('the spec option', () => {
  it('spec 4: the DSL sets key, pending and comments, and the pact file is V4', async () => {
    session = createPactSession({ consumer: 'web', provider: 'v4-api', pactDir, spec: 4 }, { env: {}, color: false });
    await session.start();
    session.beginTest('lists widgets');
    session.pact
      .given('widgets exist')
      .uponReceiving('a request for widgets')
      .key('widgets-1')
      .pending()
      .comment('used by the widget page')
      .testName('lists widgets')
      .withRequest({ method: 'GET', path: '/widgets' })
      .willRespondWith({ status: 200, body: { widgets: like([{ id: integer(1) }]) } });
    expect((await fetch(`${session.pact.url}/widgets`)).status).toBe(200);
    expect(session.endTest()).toBeUndefined();
    const { pactFile } = await session.finish();
    const json = JSON.parse(await readFile(pactFile!, 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(json.metadata.pactSpecification).toEqual({ version: '4.0' });
    expect(json.interactions[0]).toMatchObject({
      type: 'Synchronous/HTTP',
      key: 'widgets-1',
      pending: true,
      comments: { text: ['used by the widget page'], testname: 'lists widgets' },
      response: { body: { content: { widgets: [{ id: 1 }] }, contentType: 'application/json', encoded: false } },
    });
  });

  it('spec 2: a V2 pact with providerState and flat rules', async () => {
    session = createPactSession({ consumer: 'web', provider: 'v2-api', pactDir, spec: 2 }, { env: {}, color: false });
    await session.start();
    session.beginTest('gets a user');
    session.pact
      .given('user 1 exists')
      .uponReceiving('a request for user 1')
      .withRequest({ method: 'GET', path: '/users/1', query: { fields: 'name' } })
      .willRespondWith({ status: 200, body: { name: string('Bob') } });
    expect((await fetch(`${session.pact.url}/users/1?fields=name`)).status).toBe(200);
    expect(session.endTest()).toBeUndefined();
    const json = JSON.parse(await readFile((await session.finish()).pactFile!, 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(json.metadata.pactSpecification).toEqual({ version: '2.0.0' });
    expect(json.interactions[0]).toMatchObject({
      providerState: 'user 1 exists',
      request: { query: 'fields=name' },
      response: { matchingRules: { '$.body.name': { match: 'type' } } },
    });
  });

  it('V4 fields under spec 3 fail at the call, naming the option to set', async () => {
    const s = await started();
    s.beginTest('t');
    expect(() => s.pact.uponReceiving('a new endpoint').pending()).toThrow(
      'pending() ("a new endpoint"): key, pending and comments are V4 fields, and this pact is written as V3; set the spec option to 4',
    );
    // The half-built interaction is dropped with the error, so the test's verdict is only the error above.
    expect(s.endTest()).toBeUndefined();
  });
});

describe('withTestStack', () => {
  it('keeps the message and takes only the frames of the test', () => {
    const error = new PactVerificationError('Pact verification failed: 1 problem\n\n1) details', { mismatches: [] });
    const testStack = 'Error: \n    at Object.<anonymous> (/project/test/users.test.ts:12:3)\n    at runTest (/node_modules/jest-circus/build/run.js:1:1)';
    expect(withTestStack(error, testStack)).toBe(error);
    expect(error.stack).toBe(
      'PactVerificationError: Pact verification failed: 1 problem\n\n1) details\n    at Object.<anonymous> (/project/test/users.test.ts:12:3)\n    at runTest (/node_modules/jest-circus/build/run.js:1:1)',
    );
    expect(withTestStack(error, undefined).stack).toBe('PactVerificationError: Pact verification failed: 1 problem\n\n1) details');
  });
});
