import { describe, expect, test } from 'vitest';
import { PactParseError } from '../../src/errors.js';
import { parsePact } from '../../src/model/parse.js';
import { describeBody, fixture } from './helpers.js';

describe('parsePact loads every spec version', () => {
  test('V1: providerState, query string, list header split, number literal kept', () => {
    const pact = parsePact(fixture('v1.json'));
    expect(pact.specVersion).toBe('1');
    expect(pact.consumer).toEqual({ name: 'web' });
    expect(pact.provider).toEqual({ name: 'users' });
    const [interaction] = pact.interactions;
    expect(interaction?.type).toBe('Synchronous/HTTP');
    expect(interaction?.providerStates).toEqual([{ name: 'user 1 exists' }]);
    expect(interaction?.request.method).toBe('GET');
    expect(interaction?.request.rawQuery).toBe('fields=name&fields=age&verbose');
    expect(interaction?.request.query).toEqual({ fields: ['name', 'age'], verbose: [null] });
    expect(interaction?.request.headers).toEqual({ Accept: ['application/json', 'text/plain'] });
    expect(interaction?.request.body).toEqual({ kind: 'missing' });
    expect(describeBody(interaction!.response.body)).toEqual({ kind: 'present', text: '{"id":1,"name":"Ann","score":1.50}' });
  });

  test('V1.1 (legacy pact-specification key): empty and null bodies', () => {
    const pact = parsePact(fixture('v1_1.json'));
    expect(pact.specVersion).toBe('1.1');
    expect(pact.interactions[0]?.request.body).toEqual({ kind: 'empty' });
    expect(pact.interactions[0]?.response.body).toEqual({ kind: 'null' });
    expect(pact.interactions[0]?.response.status).toBe(204);
    expect(pact.interactions[0]?.providerStates).toEqual([]);
  });

  test('V2: flat rules become V3 categories, query decoded', () => {
    const pact = parsePact(fixture('v2.json'));
    expect(pact.specVersion).toBe('2');
    const { request, response } = pact.interactions[0]!;
    expect(request.query).toEqual({ q: ['a b c'] });
    expect(request.matchingRules).toEqual({
      path: { combine: 'AND', matchers: [{ match: 'regex', regex: '/users/\\d+' }] },
      query: { q: { combine: 'AND', matchers: [{ match: 'type' }] } },
      header: { 'x-test': { combine: 'AND', matchers: [{ match: 'regex', regex: '[a-z]+' }] } },
    });
    expect(response.matchingRules).toEqual({
      body: {
        '$.users': { combine: 'AND', matchers: [{ match: 'type', min: 1 }] },
        '$.users[*].id': { combine: 'AND', matchers: [{ match: 'type' }] },
        "$['users'][*].name": { combine: 'AND', matchers: [{ match: 'regex', regex: '\\w+' }] },
      },
      header: { 'Content-Type': { combine: 'AND', matchers: [{ match: 'regex', regex: 'application/json.*' }] } },
    });
  });

  test('V3: providerStates with params, object query, rules, generators, metadata', () => {
    const pact = parsePact(fixture('v3.json'));
    expect(pact.specVersion).toBe('3');
    const interaction = pact.interactions[0]!;
    expect(interaction.providerStates).toEqual([{ name: 'no users' }, { name: 'admin logged in', params: { id: 7, ratio: 2.5 } }]);
    expect(interaction.request.query).toEqual({ dryRun: ['true'], tag: ['a', 'b'], flag: [null] });
    expect(interaction.request.rawQuery).toBeUndefined();
    expect(describeBody(interaction.request.body).text).toBe('{"name":"Ann","age":30,"weight":60.0}');
    expect(interaction.request.matchingRules?.body?.['$.age']).toEqual({
      combine: 'OR',
      matchers: [{ match: 'integer' }, { match: 'null' }],
    });
    expect(interaction.request.matchingRules?.header).toEqual({
      Accept: { combine: 'AND', matchers: [{ match: 'regex', regex: 'application/.*' }] },
    });
    expect(interaction.response.generators).toEqual({
      body: { '$.id': { type: 'RandomInt', min: 1, max: 999 } },
      header: { Location: { type: 'ProviderState', expression: '/users/${id}' } },
    });
    expect(pact.metadata['pact-js']).toEqual({ version: '12.0.0' });
  });

  test('V3 message pact: messages kept in otherInteractions, never matched', () => {
    const pact = parsePact(fixture('v3-message.json'));
    expect(pact.interactions).toEqual([]);
    expect(pact.otherInteractions).toHaveLength(1);
    expect(pact.otherInteractions[0]).toMatchObject({
      type: 'Asynchronous/Messages',
      description: 'a user created event',
      providerStates: [{ name: 'a user exists' }],
      raw: { contents: { id: 1 } },
    });
  });

  test('V4: HTTP interactions normalized (header arrays, body objects, content rules), others kept', () => {
    const pact = parsePact(fixture('v4.json'));
    expect(pact.specVersion).toBe('4');
    expect(pact.interactions.map((i) => i.description)).toEqual(['upload a file', 'read a text file']);
    expect(pact.otherInteractions.map((i) => [i.type, i.description])).toEqual([['Asynchronous/Messages', 'file stored event']]);
    const upload = pact.interactions[0]!;
    expect(upload.key).toBe('abc123');
    expect(upload.pending).toBe(false);
    expect(upload.comments).toEqual({ text: ['uploads are idempotent'] });
    expect(upload.request.headers).toEqual({ 'Content-Type': ['application/octet-stream'], 'X-Trace': ['a', 'b'] });
    const body = upload.request.body;
    expect(body.kind === 'present' && [...body.content]).toEqual([0, 1, 2, 3]);
    expect(describeBody(upload.response.body)).toEqual({ kind: 'present', text: '{"ok":true,"size":4.0}', contentType: 'application/json' });
    expect(upload.response.matchingRules).toEqual({ body: { '$.size': { combine: 'AND', matchers: [{ match: 'number' }] } } });
    expect(describeBody(pact.interactions[1]!.response.body)).toEqual({
      kind: 'present',
      text: 'hello',
      contentType: 'text/plain',
      hint: 'TEXT',
    });
  });

  test('version detection: aliases, default V3, typed interactions in an undeclared file are V4', () => {
    const minimal = (metadata: object | undefined) =>
      parsePact({ consumer: { name: 'c' }, provider: { name: 'p' }, interactions: [], ...(metadata ? { metadata } : {}) }).specVersion;
    expect(minimal(undefined)).toBe('3');
    expect(minimal({ pactSpecificationVersion: '2.0.0' })).toBe('2');
    expect(minimal({ 'pact-specification': { version: '1.1.0' } })).toBe('1.1');
    expect(minimal({ pactSpecification: { version: '4.0' } })).toBe('4');
    expect(minimal({ pactSpecification: { version: 'nonsense' } })).toBe('3');
    const typed = parsePact({
      interactions: [{ type: 'Synchronous/HTTP', description: 'd', request: {}, response: { body: { content: 'x', contentType: 'text/plain' } } }],
    });
    expect(describeBody(typed.interactions[0]!.response.body)).toEqual({ kind: 'present', text: 'x', contentType: 'text/plain' });
  });

  test('a duplicate key keeps the last value also when a number literal needs the lossless parser', () => {
    // `1.0` makes the loader take the lossless path; JSON.parse (the other path) accepts duplicates.
    const text = '{"consumer":{"name":"c"},"provider":{"name":"p"},"interactions":[{"description":"d","description":"e",'
      + '"request":{"method":"GET","path":"/"},"response":{"status":200,"body":{"n":1.0}}}]}';
    const pact = parsePact(text);
    expect(pact.interactions[0]?.description).toBe('e');
    expect(describeBody(pact.interactions[0]!.response.body).text).toBe('{"n":1.0}');
  });

  test('defaults: GET, /, 200, names', () => {
    const pact = parsePact('{"interactions":[{"description":"d","request":{},"response":{}}]}');
    expect(pact.consumer.name).toBe('consumer');
    expect(pact.interactions[0]?.request).toEqual({ method: 'GET', path: '/', body: { kind: 'missing' } });
    expect(pact.interactions[0]?.response).toEqual({ status: 200, body: { kind: 'missing' } });
  });

  test('accepts an object, a BOM-prefixed string and UTF-8 bytes', () => {
    const text = fixture('v2.json');
    const expected = parsePact(text);
    expect(parsePact(`\uFEFF${text}`)).toEqual(expected);
    expect(parsePact(Buffer.from(text, 'utf8'))).toEqual(expected);
    expect(parsePact(JSON.parse(text) as object)).toEqual(expected);
  });
});

