import { describe, expect, test } from 'vitest';
import { matchRequest, matchResponse } from '../../src/matching/index.js';
import type { Mismatch } from '../../src/matching/types.js';

const json = { 'Content-Type': 'application/json' };

/** Matches `{v: actual}` against `{v: example}` under one rule at `$.v`; returns the messages. */
function check(rule: object, example: unknown, actual: unknown, spec: '3' | '4' = '3'): string[] {
  const expected = { status: 200, headers: json, body: { v: example }, matchingRules: { body: { '$.v': { matchers: [rule] } } } };
  return matchResponse(expected, { status: 200, headers: json, body: { v: actual } }, { spec }).map((m: Mismatch) => m.mismatch);
}

/** Same, with raw JSON text for the actual body (to keep number literals). */
function checkRaw(rule: object, example: unknown, actualText: string): string[] {
  const expected = { status: 200, headers: json, body: { v: example }, matchingRules: { body: { '$.v': { matchers: [rule] } } } };
  return matchResponse(expected, { status: 200, headers: json, body: actualText }, { spec: '3' }).map((m) => m.mismatch);
}

describe('V3 matchers on JSON values', () => {
  test('type', () => {
    expect(check({ match: 'type' }, 'a', 'b')).toEqual([]);
    expect(check({ match: 'type' }, 1, 2.5)).toEqual([]);
    expect(check({ match: 'type' }, 'a', 100)).toEqual(["Expected 100 (Integer) to be the same type as 'a' (String)"]);
    expect(check({ match: 'type' }, null, 'x')).toEqual(["Expected 'x' (String) to be the same type as null (Null)"]);
  });

  test('regex matches the text of numbers too', () => {
    expect(check({ match: 'regex', regex: '[0-9]' }, 1, 4)).toEqual([]);
    expect(check({ match: 'regex', regex: '\\d+' }, '1', 'x1')).toEqual(["Expected 'x1' to match '\\d+'"]);
  });

  test('equality', () => {
    expect(check({ match: 'equality' }, 'OK', 'OK')).toEqual([]);
    expect(check({ match: 'equality' }, 'OK', 'Lovely')).toEqual(["Expected 'Lovely' (String) to be equal to 'OK' (String)"]);
  });

  test('include', () => {
    expect(check({ match: 'include', value: 'a' }, 'cat', 'bat')).toEqual([]);
    expect(check({ match: 'include', value: 'a' }, 'cat', 'dog')).toEqual(["Expected 'dog' to include 'a'"]);
  });

  test('integer, decimal, number', () => {
    expect(check({ match: 'integer' }, 1, 100)).toEqual([]);
    expect(check({ match: 'integer' }, 1, '100')).toEqual(["Expected '100' (String) to be an integer"]);
    expect(check({ match: 'integer' }, 1, 100.1)).toEqual(['Expected 100.1 (Decimal) to be an integer']);
    expect(check({ match: 'decimal' }, 1.5, 100.1)).toEqual([]);
    expect(checkRaw({ match: 'decimal' }, 1.5, '{"v": 100.0}')).toEqual([]);
    expect(check({ match: 'decimal' }, 1.5, 100)).toEqual(['Expected 100 (Integer) to be a decimal number']);
    expect(check({ match: 'decimal' }, 1.5, null)).toEqual(['Expected null (Null) to be a decimal number']);
    expect(check({ match: 'number' }, 1, 2.5)).toEqual([]);
    expect(check({ match: 'number' }, 1, true)).toEqual(['Expected true (Boolean) to be a number']);
  });

  test('null and boolean', () => {
    expect(check({ match: 'null' }, null, null)).toEqual([]);
    expect(check({ match: 'null' }, null, 0)).toEqual(['Expected 0 (Integer) to be a null value']);
    expect(check({ match: 'boolean' }, true, false)).toEqual([]);
    expect(check({ match: 'boolean' }, true, 'true')).toEqual([]);
    expect(check({ match: 'boolean' }, true, 1)).toEqual(['Expected 1 (Integer) to match a boolean']);
  });

  test('date, time, datetime with Java patterns and defaults', () => {
    expect(check({ match: 'date', format: 'yyyy-MM-dd' }, '2024-01-01', '2023-07-19')).toEqual([]);
    expect(check({ match: 'date', format: 'yyyy-MM-dd' }, '2024-01-01', '23/07/19')[0]).toMatch(/^Expected '23\/07\/19' to match a date pattern of 'yyyy-MM-dd'/);
    expect(check({ match: 'time' }, '10:00:00', '23:15:01')).toEqual([]);
    expect(check({ match: 'timestamp', timestamp: "yyyy-MM-dd'T'HH:mm:ss" }, 'x', '2024-01-01T10:00:00')).toEqual([]);
    expect(check({ match: 'datetime' }, 'x', '2024-01-01T10:00:00')[0]).toMatch(/to match a timestamp pattern of 'yyyy-MM-dd'T'HH:mm:ssXXX'/);
  });

  test('contentType on base64 content', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).toString('base64');
    expect(check({ match: 'contentType', value: 'image/png' }, png, png)).toEqual([]);
    expect(check({ match: 'contentType', value: 'image/png' }, png, 'aGVsbG8gd29ybGQh')).toEqual([
      "Expected binary contents to have content type 'image/png' but detected contents was 'text/plain'",
    ]);
  });

  test('a rule on a map that only applies to leaves fails', () => {
    expect(check({ match: 'integer' }, { a: 1 }, { a: 1 })[0]).toMatch(/^Unable to match \{"a":1\} \(Object\) using integer/);
  });
});

