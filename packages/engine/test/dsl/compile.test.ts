// Rule paths, plain data and foreign (Pact JS-built) matcher objects through the compiler.
import { describe, expect, it } from 'vitest';
import { compileIntegrationJson } from '../../src/dsl/compile.js';
import { eachLike, integer, like, regex, string, uuid } from '../../src/dsl/matchers/index.js';
import { DslError } from '../../src/errors.js';

const AND = (...matchers: object[]): object => ({ combine: 'AND', matchers });

describe('rule paths', () => {
  it('writes keys as Pact JS does: identifiers dotted, the rest bracketed', () => {
    const { rules } = compileIntegrationJson({
      plain: string(),
      'key with space': string(),
      'kebab-key': string(),
      '1st': string(),
      _under: string(),
      'dot.key': string(),
      nested: { 'a b': { c: string() } },
    });
    expect(Object.keys(rules)).toEqual([
      '$.plain',
      "$['key with space']",
      "$['kebab-key']",
      "$['1st']",
      '$._under',
      "$['dot.key']",
      "$.nested['a b'].c",
    ]);
  });

  it('dots identifiers of any script, and brackets keys with other characters beyond ASCII', () => {
    const { rules } = compileIntegrationJson({ naïve: string(), ключ: string(), 名前: string(), 'é-é': string(), '\u0007bell': string() });
    expect(Object.keys(rules)).toEqual(['$.naïve', '$.ключ', '$.名前', "$['é-é']", "$['\u0007bell']"]);
  });

  it('eachLike: min on the array path, element rules under [*]; nested arrays of arrays', () => {
    const { rules, example } = compileIntegrationJson({ items: eachLike({ id: integer(1), grid: eachLike(eachLike(integer(0))) }) });
    expect(example).toEqual({ items: [{ id: 1, grid: [[0]] }] });
    expect(rules).toEqual({
      '$.items': AND({ match: 'type', min: 1 }),
      '$.items[*].id': AND({ match: 'integer' }),
      '$.items[*].grid': AND({ match: 'type', min: 1 }),
      '$.items[*].grid[*]': AND({ match: 'type', min: 1 }),
      '$.items[*].grid[*][*]': AND({ match: 'integer' }),
    });
  });

  it('plain arrays are indexed; a matcher nested in a matcher adds a second rule on the same path', () => {
    const { rules } = compileIntegrationJson({ pair: [string('a'), { n: integer(1) }], both: like(integer(2)) });
    expect(rules).toEqual({
      '$.pair[0]': AND({ match: 'type' }),
      '$.pair[1].n': AND({ match: 'integer' }),
      '$.both': AND({ match: 'type' }, { match: 'integer' }),
    });
  });

  it('a matcher at the root puts its rule on $', () => {
    expect(compileIntegrationJson(eachLike(uuid())).rules).toEqual({
      $: AND({ match: 'type', min: 1 }),
      '$[*]': AND({ match: 'regex', regex: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' }),
    });
    expect(compileIntegrationJson(eachLike(uuid())).generators).toEqual({ '$[*]': { type: 'Uuid' } });
  });

  it('a body without matchers has no rules and keeps its data', () => {
    expect(compileIntegrationJson({ a: [1, 'x', null, { b: false }] })).toEqual({ example: { a: [1, 'x', null, { b: false }] }, rules: {}, generators: {} });
  });

  it('keeps a "__proto__" key as data', () => {
    const body = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
    const { example } = compileIntegrationJson(body);
    expect(Object.keys(example as object)).toEqual(['__proto__']);
    expect(JSON.stringify(example)).toBe('{"__proto__":{"x":1}}');
  });
});

describe('matcher objects built by Pact JS are accepted as they are', () => {
  it('structural integration JSON (no class, extra keys, timestamp spelling)', () => {
    const pactJs = {
      orders: { min: 2, 'pact:matcher:type': 'type', value: [{ at: { 'pact:matcher:type': 'timestamp', format: 'yyyy', value: '2024' } }] },
      id: { 'pact:generator:type': 'RandomInt', 'pact:matcher:type': 'integer', value: 101 },
    };
    const c = compileIntegrationJson(pactJs);
    expect(c.example).toEqual({ orders: [{ at: '2024' }], id: 101 });
    expect(c.rules).toEqual({
      '$.orders': AND({ match: 'type', min: 2 }),
      '$.orders[*].at': AND({ match: 'datetime', format: 'yyyy' }),
      '$.id': AND({ match: 'integer' }),
    });
    expect(c.generators).toEqual({ '$.id': { type: 'RandomInt', min: 0, max: 10 } });
  });

  it('an unknown matcher type is an error naming the place', () => {
    expect(() => compileIntegrationJson({ a: { 'pact:matcher:type': 'fuzzy', value: 1 } })).toThrow(/body \$\.a \(fuzzy matcher\): unknown matcher type "fuzzy"/);
  });
});

describe('values JSON cannot hold', () => {
  it.each([
    ['a Date', { at: new Date(0) }, /body \$\.at is a Date object, which is not JSON \(use a string/],
    ['a function', { f: () => 1 }, /body \$\.f is a function/],
    ['undefined', { u: undefined }, /body \$\.u is undefined/],
    ['NaN', { n: Number.NaN }, /body \$\.n: NaN/],
    ['a Map', [new Map()], /body \$\[0\] is a Map object/],
    ['a symbol', { s: Symbol('x') }, /body \$\.s is a symbol/],
  ])('%s', (_n, body, message) => {
    expect(() => compileIntegrationJson(body)).toThrow(DslError);
    expect(() => compileIntegrationJson(body)).toThrow(message);
  });

  it('a cycle', () => {
    const a: Record<string, unknown> = {};
    a['self'] = a;
    expect(() => compileIntegrationJson(a)).toThrow(/cycle/);
  });

  it('a matcher under a key with a quote cannot be written to a pact', () => {
    expect(() => compileIntegrationJson({ "it's": string() })).toThrow(/key "it's" cannot be written/);
    expect(compileIntegrationJson({ "it's": 'fine without matchers' }).rules).toEqual({});
  });
});

describe('path, query, header, status categories', () => {
  it('only whole-value rules, string examples', () => {
    expect(compileIntegrationJson(regex('/a/\\d+', '/a/1'), 'path')).toEqual({
      example: '/a/1',
      rules: { $: AND({ match: 'regex', regex: '/a/\\d+' }) },
      generators: {},
    });
    expect(() => compileIntegrationJson(integer(1), 'header')).toThrow(/header: the value must be a string, got 1/);
    expect(() => compileIntegrationJson(like({ a: string() }), 'query')).toThrow(/query: the value must be a string/);
    expect(() => compileIntegrationJson('x', 'status')).toThrow(/status: the value must be an integer/);
  });
});
