import { describe, expect, test } from 'vitest';
import { normalizeMatchingRules } from '../../src/model/matching-rules.js';
import { normalizeGenerators } from '../../src/model/generators.js';

const AND = (...matchers: object[]) => ({ combine: 'AND', matchers });

describe('V2 flat rules → V3 categories', () => {
  test('body paths lose the $.body prefix', () => {
    expect(
      normalizeMatchingRules(
        {
          '$.body': { match: 'type' },
          '$.body.animals[*].name': { match: 'type' },
          "$.body['2'].str": { regex: '\\d+' },
          '$.body[0].id': { match: 'type' },
        },
        'm',
      ),
    ).toEqual({
      body: {
        $: AND({ match: 'type' }),
        '$.animals[*].name': AND({ match: 'type' }),
        "$['2'].str": AND({ match: 'regex', regex: '\\d+' }),
        '$[0].id': AND({ match: 'type' }),
      },
    });
  });

  test('$.headers.X, $.header.x, $.headers[\'X\'], $.query.q, $.path', () => {
    expect(
      normalizeMatchingRules(
        {
          '$.headers.Accept': { regex: 'a' },
          '$.header.x-test': { regex: 'b' },
          "$.headers['Content-Type']": { regex: 'c' },
          '$.query.q': { match: 'type' },
          '$.path': { regex: '/x' },
        },
        'm',
      ),
    ).toEqual({
      header: {
        Accept: AND({ match: 'regex', regex: 'a' }),
        'x-test': AND({ match: 'regex', regex: 'b' }),
        'Content-Type': AND({ match: 'regex', regex: 'c' }),
      },
      query: { q: AND({ match: 'type' }) },
      path: AND({ match: 'regex', regex: '/x' }),
    });
  });

  test('shorthand rules: min/max imply type, numeric strings become numbers, date keys', () => {
    expect(
      normalizeMatchingRules(
        {
          '$.body.a': { min: '1' },
          '$.body.b': { max: 3 },
          '$.body.c': { timestamp: 'yyyy-MM-dd' },
          '$.body.d': { match: 'type', min: 0, max: '2' },
        },
        'm',
      ).body,
    ).toEqual({
      '$.a': AND({ match: 'type', min: 1 }),
      '$.b': AND({ match: 'type', max: 3 }),
      '$.c': AND({ match: 'timestamp', timestamp: 'yyyy-MM-dd', format: 'yyyy-MM-dd' }),
      '$.d': AND({ match: 'type', min: 0, max: 2 }),
    });
  });
});

describe('V3/V4 categories', () => {
  test('combine and matchers kept, combine upper-cased, aliases headers/content, unknown categories ignored', () => {
    expect(
      normalizeMatchingRules(
        {
          body: { '$.a': { combine: 'or', matchers: [{ match: 'integer' }, { match: 'null' }] } },
          content: { '$.b': { matchers: [{ match: 'decimal' }] } },
          headers: { Accept: { matchers: [{ match: 'regex', regex: 'x' }] } },
          query: { q: { match: 'type' } },
          status: { matchers: [{ match: 'statusCode', status: 'success' }] },
          method: { matchers: [{ match: 'regex', regex: 'GET|POST' }] },
          metadata: { contentType: { matchers: [{ match: 'regex', regex: 'x' }] } },
          plugin: { whatever: true },
        },
        'm',
      ),
    ).toEqual({
      body: { '$.a': { combine: 'OR', matchers: [{ match: 'integer' }, { match: 'null' }] }, '$.b': AND({ match: 'decimal' }) },
      header: { Accept: AND({ match: 'regex', regex: 'x' }) },
      query: { q: AND({ match: 'type' }) },
      status: AND({ match: 'statusCode', status: 'success' }),
      method: AND({ match: 'regex', regex: 'GET|POST' }),
      metadata: { contentType: AND({ match: 'regex', regex: 'x' }) },
    });
  });

  test('path keyed by "" is accepted; pact:matcher:type stands for match; empty lists dropped', () => {
    expect(
      normalizeMatchingRules(
        { path: { '': { matchers: [{ match: 'regex', regex: '/a' }] } }, body: { '$.x': { matchers: [{ 'pact:matcher:type': 'type' }] }, '$.y': { matchers: [] } } },
        'm',
      ),
    ).toEqual({ path: AND({ match: 'regex', regex: '/a' }), body: { '$.x': AND({ match: 'type' }) } });
  });

  test('rule attributes are kept (unknown rule names too); Java inline flags do not fail the regex check', () => {
    expect(
      normalizeMatchingRules(
        { body: { '$.a': { matchers: [{ match: 'include', value: 'x' }, { match: 'fancyPlugin', opt: [1] }, { match: 'regex', regex: '(?i)abc' }] } } },
        'm',
      ).body?.['$.a']?.matchers,
    ).toEqual([{ match: 'include', value: 'x' }, { match: 'fancyPlugin', opt: [1] }, { match: 'regex', regex: '(?i)abc' }]);
  });

  test.each([
    [{ body: { '$.a': { matchers: [{ match: 'include' }] } } }, "m.body['$.a'].matchers[0].value: required for a include rule but missing"],
    [{ body: { '$.a': { matchers: [{ match: 'regex', regex: '[' }] } } }, /^m\.body\['\$\.a'\]\.matchers\[0\]\.regex: invalid regular expression "\[": /],
    [{ body: { '$.a': { matchers: [{ match: 'type', min: 1.5 }] } } }, "m.body['$.a'].matchers[0].min: expected an integer, got 1.5"],
    [{ body: { '$.a': { matchers: {} } } }, "m.body['$.a'].matchers: expected an array, got an object"],
    [{ body: { '$.a': 'type' } }, "m.body['$.a']: expected a rule list object, got \"type\""],
    [{ body: { '$.a..b': { match: 'type' } } }, "m.body['$.a..b']: invalid path expression '$.a..b': unexpected '.' after '.' at position 4"],
    [{ '$.body.a[': { match: 'type' } }, "m['$.body.a[']: invalid path expression '$.a[': unterminated '[' at position 4"],
    [{ '$.body.a': { match: 3 } }, "m['$.body.a'].match: expected a string, got 3"],
    ['rules', 'm: expected an object, got "rules"'],
  ])('%# rejected', (json, message) => {
    expect(() => normalizeMatchingRules(json, 'm')).toThrow(message);
  });
});

