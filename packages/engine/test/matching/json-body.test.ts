import { describe, expect, test } from 'vitest';
import { matchRequest, matchResponse } from '../../src/matching/index.js';

const json = { 'Content-Type': 'application/json' };
const post = (body: unknown, matchingRules?: object) => ({ method: 'POST', path: '/', headers: json, body, ...(matchingRules ? { matchingRules } : {}) });
const resp = (body: unknown, matchingRules?: object) => ({ status: 200, headers: json, body, ...(matchingRules ? { matchingRules } : {}) });

describe('JSON bodies', () => {
  test('leaf equality: message, JSON-text expected/actual, path rendering', () => {
    expect(matchRequest(post({ name: 'Bob', age: 30 }), post({ name: 'Fred', age: 30 }), { spec: '3' })).toEqual([
      { type: 'BodyMismatch', path: '$.name', expected: '"Bob"', actual: '"Fred"', mismatch: "Expected 'Fred' (String) to be equal to 'Bob' (String)" },
    ]);
    const m = matchResponse(resp({ a: { 'key with space': [1, 2] } }), resp({ a: { 'key with space': [1, 3] } }), { spec: '3' });
    expect(m).toEqual([{ type: 'BodyMismatch', path: "$.a['key with space'][1]", expected: '2', actual: '3', mismatch: 'Expected 3 (Integer) to be equal to 2 (Integer)' }]);
  });

  test('1 and 1.0 differ; "4" and 4 differ', () => {
    expect(matchResponse(resp({ n: 1 }), resp({ n: 1.0 }), { spec: '3' })).toEqual([]); // both parse from JS numbers: same literal
    expect(matchRequest({ method: 'POST', headers: json, body: '{"n": 1}' }, { method: 'POST', headers: json, body: '{"n": 1.0}' }, { spec: '3' })[0]?.mismatch).toBe(
      'Expected 1.0 (Decimal) to be equal to 1 (Integer)',
    );
    expect(matchResponse(resp({ n: '4' }), resp({ n: 4 }), { spec: '3' })[0]?.mismatch).toBe("Expected 4 (Integer) to be equal to '4' (String)");
  });

  test('requests reject unexpected keys, responses report only missing keys', () => {
    expect(matchRequest(post({ a: 1 }), post({ a: 1, b: 2 }), { spec: '3' })).toEqual([
      { type: 'BodyMismatch', path: '$', expected: '["a"]', actual: '["a","b"]', mismatch: 'Expected a Map with keys [a] but received one with keys [a, b]' },
    ]);
    expect(matchResponse(resp({ a: 1 }), resp({ a: 1, b: 2 }), { spec: '3' })).toEqual([]);
    expect(matchResponse(resp({ a: 1, b: 2, c: 3 }), resp({ a: 1 }), { spec: '3' })[0]?.mismatch).toBe('Actual map is missing the following keys: b, c');
  });

  test('arrays are length-strict without a rule, in responses too', () => {
    const m = matchResponse(resp([1, 2]), resp([1, 2, 3]), { spec: '3' });
    expect(m.map((x) => x.mismatch)).toEqual(['Expected a List with 2 elements but received 3 elements']);
    expect(matchResponse(resp([1, 2]), resp([1]), { spec: '3' }).map((x) => x.mismatch)).toEqual(['Expected 2 but was missing', 'Expected a List with 2 elements but received 1 elements']);
    expect(matchResponse(resp({ a: [] }), resp({ a: [1] }), { spec: '3' })[0]?.mismatch).toBe('Expected an empty List but received [1]');
  });

  test('container kind mismatch', () => {
    expect(matchResponse(resp({ a: { b: 1 } }), resp({ a: [1] }), { spec: '3' })[0]?.mismatch).toBe('Type mismatch: Expected [1] (Array) to be the same type as {"b":1} (Object)');
  });

  test('type + min on a list compares every element with the first expected one', () => {
    const rules = { body: { '$.items': { matchers: [{ match: 'type', min: 1 }] } } };
    expect(matchResponse(resp({ items: [{ id: 1 }] }, rules), resp({ items: [{ id: 2 }, { id: 3 }] }), { spec: '3' })).toEqual([]);
    expect(matchResponse(resp({ items: [{ id: 1 }] }, rules), resp({ items: [{ id: 2 }, { id: 'x' }] }), { spec: '3' })).toEqual([
      { type: 'BodyMismatch', path: '$.items[1].id', expected: '1', actual: '"x"', mismatch: "Expected 'x' (String) to be the same type as 1 (Integer)" },
    ]);
    expect(matchResponse(resp({ items: [{ id: 1 }] }, rules), resp({ items: [] }), { spec: '3' })[0]?.mismatch).toBe('Expected [] (size 0) to have minimum size of 1');
    const max = { body: { $: { matchers: [{ match: 'type', max: 4 }] } } };
    expect(matchResponse(resp([1], max), resp([1, 2, 3, 4, 5]), { spec: '3' })[0]?.mismatch).toBe('Expected [1, 2, 3, 4, 5] (size 5) to have maximum size of 4');
  });

  test('an inherited type rule passes a shorter list; a deeper equality rule resets it', () => {
    const rules = { body: { '$.one': { matchers: [{ match: 'type' }] }, '$.one.a.status': { matchers: [{ match: 'equality' }] } } };
    const m = matchResponse(resp({ one: { a: { status: 'OK', x: 1 }, list: [1, 2] } }, rules), resp({ one: { a: { status: 'Lovely', x: 9 }, list: [] } }), { spec: '3' });
    expect(m).toEqual([{ type: 'BodyMismatch', path: '$.one.a.status', expected: '"OK"', actual: '"Lovely"', mismatch: "Expected 'Lovely' (String) to be equal to 'OK' (String)" }]);
  });

  test('values rule ignores keys and compares every value with the first', () => {
    const rules = { body: { $: { matchers: [{ match: 'values' }] }, '$.*': { matchers: [{ match: 'type' }] } } };
    expect(matchRequest(post({ one: 'a' }, rules), post({ one: '', three: 'b', four: 'c' }), { spec: '3' })).toEqual([]);
  });

  test('unparseable bodies', () => {
    const m = matchRequest(post({ a: 1 }), { method: 'POST', path: '/', headers: json, body: '{"a": ' }, { spec: '3' });
    expect(m[0]?.type).toBe('BodyMismatch');
  });

  test('OR combines rules: passes when any passes, else reports all', () => {
    const rules = { body: { '$.v': { combine: 'OR', matchers: [{ match: 'integer' }, { match: 'null' }] } } };
    expect(matchResponse(resp({ v: 1 }, rules), resp({ v: null }), { spec: '3' })).toEqual([]);
    expect(matchResponse(resp({ v: 1 }, rules), resp({ v: 'x' }), { spec: '3' }).map((x) => x.mismatch)).toEqual([
      "Expected 'x' (String) to be an integer",
      "Expected 'x' (String) to be a null value",
    ]);
  });
});

