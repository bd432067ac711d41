// Pact files in every spec version: what each version writes, and that loading what we wrote
// gives back the same interactions.
import { describe, expect, test } from 'vitest';
import { parsePact } from '../../src/model/parse.js';
import { serializePact } from '../../src/model/serialize.js';
import type { HttpInteraction, Pact } from '../../src/model/types.js';
import { ConfigurationError } from '../../src/errors.js';
import { parseJsonText } from '../../src/model/json-value.js';
import { prettyJson } from '../../src/model/pretty-json.js';
import { fixture } from './helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FIXTURES = ['v1.json', 'v1_1.json', 'v2.json', 'v3.json', 'v4.json'] as const;

/**
 * Bodies compared by meaning (JSON by its key-sorted text, literals kept; other content by its
 * bytes): the content type a loader records depends on the version's body layout. `pending` is
 * `false` unless set; V4 files list interactions by description.
 */
function comparable(i: HttpInteraction): Json {
  const body = (b: HttpInteraction['request']['body']): unknown => {
    if (b.kind !== 'present') return b;
    try {
      return { json: prettyJson(parseJsonText(Buffer.from(b.content).toString('utf8')).value) };
    } catch {
      return { bytes: Buffer.from(b.content).toString('base64') };
    }
  };
  return { ...i, pending: undefined, request: { ...i.request, body: body(i.request.body) }, response: { ...i.response, body: body(i.response.body) } };
}

function byDescription(list: readonly HttpInteraction[]): Json[] {
  return list.map(comparable).sort((a, b) => (a.description < b.description ? -1 : 1));
}

function written(pact: Pact, spec?: 2 | 3 | 4): Json {
  return JSON.parse(serializePact(pact, spec === undefined ? {} : { spec })) as Json;
}

describe('serializePact: each pact in the version it was loaded as', () => {
  test.each(FIXTURES)('%s: load, write, load again gives equal interactions', (name) => {
    const first = parsePact(fixture(name));
    const text = serializePact(first);
    const second = parsePact(text);
    expect(second.specVersion).toBe(first.specVersion);
    expect(byDescription(second.interactions)).toEqual(byDescription(first.interactions));
    expect(serializePact(second)).toBe(text);
  });

  test('V4: type, key, pending, comments and the other interactions survive', () => {
    const json = written(parsePact(fixture('v4.json')));
    expect(json.metadata.pactSpecification).toEqual({ version: '4.0' });
    const [message, text, upload] = json.interactions as Json[];
    expect(json.interactions.map((i: Json) => i.description)).toEqual(['file stored event', 'read a text file', 'upload a file']);
    expect(upload).toMatchObject({ type: 'Synchronous/HTTP', key: 'abc123', pending: false, comments: { text: ['uploads are idempotent'] } });
    expect(message).toEqual({ type: 'Asynchronous/Messages', description: 'file stored event', contents: { content: { id: 1 }, contentType: 'application/json' } });
    expect(upload?.request.body).toEqual({ content: 'AAECAw==', contentType: 'application/octet-stream', encoded: 'base64' });
    expect(upload?.request.headers).toEqual({ 'Content-Type': ['application/octet-stream'], 'X-Trace': ['a', 'b'] });
    expect(upload?.response.body).toEqual({ content: { ok: true, size: 4 }, contentType: 'application/json', encoded: false });
    expect(upload?.response.matchingRules).toEqual({ body: { '$.size': { combine: 'AND', matchers: [{ match: 'number' }] } } });
    expect(text?.response.body).toEqual({ content: 'hello', contentType: 'text/plain', contentTypeHint: 'TEXT', encoded: false });
  });

  test('V2: providerState, the query string as loaded, flat rule keys', () => {
    const json = written(parsePact(fixture('v2.json')));
    expect(json.metadata.pactSpecification).toEqual({ version: '2.0.0' });
    const [interaction] = json.interactions as Json[];
    expect(interaction?.providerState).toBe('users exist');
    expect(interaction).not.toHaveProperty('providerStates');
    expect(interaction?.request.query).toBe('q=a+b%20c');
    expect(interaction?.request.matchingRules).toEqual({
      '$.path': { match: 'regex', regex: '/users/\\d+' },
      '$.query.q': { match: 'type' },
      "$.headers['x-test']": { match: 'regex', regex: '[a-z]+' },
    });
    expect(interaction?.response.matchingRules).toEqual({
      '$.body.users': { match: 'type', min: 1 },
      '$.body.users[*].id': { match: 'type' },
      "$.body['users'][*].name": { match: 'regex', regex: '\\w+' },
      "$.headers['Content-Type']": { match: 'regex', regex: 'application/json.*' },
    });
  });

  test('V1 and V1.1: no rules, no generators, the query as a string', () => {
    for (const name of ['v1.json', 'v1_1.json']) {
      const pact = parsePact(fixture(name));
      const json = written(pact);
      expect(json.metadata.pactSpecification.version).toBe(pact.specVersion === '1' ? '1.0.0' : '1.1.0');
      for (const i of json.interactions as Json[]) {
        expect(i.request).not.toHaveProperty('matchingRules');
        expect(i.request).not.toHaveProperty('generators');
        if (i.request.query !== undefined) expect(typeof i.request.query).toBe('string');
      }
    }
  });
});