describe('generators', () => {
  test('categories kept, content → body, entries without type and unknown categories dropped, unknown types kept', () => {
    expect(
      normalizeGenerators(
        {
          body: { '$.id': { type: 'RandomInt', min: 1, max: 9 }, '$.x': { min: 1 } },
          content: { '$.u': { type: 'Uuid', format: 'simple' } },
          header: { 'X-Id': { type: 'Regex', regex: '[a-f]{8}' } },
          query: { page: { type: 'RandomString', size: 4 } },
          path: { type: 'ProviderState', expression: '/users/${id}', dataType: 'STRING' },
          status: { type: 'RandomInt', min: 200, max: 299 },
          metadata: { key: { type: 'MockServerURL', example: 'http://a/b', regex: '.*/b' } },
          other: { x: { type: 'Uuid' } },
          method: { type: 'FutureGenerator', anything: { a: 1 } },
        },
        'g',
      ),
    ).toEqual({
      body: { '$.id': { type: 'RandomInt', min: 1, max: 9 }, '$.u': { type: 'Uuid', format: 'simple' } },
      header: { 'X-Id': { type: 'Regex', regex: '[a-f]{8}' } },
      query: { page: { type: 'RandomString', size: 4 } },
      path: { type: 'ProviderState', expression: '/users/${id}', dataType: 'STRING' },
      status: { type: 'RandomInt', min: 200, max: 299 },
      metadata: { key: { type: 'MockServerURL', example: 'http://a/b', regex: '.*/b' } },
      method: { type: 'FutureGenerator', anything: { a: 1 } },
    });
  });

  test.each([
    [{ body: { '$.a': { type: 'RandomInt', min: 'x' } } }, "g.body['$.a'].min: expected an integer, got \"x\""],
    [{ body: { '$.a': { type: 'RandomInt', min: 5, max: 1 } } }, "g.body['$.a'].min: 5 is greater than max 1"],
    [{ body: { '$.a': { type: 'RandomDecimal', digits: -1 } } }, "g.body['$.a'].digits: expected a non-negative integer, got -1"],
    [{ body: { '$.a': { type: 'RandomString', size: 2.5 } } }, "g.body['$.a'].size: expected an integer, got 2.5"],
    [{ body: { '$.a': { type: 'Regex', regex: '(' } } }, /^g\.body\['\$\.a'\]\.regex: invalid regular expression "\(": /],
    [{ header: { X: { type: 'DateTime', format: 5 } } }, 'g.header.X.format: expected a string, got 5'],
    [{ path: { type: 'ProviderState' } }, 'g.path.expression: required for a ProviderState generator but missing'],
    [{ body: { '$[': { type: 'Uuid' } } }, "g.body['$[']: invalid path expression '$[': unterminated '[' at position 2"],
    [{ body: { '$.a': 'Uuid' } }, "g.body['$.a']: expected a generator object, got \"Uuid\""],
  ])('%# rejected', (json, message) => {
    expect(() => normalizeGenerators(json, 'g')).toThrow(message);
  });
});