describe('body presence', () => {
  test('absent expected body accepts anything; null/empty require an empty body', () => {
    expect(matchRequest({ method: 'POST' }, post({ a: 1 }), { spec: '3' })).toEqual([]);
    expect(matchRequest({ method: 'POST', body: null }, { method: 'POST' }, { spec: '3' })).toEqual([]);
    expect(matchRequest({ method: 'POST', headers: json, body: null }, post({ a: 1 }), { spec: '3' })).toEqual([
      { type: 'BodyMismatch', path: '/', expected: null, actual: '{"a":1}', mismatch: 'Expected empty body but received Present(7 bytes, application/json)' },
    ]);
  });

  test('expected body but missing or empty actual', () => {
    expect(matchRequest(post({ a: 1 }), { method: 'POST', headers: json }, { spec: '3' })[0]?.mismatch).toBe('Expected body Present(7 bytes, application/json) but was missing');
    expect(matchRequest(post({ a: 1 }), { method: 'POST', headers: json, body: '' }, { spec: '3' })[0]?.mismatch).toBe('Expected body Present(7 bytes, application/json) but was empty');
  });

  test('content types that differ give a BodyTypeMismatch', () => {
    const m = matchResponse(resp({ a: 1 }), { status: 200, headers: { 'Content-Type': 'text/plain' }, body: 'a=1' }, { spec: '3' });
    expect(m.filter((x) => x.type !== 'HeaderMismatch')).toEqual([
      {
        type: 'BodyTypeMismatch',
        expected: 'application/json',
        actual: 'text/plain',
        mismatch: "Expected a body of 'application/json' but the actual content type was 'text/plain'",
        expectedBody: '{"a":1}',
        actualBody: 'a=1',
      },
    ]);
  });

  test('a +json suffix is equivalent to application/json', () => {
    // The expected side has no header: its type is sniffed from the body.
    expect(matchResponse({ status: 200, body: { a: 1 } }, { status: 200, headers: { 'Content-Type': 'application/vnd.siren+json' }, body: { a: 1 } }, { spec: '3' })).toEqual([]);
  });
});