describe('serializePact({ spec })', () => {
  const v3 = parsePact(fixture('v3.json'));

  test.each([2, 3, 4] as const)('every fixture written as V%s loads back with the same requests and responses', (spec) => {
    for (const name of FIXTURES) {
      const first = parsePact(fixture(name));
      const second = parsePact(serializePact(first, { spec }));
      expect(second.specVersion).toBe(String(spec));
      const parts = (p: Pact): unknown => byDescription(p.interactions).map((i) => [i.description, i.request.method, i.request.path, i.request.query, i.response.status]);
      expect(parts(second)).toEqual(parts(first));
      const bytes = (p: Pact): unknown => byDescription(p.interactions).map((c) => [c.description, c.request.body, c.response.body]);
      expect(bytes(second)).toEqual(bytes(first));
    }
  });

  test('V3 → V4 → V3 is lossless for HTTP interactions', () => {
    const back = parsePact(serializePact(parsePact(serializePact(v3, { spec: 4 })), { spec: 3 }));
    expect(byDescription(back.interactions)).toEqual(byDescription(v3.interactions));
  });

  test('V3 → V2 keeps the first provider state by name and the first rule of each place', () => {
    const json = written(v3, 2);
    const [first] = json.interactions as Json[];
    expect(first?.providerState).toBe(v3.interactions[0]?.providerStates[0]?.name);
    for (const rule of Object.values({ ...first?.request.matchingRules, ...first?.response.matchingRules })) {
      expect(rule).not.toHaveProperty('matchers');
      expect(rule).toHaveProperty('match');
    }
    expect(first?.request).not.toHaveProperty('generators');
  });

  test('a status rule is written under "$" (V3 and V4) and read back', () => {
    const pact = parsePact({
      interactions: [
        {
          description: 'any success',
          request: { method: 'GET', path: '/' },
          response: { status: 200, matchingRules: { status: { combine: 'AND', matchers: [{ match: 'statusCode', status: 'success' }] } } },
        },
      ],
    });
    for (const spec of [3, 4] as const) {
      const json = written(pact, spec);
      expect(json.interactions[0].response.matchingRules).toEqual({
        status: { $: { combine: 'AND', matchers: [{ match: 'statusCode', status: 'success' }] } },
      });
      expect(parsePact(JSON.stringify(json)).interactions[0]?.response.matchingRules?.status).toEqual(pact.interactions[0]?.response.matchingRules?.status);
    }
  });

  test('V4 query values keep nulls, header values stay arrays, empty and null bodies keep their kind', () => {
    const pact = parsePact({
      interactions: [
        {
          description: 'd',
          request: { method: 'GET', path: '/', query: { flag: [null], tag: ['a', 'b'] }, headers: { Accept: 'a/b, c/d' }, body: '' },
          response: { status: 200, body: null },
        },
      ],
    });
    const json = written(pact, 4);
    expect(json.interactions[0].request).toMatchObject({ query: { flag: [null], tag: ['a', 'b'] }, headers: { Accept: ['a/b', 'c/d'] }, body: { content: '' } });
    expect(json.interactions[0].response.body).toEqual({ content: null });
    const back = parsePact(JSON.stringify(json)).interactions[0];
    expect(back?.request.body.kind).toBe('empty');
    expect(back?.response.body.kind).toBe('null');
  });

  test('V2 builds the query string from a query map: names sorted, values encoded, bare names for nulls', () => {
    const pact = parsePact({ interactions: [{ description: 'd', request: { method: 'GET', path: '/', query: { z: ['a b', 'c&d'], a: [null], 'é': ['ü'] } }, response: {} }] });
    const json = written(pact, 2);
    expect(json.interactions[0].request.query).toBe('a&z=a+b&z=c%26d&%C3%A9=%C3%BC');
    expect(parsePact(JSON.stringify(json)).interactions[0]?.request.query).toEqual(pact.interactions[0]?.request.query);
  });

  test.each([0, 5, '3.1', 'V9', 'latest', true, null])('an unknown version %s is a ConfigurationError naming spec', (spec) => {
    expect(() => serializePact(v3, { spec: spec as never })).toThrow(ConfigurationError);
    expect(() => serializePact(v3, { spec: spec as never })).toThrow(/^spec: expected a pact specification version to write \(2, 3 or 4\)/);
  });

  test.each([[4, '4.0'], ['4', '4.0'], ['V2', '2.0.0'], ['3.0.0', '3.0.0'], ['1.1', '1.1.0']] as const)('spec %s is written as version %s', (spec, version) => {
    expect(written(v3, spec as never).metadata.pactSpecification.version).toBe(version);
  });
});
