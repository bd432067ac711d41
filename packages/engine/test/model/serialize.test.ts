import { describe, expect, test } from 'vitest';
import type { Pact } from '../../src/model/types.js';
import { parsePact } from '../../src/model/parse.js';
import { requestToJson, serializePact } from '../../src/model/serialize.js';
import type { Body, HttpInteraction } from '../../src/model/types.js';
import { parseJsonText } from '../../src/model/json-value.js';
import { prettyJson } from '../../src/model/pretty-json.js';
import { fixture } from './helpers.js';

/** A body compared by meaning: JSON by its sorted form (literals kept), other content by its bytes. */
function canonicalBody(body: Body): string {
  if (body.kind !== 'present') return body.kind;
  try {
    return `json:${prettyJson(parseJsonText(Buffer.from(body.content).toString('utf8')).value)}`;
  } catch {
    return `bytes:${Buffer.from(body.content).toString('base64')}`;
  }
}

/** V3 files hold one string per header: several values of a non-list header come back joined. */
function joinedHeaders(headers: Readonly<Record<string, readonly string[]>> | undefined): Record<string, string> | undefined {
  return headers && Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.join(', ')]));
}

function canonical(interaction: Omit<HttpInteraction, 'key' | 'pending' | 'comments'>): unknown {
  const { request, response } = interaction;
  return {
    ...interaction,
    // A V3 file writes queries as maps: the raw V1/V2 string is not kept.
    request: { ...request, rawQuery: undefined, headers: joinedHeaders(request.headers), body: canonicalBody(request.body) },
    response: { ...response, headers: joinedHeaders(response.headers), body: canonicalBody(response.body) },
  };
}

function keyOrderViolations(value: unknown, at = '$'): string[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => keyOrderViolations(v, `${at}[${i}]`));
  const keys = Object.keys(value);
  const sorted = [...keys].sort();
  const here = keys.join() === sorted.join() ? [] : [at];
  return here.concat(keys.flatMap((k) => keyOrderViolations((value as Record<string, unknown>)[k], `${at}.${k}`)));
}

