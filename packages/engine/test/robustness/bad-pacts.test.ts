// Thousands of malformed and mutated pact files fed to parsePact and createMockServer: each one
// loads or fails with a PactParseError naming the JSON path; nothing else escapes, nothing hangs.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePact } from '../../src/model/parse.js';
import { PactParseError } from '../../src/errors.js';
import { cleanupMockServer, createMockServer } from '../../src/api.js';
import type { Pact } from '../../src/model/types.js';
import { benchPacts, send, trapEscapes } from './helpers.js';
import { mutate, mutateBytes, mutationArb, textMutationArb, type Json } from './pact-mutations.js';

trapEscapes();

const handWritten: Record<string, Json> = {
  'v2-flat-rules': {
    consumer: { name: 'c' },
    provider: { name: 'p' },
    interactions: [
      {
        description: 'v2 get',
        providerState: 'a user exists',
        request: { method: 'GET', path: '/users/1', query: 'a=1&b=2', headers: { Accept: 'application/json' }, matchingRules: { '$.path': { regex: '/users/\\d+' }, '$.query.a': { match: 'type' } } },
        response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: { id: 1, tags: ['x'] }, matchingRules: { '$.body.id': { match: 'type' }, '$.body.tags': { min: 1, match: 'type' } } },
      },
    ],
    metadata: { pactSpecification: { version: '2.0.0' } },
  },
  'v3-rules-generators': {
    consumer: { name: 'c' },
    provider: { name: 'p' },
    interactions: [
      {
        description: 'v3 post',
        providerStates: [{ name: 'state', params: { id: 5 } }],
        request: {
          method: 'POST',
          path: '/items',
          query: { q: ['x'] },
          headers: { 'Content-Type': 'application/json', 'X-Code': 'AB12' },
          body: { name: 'n', count: 1.0, when: '2024-01-01' },
          matchingRules: {
            header: { 'X-Code': { combine: 'AND', matchers: [{ match: 'regex', regex: '[A-Z]{2}\\d{2}' }] } },
            body: { '$.name': { matchers: [{ match: 'type' }] }, '$.when': { matchers: [{ match: 'date', format: 'yyyy-MM-dd' }] } },
          },
        },
        response: {
          status: 201,
          headers: { 'Content-Type': 'application/json', Location: '/items/5' },
          body: { id: 5, code: 'ABC' },
          generators: { body: { '$.id': { type: 'RandomInt', min: 1, max: 9 }, '$.code': { type: 'Regex', regex: '[A-Z]{3}' } }, header: { Location: { type: 'ProviderState', expression: '/items/${id}' } } },
        },
      },
    ],
    metadata: { pactSpecification: { version: '3.0.0' } },
  },
  'v4-mixed': {
    consumer: { name: 'c' },
    provider: { name: 'p' },
    interactions: [
      {
        type: 'Synchronous/HTTP',
        description: 'v4 http',
        key: 'k1',
        pending: false,
        request: { method: 'PUT', path: '/x', body: { content: { a: 1 }, contentType: 'application/json', encoded: false } },
        response: { status: 204 },
      },
      { type: 'Asynchronous/Messages', description: 'v4 message', contents: { content: { e: 1 } }, metadata: {} },
    ],
    metadata: { pactSpecification: { version: '4.0' } },
  },
  'v1-plain': {
    consumer: { name: 'c' },
    provider: { name: 'p' },
    interactions: [{ description: 'v1', request: { method: 'get', path: '/', query: 'x=1' }, response: { status: 200, body: 'text' } }],
    metadata: { pactSpecification: { version: '1.0.0' } },
  },
};

const seeds: Array<[string, Json]> = [
  ...[...benchPacts()].map(([name, text]): [string, Json] => [name, JSON.parse(text) as Json]),
  ...Object.entries(handWritten),
];

interface Tally {
  loaded: number;
  rejected: number;
  skipped: number;
  slowestMs: number;
}
const tallies: Record<string, Tally> = {};
function tally(name: string): Tally {
  return (tallies[name] ??= { loaded: 0, rejected: 0, skipped: 0, slowestMs: 0 });
}
afterAll(() => {
  console.log(`bad-pact fuzz: ${JSON.stringify(tallies)}`);
});

/** Loads `input` and checks the failure contract; returns the pact when it loaded. */
function load(input: string | object, t: Tally): Pact | undefined {
  const start = performance.now();
  try {
    const pact = parsePact(input);
    t.loaded++;
    return pact;
  } catch (error) {
    t.rejected++;
    if (!(error instanceof PactParseError)) throw new Error(`not a PactParseError: ${String(error)}`, { cause: error });
    // The message names the JSON path of the bad field; only whole-document problems have none.
    if (error.path === '') expect(error.message).toMatch(/^(not valid JSON|not valid UTF-8|expected pact JSON text or a pact object|expected an object)/);
    else expect(error.message.startsWith(`${error.path}: `)).toBe(true);
    return undefined;
  } finally {
    t.slowestMs = Math.max(t.slowestMs, performance.now() - start);
  }
}

