import { describe, expect, it } from 'vitest';
import { generateResponse, type GeneratorContext } from '../../src/generators/index.js';
import type { Generators, HttpResponse } from '../../src/model/types.js';

// Bodies whose generators only replace scalars are generated from a template cut at the
// generated values; these cases pin what must stay the same as generating into a copy.
const CONTEXT: GeneratorContext = {
  mockServer: { url: 'http://127.0.0.1:40123', port: 40123 },
  baseDateTime: '2024-05-01T13:45:10.123Z',
  timeZone: 'UTC',
};

function response(bodyText: string, body: Generators['body']): HttpResponse {
  return {
    status: 200,
    headers: { 'Content-Type': ['application/json'] },
    body: { kind: 'present', content: Buffer.from(bodyText) },
    generators: { body },
  };
}

function generatedText(r: HttpResponse, context = CONTEXT): string {
  const out = generateResponse(r, context);
  if (out.body.kind !== 'present') throw new Error('expected a present body');
  return Buffer.from(out.body.content).toString('utf8');
}

const fixedInt = (value: number) => ({ type: 'RandomInt', min: value, max: value });

describe('generated JSON bodies', () => {
  it('keep key order and every untouched value, on every request', () => {
    const r = response('{"a":1,"id":0,"nested":{"b":[1,2,{"x":"y"}],"when":"x"},"z":null}', {
      '$.id': fixedInt(7),
      '$.nested.when': { type: 'DateTime', format: "yyyy-MM-dd'T'HH:mm:ss" },
    });
    for (let i = 0; i < 3; i++) {
      expect(generatedText(r)).toBe('{"a":1,"id":7,"nested":{"b":[1,2,{"x":"y"}],"when":"2024-05-01T13:45:10"},"z":null}');
    }
  });

  it('fill holes in text order whatever the generator order', () => {
    const r = response('{"first":0,"second":0,"third":0}', { '$.third': fixedInt(3), '$.first': fixedInt(1), '$.second': fixedInt(2) });
    expect(generatedText(r)).toBe('{"first":1,"second":2,"third":3}');
  });

  it('keep number literals JSON.parse would change', () => {
    const r = response('{"price":1.0,"big":12345678901234567890,"id":0}', { '$.id': fixedInt(5) });
    expect(generatedText(r)).toBe('{"price":1.0,"big":12345678901234567890,"id":5}');
  });

  it('keep the example value where a generator fails, and the original bytes when all fail', () => {
    const bad = { type: 'Date', format: 'yyyy {' };
    const r = response('{ "id": 0, "when": "then" }', { '$.when': bad, '$.id': fixedInt(9) });
    expect(generatedText(r)).toBe('{"id":9,"when":"then"}');
    const none = response('{ "when": "then" }', { '$.when': bad });
    expect(generatedText(none)).toBe('{ "when": "then" }');
  });

  it('generate every element a wildcard selects', () => {
    const r = response('{"items":[{"id":0},{"id":0}],"m":{"a":0,"b":0}}', { '$.items[*].id': fixedInt(4), '$.m.*': fixedInt(6) });
    expect(generatedText(r)).toBe('{"items":[{"id":4},{"id":4}],"m":{"a":6,"b":6}}');
  });

  it('apply generators in order where two name the same value or one replaces a container', () => {
    const twice = response('{"id":0}', { '$.id': fixedInt(1), "$['id']": fixedInt(2) });
    expect(generatedText(twice)).toBe('{"id":2}');
    const container = response('{"o":{"n":0}}', { '$.o': fixedInt(1), '$.o.n': fixedInt(2) });
    expect(generatedText(container)).toBe('{"o":1}');
  });

  it('generate into values whose text looks like a placeholder', () => {
    const r = response('{"k\\u0000pactwright-hole-0\\u0000":"\\u0000pactwright-hole-0\\u0000","id":0}', { '$.id': fixedInt(8) });
    expect(JSON.parse(generatedText(r))).toEqual({ 'k\u0000pactwright-hole-0\u0000': '\u0000pactwright-hole-0\u0000', id: 8 });
  });

  it('replace a scalar with a string that needs escaping', () => {
    const r = response('{"url":"http://localhost:8080/a\\"b"}', { '$.url': { type: 'MockServerURL', regex: '.*(/a.*)$', example: 'http://localhost:8080/a"b' } });
    expect(JSON.parse(generatedText(r))).toEqual({ url: 'http://127.0.0.1:40123/a"b' });
  });
});