function parseError(input: string | object, options?: { maxDepth?: number }): PactParseError {
  try {
    parsePact(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(PactParseError);
    return error as PactParseError;
  }
  throw new Error('expected parsePact to throw');
}

const interaction = (request: object, response: object = {}) => JSON.stringify({ interactions: [{ description: 'd', request, response }] });

describe('parsePact errors name the JSON path', () => {
  test.each([
    [
      JSON.stringify({ interactions: [{ description: 'a', request: {}, response: {} }, {}, {}, { description: 'b', request: { method: 42 }, response: {} }] }),
      'interactions[1].request',
      'interactions[1].request: required but missing',
    ],
    [
      JSON.stringify({
        interactions: [0, 1, 2, 3].map((i) => ({ description: `i${i}`, request: { method: i === 3 ? 42 : 'GET' }, response: {} })),
      }),
      'interactions[3].request.method',
      'interactions[3].request.method: expected a string, got 42',
    ],
    ['{"interactions": {"a": 1}}', 'interactions', 'interactions: expected an array, got an object'],
    [interaction({}, { status: '200' }), 'interactions[0].response.status', 'interactions[0].response.status: expected an integer, got "200"'],
    [interaction({}, { status: 42 }), 'interactions[0].response.status', 'interactions[0].response.status: expected a number >= 100, got 42'],
    ['{"interactions":[{"description":7,"request":{},"response":{}}]}', 'interactions[0].description', 'interactions[0].description: expected a string, got 7'],
    ['{"interactions":[{"description":"d","request":{}}]}', 'interactions[0].response', 'interactions[0].response: required but missing'],
    [interaction({ headers: { 'Content-Type': { a: 1 } } }), "interactions[0].request.headers['Content-Type']", "interactions[0].request.headers['Content-Type']: expected a string or an array or a number or a boolean, got an object"],
    ['{"consumer":{"name":5}}', 'consumer.name', 'consumer.name: expected a string, got 5'],
    [
      interaction({ matchingRules: { body: { '$.a[': { matchers: [{ match: 'type' }] } } } }),
      "interactions[0].request.matchingRules.body['$.a[']",
      "interactions[0].request.matchingRules.body['$.a[']: invalid path expression '$.a[': unterminated '[' at position 4",
    ],
    [
      interaction({ matchingRules: { body: { '$.a': { matchers: [{ match: 'regex', regex: '(' }] } } } }),
      "interactions[0].request.matchingRules.body['$.a'].matchers[0].regex",
      'interactions[0].request.matchingRules.body[\'$.a\'].matchers[0].regex: invalid regular expression "(": Unterminated group',
    ],
    [
      interaction({ matchingRules: { body: { '$.a': { matchers: [{ match: 'regex' }] } } } }),
      "interactions[0].request.matchingRules.body['$.a'].matchers[0].regex",
      "interactions[0].request.matchingRules.body['$.a'].matchers[0].regex: required for a regex rule but missing",
    ],
    [
      interaction({ matchingRules: { body: { '$.a': { matchers: [{ value: 1 }] } } } }),
      "interactions[0].request.matchingRules.body['$.a'].matchers[0]",
      `interactions[0].request.matchingRules.body['$.a'].matchers[0]: a matching rule needs "match" (or one of "regex", "min", "max", "timestamp", "date", "time")`,
    ],
    [
      interaction({ matchingRules: { '$.body.a': { match: 'type', min: 'two' } } }),
      "interactions[0].request.matchingRules['$.body.a'].min",
      `interactions[0].request.matchingRules['$.body.a'].min: expected an integer or a numeric string, got "two"`,
    ],
    [
      interaction({ matchingRules: { body: { '$.a': { combine: 'XOR', matchers: [] } } } }),
      "interactions[0].request.matchingRules.body['$.a'].combine",
      `interactions[0].request.matchingRules.body['$.a'].combine: expected "AND" or "OR", got "XOR"`,
    ],
    [
      interaction({}, { generators: { body: { '$.id': { type: 'RandomInt', min: 'one' } } } }),
      "interactions[0].response.generators.body['$.id'].min",
      `interactions[0].response.generators.body['$.id'].min: expected an integer, got "one"`,
    ],
    [
      interaction({}, { generators: { header: { X: { type: 'Regex' } } } }),
      'interactions[0].response.generators.header.X.regex',
      'interactions[0].response.generators.header.X.regex: required for a Regex generator but missing',
    ],
  ])('%#: %s', (input, path, message) => {
    const error = parseError(input);
    expect(error.path).toBe(path);
    expect(error.message).toBe(message);
  });

  test('text that is not JSON names the position', () => {
    const error = parseError('{\n  "interactions": [,]\n}');
    expect(error.path).toBe('');
    expect(error.message).toMatch(/^not valid JSON: .*position 21.*\(line 2, column 20\)$/);
    expect(parseError('').message).toBe('not valid JSON: the text is empty');
    expect(parseError('{"a": 1.0,}').message).toMatch(/^not valid JSON: .*position 10/);
  });

  test('a root that is not an object', () => {
    expect(parseError('[1]').message).toBe('expected an object, got an array');
    expect(parseError(42 as unknown as object).message).toBe('expected pact JSON text or a pact object, got 42');
  });

  test('bytes that are not UTF-8', () => {
    const error = parseError(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(error.message).toBe('not valid UTF-8 text: pact files must be UTF-8 encoded JSON');
  });

  test('absurdly deep input is a PactParseError, not a stack overflow', () => {
    const depth = 200_000;
    const deepBody = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const error = parseError(`{"interactions":[{"description":"d","request":{"body":${deepBody}},"response":{}}]}`);
    // The path names where the limit was reached, shortened in the middle.
    expect(error.path).toMatch(/^interactions\[0\]\.request\.body(\[0\]){4}…\(\d+ levels\)…(\[0\]){8}$/);
    expect(error.message).toMatch(/nested more than 128 levels deep \(the maxDepth limit\)$/);
    // The lossless parser (used for `1.0`) recurses; the path is still found.
    const lossless = parseError(`{"metadata":{"x":1.0},"a":${deepBody}}`);
    expect(lossless.path).toMatch(/^a\[0\]/);
    expect(lossless.message).toMatch(/nested more than 128 levels deep/);
    // Within the limit loads.
    const ok = `${'['.repeat(128)}${']'.repeat(128)}`;
    expect(() => parsePact(`{"interactions":[{"description":"d","request":{"body":${ok}},"response":{}}]}`)).not.toThrow();
    expect(parseError(`{"interactions":[{"description":"d","request":{"body":${ok}},"response":{}}]}`, { maxDepth: 100 }).message).toMatch(/more than 100 levels/);
  });

  test('no raw TypeError escapes, even from odd objects', () => {
    const hostile = {
      get interactions(): never {
        throw new TypeError('boom');
      },
    };
    const error = parseError(hostile);
    expect(error.message).toContain('boom');
  });
});