const mutatedPact = fc.record({
  seed: fc.nat({ max: seeds.length - 1 }),
  mutations: fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
});

function stringifyOrUndefined(doc: Json): string | undefined {
  try {
    return JSON.stringify(doc);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

function build(seed: number, mutations: Parameters<typeof mutate>[1][]): Json {
  let doc = structuredClone((seeds[seed] as [string, Json])[1]);
  for (const m of mutations) doc = mutate(doc, m);
  return doc;
}

describe('bad pacts', () => {
  it('has seeds', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(4);
    for (const [name, doc] of seeds) expect(() => parsePact(doc as object), name).not.toThrow();
  });

  it('structurally mutated pacts (objects and JSON text) load or fail with a PactParseError naming the path', () => {
    const t = tally('structural');
    fc.assert(
      fc.property(mutatedPact, ({ seed, mutations }) => {
        const doc = build(seed, mutations);
        const asObject = doc !== null && typeof doc === 'object' ? load(doc, t) : undefined;
        const text = stringifyOrUndefined(doc);
        if (text === undefined) return; // deeper than JSON.stringify goes: only the object form exists
        const asText = load(text, t);
        // The same document must get the same verdict as text and as an object.
        if (doc !== null && typeof doc === 'object') expect(asText === undefined).toBe(asObject === undefined);
      }),
      { seed: 0x5eed, numRuns: 2000 },
    );
    expect(t.slowestMs).toBeLessThan(5000);
  }, 110_000);

  it('byte-damaged pact files (truncated, flipped bytes, invalid UTF-8, BOM) load or fail with a PactParseError', () => {
    const t = tally('bytes');
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(textMutationArb, { minLength: 1, maxLength: 3 }), (seed, edits) => {
        let bytes: Buffer = Buffer.from(JSON.stringify((seeds[seed] as [string, Json])[1], null, 2), 'utf8');
        for (const e of edits) bytes = mutateBytes(bytes, e);
        load(bytes, t);
        load(bytes.toString('utf8'), t);
      }),
      { seed: 0xb17e5, numRuns: 1500 },
    );
    expect(t.slowestMs).toBeLessThan(5000);
  }, 110_000);

  it('absurdly deep JSON text (100,000 levels) in a field is rejected with a PactParseError, not a crash', () => {
    const t = tally('deep-text');
    for (const open of ['[', '{"n":']) {
      const close = open === '[' ? ']' : '}';
      const deep = `${open.repeat(100_000)}1${close.repeat(100_000)}`;
      const text = `{"consumer":{"name":"c"},"provider":{"name":"p"},"interactions":[{"description":"d","request":{"method":"POST","path":"/","body":${deep}},"response":{"status":200}}]}`;
      expect(load(text, t)).toBeUndefined();
    }
    expect(t.rejected).toBe(2);
  });

  it('createMockServer loads or rejects mutated pacts, and a loaded one answers its own requests', async () => {
    const t = tally('createMockServer');
    const samples = fc.sample(mutatedPact, { seed: 0xc0ffee, numRuns: 300 });
    for (const { seed, mutations } of samples) {
      const text = stringifyOrUndefined(build(seed, mutations));
      if (text === undefined) {
        t.skipped++;
        continue;
      }
      const pact = load(text, tally('createMockServer-parse'));
      let port: number;
      try {
        port = await createMockServer(text, 0);
        t.loaded++;
      } catch (error) {
        t.rejected++;
        expect(error).toBeInstanceOf(PactParseError);
        expect(pact).toBeUndefined();
        continue;
      }
      expect(pact).toBeDefined();
      try {
        for (const interaction of (pact as Pact).interactions.slice(0, 3)) {
          const { request } = interaction;
          const path = /^\/[\x21-\x7e]{0,2000}$/.test(request.path) ? request.path : '/';
          const method = /^[A-Za-z]{1,10}$/.test(request.method) ? request.method.toUpperCase() : 'GET';
          const headers: Record<string, string> = {};
          for (const [name, values] of Object.entries(request.headers ?? {})) {
            const value = values.join(', ');
            if (/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/.test(name) && /^[\x20-\x7e]{0,1000}$/.test(value)) headers[name] = value;
          }
          const body = request.body.kind === 'present' ? Buffer.from(request.body.content) : undefined;
          const start = performance.now();
          const reply = await send(`http://127.0.0.1:${port}`, { method, path, headers, body, timeoutMs: 5000 });
          t.slowestMs = Math.max(t.slowestMs, performance.now() - start);
          expect(reply.status).toBeGreaterThanOrEqual(100);
          expect(reply.status).toBeLessThan(600);
        }
      } finally {
        expect(await cleanupMockServer(port)).toBe(true);
      }
    }
    expect(t.loaded + t.rejected + t.skipped).toBe(300);
    expect(t.slowestMs).toBeLessThan(5000);
  }, 110_000);
});