describe('serializePact', () => {
  test('the V3 layout: 2-space indent, keys sorted at every depth, no trailing newline', () => {
    const text = serializePact(parsePact(fixture('v3.json')));
    expect(text.endsWith('}')).toBe(true);
    expect(text.startsWith('{\n  "consumer": {\n    "name": "web"\n  },\n  "interactions": [\n')).toBe(true);
    expect(keyOrderViolations(JSON.parse(text))).toEqual([]);
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2).replace('60', '60.0'));
  });

  test('exact output for a V2 pact written as V3', () => {
    expect(serializePact(parsePact(fixture('v2.json')), { spec: 3 })).toBe(`{
  "consumer": {
    "name": "web"
  },
  "interactions": [
    {
      "description": "list users",
      "providerStates": [
        {
          "name": "users exist"
        }
      ],
      "request": {
        "headers": {
          "X-Test": "abc"
        },
        "matchingRules": {
          "header": {
            "x-test": {
              "combine": "AND",
              "matchers": [
                {
                  "match": "regex",
                  "regex": "[a-z]+"
                }
              ]
            }
          },
          "path": {
            "combine": "AND",
            "matchers": [
              {
                "match": "regex",
                "regex": "/users/\\\\d+"
              }
            ]
          },
          "query": {
            "q": {
              "combine": "AND",
              "matchers": [
                {
                  "match": "type"
                }
              ]
            }
          }
        },
        "method": "GET",
        "path": "/users/42",
        "query": {
          "q": [
            "a b c"
          ]
        }
      },
      "response": {
        "body": {
          "users": [
            {
              "id": 1,
              "name": "Ann"
            }
          ]
        },
        "headers": {
          "Content-Type": "application/json; charset=utf-8"
        },
        "matchingRules": {
          "body": {
            "$.users": {
              "combine": "AND",
              "matchers": [
                {
                  "match": "type",
                  "min": 1
                }
              ]
            },
            "$.users[*].id": {
              "combine": "AND",
              "matchers": [
                {
                  "match": "type"
                }
              ]
            },
            "$['users'][*].name": {
              "combine": "AND",
              "matchers": [
                {
                  "match": "regex",
                  "regex": "\\\\w+"
                }
              ]
            }
          },
          "header": {
            "Content-Type": {
              "combine": "AND",
              "matchers": [
                {
                  "match": "regex",
                  "regex": "application/json.*"
                }
              ]
            }
          }
        },
        "status": 200
      }
    }
  ],
  "metadata": {
    "pactSpecification": {
      "version": "3.0.0"
    }
  },
  "provider": {
    "name": "users"
  }
}`);
  });

  test('JSON body number literals are preserved and body keys sorted', () => {
    const pact = parsePact('{"interactions":[{"description":"d","request":{"body":{"z":1.0,"a":[1.50,2e3,{"y":-0,"b":12345678901234567890}]}},"response":{}}]}');
    const text = serializePact(pact);
    expect(text).toContain('"a": [\n            1.50,\n            2e3,\n            {\n              "b": 12345678901234567890,\n              "y": -0\n            }\n          ],\n          "z": 1.0');
  });

  test('header values joined, query nulls, providerStates/params omitted when empty', () => {
    const text = serializePact(parsePact(fixture('v1.json')), { spec: 3 });
    const json = JSON.parse(text) as { interactions: Array<Record<string, Record<string, unknown>>> };
    const interaction = json.interactions[0]!;
    expect(interaction.request).toEqual({
      headers: { Accept: 'application/json, text/plain' },
      method: 'GET',
      path: '/users/1',
      query: { fields: ['name', 'age'], verbose: [null] },
    });
    expect(interaction.providerStates).toEqual([{ name: 'user 1 exists' }]);
    const v3 = JSON.parse(serializePact(parsePact(fixture('v3.json')))) as { interactions: Array<{ providerStates: unknown }> };
    expect(v3.interactions[0]?.providerStates).toEqual([{ name: 'no users' }, { name: 'admin logged in', params: { id: 7, ratio: 2.5 } }]);
    const bare = JSON.parse(serializePact(parsePact(fixture('v1_1.json')), { spec: 3 })) as { interactions: Array<Record<string, unknown>> };
    expect(bare.interactions[0]).not.toHaveProperty('providerStates');
  });

  test('bodies by kind and content type', () => {
    const pact: Pact = {
      consumer: { name: 'c' },
      provider: { name: 'p' },
      specVersion: '3',
      interactions: [
        ['missing', { kind: 'missing' }, undefined],
        ['empty', { kind: 'empty' }, undefined],
        ['null', { kind: 'null' }, undefined],
        ['json', { kind: 'present', content: Buffer.from('{"b":1,"a":2}') }, 'application/json'],
        ['sniffed json', { kind: 'present', content: Buffer.from('[1.0]') }, undefined],
        ['bad json', { kind: 'present', content: Buffer.from('{oops') }, 'application/json'],
        ['text', { kind: 'present', content: Buffer.from('héllo') }, 'text/plain'],
        ['xml', { kind: 'present', content: Buffer.from('<a/>') }, 'application/xml'],
        ['binary', { kind: 'present', content: Buffer.from([0, 1, 255]) }, 'application/octet-stream'],
        ['utf8 under binary type', { kind: 'present', content: Buffer.from('abcd') }, 'image/png'],
        ['non-utf8 text', { kind: 'present', content: Buffer.from([0xff, 0x41]) }, 'text/plain'],
      ].map(([description, body, contentType]) => ({
        type: 'Synchronous/HTTP',
        description: description as string,
        providerStates: [],
        request: { method: 'post', path: '/', body: body as Pact['interactions'][number]['request']['body'] },
        response: { status: 200, body: { kind: 'missing' }, ...(contentType ? { headers: { 'Content-Type': [contentType as string] } } : {}) },
      })),
      otherInteractions: [],
      metadata: {},
    };
    // Put each body's content type on its request (the response above only carries the header for reading).
    for (const interaction of pact.interactions) {
      if (interaction.response.headers) (interaction.request as { headers?: unknown }).headers = interaction.response.headers;
    }
    const json = JSON.parse(serializePact(pact)) as { interactions: Array<{ description: string; request: { body?: unknown } }> };
    const bodies = Object.fromEntries(json.interactions.map((i) => [i.description, 'body' in i.request ? i.request.body : '<omitted>']));
    expect(bodies).toEqual({
      missing: '<omitted>',
      empty: '',
      null: null,
      json: { a: 2, b: 1 },
      'sniffed json': [1],
      'bad json': Buffer.from('{oops').toString('base64'),
      text: 'héllo',
      xml: '<a/>',
      binary: 'AAH/',
      'utf8 under binary type': 'YWJjZA==',
      'non-utf8 text': '/0E=',
    });
    expect(serializePact(pact)).toContain('"method": "POST"');
  });

  test('metadata: object values kept, legacy keys renamed, version set to the one written', () => {
    const json = JSON.parse(serializePact(parsePact(fixture('v3.json')))) as { metadata: unknown };
    expect(json.metadata).toEqual({
      pactSpecification: { version: '3.0.0' },
      pactRust: { models: '1.0.0' },
      'pact-js': { version: '12.0.0' },
    });
    const legacy = JSON.parse(serializePact(parsePact({ metadata: { 'pact-specification': { version: '2.0.0', extra: 1 } } }), { spec: 3 })) as {
      metadata: unknown;
    };
    expect(legacy.metadata).toEqual({ pactSpecification: { version: '3.0.0', extra: 1 } });
  });

  test('V4 HTTP interactions are written in V3 form; other interactions are not written', () => {
    const text = serializePact(parsePact(fixture('v4.json')), { spec: 3 });
    const json = JSON.parse(text) as { interactions: Array<Record<string, Record<string, unknown>>> };
    expect(json.interactions.map((i) => i.description)).toEqual(['upload a file', 'read a text file']);
    expect(json.interactions[0]).not.toHaveProperty('key');
    expect(json.interactions[0]?.request).toMatchObject({
      body: 'AAECAw==',
      headers: { 'Content-Type': 'application/octet-stream', 'X-Trace': 'a, b' },
    });
    expect(json.interactions[0]?.response).toMatchObject({ body: { ok: true, size: 4 } });
    expect(text).toContain('"size": 4.0');
    expect(json.interactions[1]?.response?.body).toBe('hello');
  });

  test.each(['v1.json', 'v1_1.json', 'v2.json', 'v3.json', 'v4.json'])('round trip %s as V3: parse → serialize → parse is stable', (name) => {
    const first = parsePact(fixture(name));
    const written = serializePact(first, { spec: 3 });
    const second = parsePact(written);
    expect(second.specVersion).toBe('3');
    expect(second.interactions.map(canonical)).toEqual(
      first.interactions.map(({ key: _key, pending: _pending, comments: _comments, ...rest }) => canonical(rest)),
    );
    expect(serializePact(second)).toBe(written);
  });
});