describe('V4 matchers', () => {
  test('notEmpty', () => {
    expect(check({ match: 'notEmpty' }, 'a', 'b', '4')).toEqual([]);
    expect(check({ match: 'notEmpty' }, 'a', '', '4')).toEqual(["Expected '' (String) to not be empty"]);
    expect(check({ match: 'notEmpty' }, [1], [], '4')).toEqual(['Expected [] (Array) to not be empty']);
  });

  test('semver', () => {
    expect(check({ match: 'semver' }, '1.0.0', '1.0.0-rc.1+b5', '4')).toEqual([]);
    expect(check({ match: 'semver' }, '1.0.0', 'v1.0.0', '4')[0]).toMatch(/^'v1.0.0' is not a valid semantic version - /);
    expect(check({ match: 'semver' }, '1.0.0', '1.0', '4')).toHaveLength(1);
  });

  test('eachKey checks every actual key; eachValue every actual value', () => {
    const eachKey = { match: 'eachKey', rules: [{ match: 'regex', regex: '[a-z]+' }], value: { a: 1 } };
    expect(check(eachKey, { a: 1 }, { b: 2, c: 3 }, '4')).toEqual([]);
    const bad = matchResponse(
      { status: 200, headers: json, body: { a: 1 }, matchingRules: { body: { $: { matchers: [eachKey] } } } },
      { status: 200, headers: json, body: { '100': 1 } },
      { spec: '4' },
    );
    expect(bad).toEqual([{ type: 'BodyMismatch', path: '$[100]', expected: '"100"', actual: '"100"', mismatch: "Expected '100' to match '[a-z]+'" }]);
    const eachValue = { match: 'eachValue', rules: [{ match: 'type' }], value: { a: 'x' } };
    expect(check(eachValue, { a: 'x' }, { b: 'y', c: 'z' }, '4')).toEqual([]);
    expect(check(eachValue, { a: 'x' }, { b: 1 }, '4')).toEqual(["Expected 1 (Integer) to be the same type as 'x' (String)"]);
  });

  test('arrayContains finds each variant anywhere in the list', () => {
    const rule = { match: 'arrayContains', variants: [{ index: 0, rules: { '$.id': { matchers: [{ match: 'type' }] } } }, { index: 1, rules: {} }] };
    const example = [{ id: 1 }, { kind: 'x' }];
    expect(check(rule, example, [{ other: true }, { kind: 'x' }, { id: 99 }], '4')).toEqual([]);
    expect(check(rule, example, [{ id: 'a' }, { kind: 'x' }], '4')).toEqual(['Variant at index 0 ({"id":1}) was not found in the actual list']);
  });
});

describe('matchers on strings (header, query, XML)', () => {
  test('number/integer accept numeric strings in query values', () => {
    const e = { method: 'GET', path: '/', query: { n: ['1'] }, matchingRules: { query: { n: { matchers: [{ match: 'integer' }] } } } };
    expect(matchRequest(e, { method: 'GET', path: '/', query: { n: ['42'] } }, { spec: '3' })).toEqual([]);
    expect(matchRequest(e, { method: 'GET', path: '/', query: { n: ['4.2'] } }, { spec: '3' })[0]?.mismatch).toBe("Expected '4.2' to match an integer number");
  });
});