describe('requestToJson', () => {
  test('keys alphabetical, headers joined, query kept, JSON body parsed', () => {
    const request = parsePact(fixture('v3.json')).interactions[0]!.request;
    const json = requestToJson(request);
    expect(Object.keys(json)).toEqual(['body', 'headers', 'matchingRules', 'method', 'path', 'query']);
    expect(json.body).toEqual({ age: 30, name: 'Ann', weight: 60 });
    expect(Object.keys(json.body as object)).toEqual(['age', 'name', 'weight']);
    expect(json.headers).toEqual({ Accept: 'application/json', 'Content-Type': 'application/json' });
    expect(json.query).toEqual({ dryRun: ['true'], flag: [null], tag: ['a', 'b'] });
  });

  test('an empty actual body is "", a missing one absent, text stays text, binary is base64', () => {
    expect(requestToJson({ method: 'get', path: '/', body: { kind: 'empty' } })).toEqual({ body: '', method: 'GET', path: '/' });
    expect(requestToJson({ method: 'GET', path: '/', body: { kind: 'missing' } })).toEqual({ method: 'GET', path: '/' });
    expect(
      requestToJson({ method: 'POST', path: '/', headers: { 'content-type': ['text/plain'] }, body: { kind: 'present', content: Buffer.from('hi') } }),
    ).toEqual({ body: 'hi', headers: { 'content-type': 'text/plain' }, method: 'POST', path: '/' });
    expect(requestToJson({ method: 'POST', path: '/', body: { kind: 'present', content: Buffer.from([0xff, 0]) } }).body).toBe('/wA=');
  });
});
