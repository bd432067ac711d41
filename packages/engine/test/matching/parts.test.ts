import { describe, expect, test } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { matchRequest, matchResponse } from '../../src/matching/index.js';

const req = (r: object) => ({ method: 'GET', path: '/', ...r });

describe('method and path', () => {
  test('method is case-insensitive; a different method is a MethodMismatch', () => {
    expect(matchRequest(req({ method: 'post' }), req({ method: 'POST' }), { spec: '3' })).toEqual([]);
    expect(matchRequest(req({ method: 'POST' }), req({ method: 'GET' }), { spec: '3' })).toEqual([{ type: 'MethodMismatch', expected: 'POST', actual: 'GET', mismatch: '' }]);
  });

  test('path equality is exact (trailing slash matters)', () => {
    expect(matchRequest(req({ path: '/a' }), req({ path: '/a/' }), { spec: '3' })).toEqual([
      { type: 'PathMismatch', expected: '/a', actual: '/a/', mismatch: "Expected '/a/' to be equal to '/a'" },
    ]);
  });

  test('a path rule replaces equality', () => {
    const expected = req({ path: '/orders/1', matchingRules: { path: { matchers: [{ match: 'regex', regex: '/orders/\\d+' }] } } });
    expect(matchRequest(expected, req({ path: '/orders/77' }), { spec: '3' })).toEqual([]);
    expect(matchRequest(expected, req({ path: '/orders/x' }), { spec: '3' })[0]?.mismatch).toBe("Expected '/orders/x' to match '/orders/\\d+'");
  });
});

describe('query', () => {
  test('spec 1.0 compares decoded strings (order and trailing & matter)', () => {
    expect(matchRequest(req({ query: 'a=1&b=2' }), req({ query: 'b=2&a=1' }), { spec: '1' })).toHaveLength(1);
    expect(matchRequest(req({ query: 'a=1' }), req({ query: 'a=1&' }), { spec: '1' })).toHaveLength(1);
    expect(matchRequest(req({ query: 'a==b' }), req({ query: 'a=%3Db' }), { spec: '1' })).toEqual([]);
  });

  test('spec 1.0 names the parameter that differs, in the official wording; only order or a trailing & are shown as strings', () => {
    const v1 = (e: string, a: string) => matchRequest(req({ query: e }), req({ query: a }), { spec: '1' }).map((m) => [(m as { parameter?: string }).parameter, m.mismatch]);
    expect(v1('a=1&b=2', 'a=1&c=3')).toEqual([
      ['b', "Expected query parameter 'b' but was missing"],
      ['c', "Unexpected query parameter 'c' received"],
    ]);
    expect(v1('a=1&b=2', 'a=1&b=3')).toEqual([['b', "Expected query parameter 'b' with value '2' but was '3'"]]);
    expect(v1('a=1', 'a=1&a=2')).toEqual([['a', "Expected query parameter 'a' with 1 value(s) but received 2 value(s)"]]);
    expect(v1('a=1&b=2', 'b=2&a=1')).toEqual([['', "Expected query string 'a=1&b=2' but received 'b=2&a=1'"]]);
    expect(v1('a=1', 'a=1&')).toEqual([['', "Expected query string 'a=1' but received 'a=1&'"]]);
  });

  test('spec 1.1+ compares maps: order of names is free, order of repeats is not', () => {
    expect(matchRequest(req({ query: 'a=1&b=2' }), req({ query: 'b=2&a=1' }), { spec: '1.1' })).toEqual([]);
    expect(matchRequest(req({ query: 'a=1&a=2' }), req({ query: 'a=2&a=1' }), { spec: '1.1' })).toEqual([
      { type: 'QueryMismatch', parameter: 'a', expected: '1', actual: '2', mismatch: "Expected query parameter 'a' with value '1' but was '2'" },
      { type: 'QueryMismatch', parameter: 'a', expected: '2', actual: '1', mismatch: "Expected query parameter 'a' with value '2' but was '1'" },
    ]);
  });

  test('missing, unexpected and count messages', () => {
    const m = matchRequest(req({ query: { a: ['1'], b: ['x', 'y'] } }), req({ query: { b: ['x'], c: ['3'] } }), { spec: '3' });
    expect(m.map((x) => x.mismatch)).toEqual([
      "Expected query parameter 'a' but was missing",
      "Expected query parameter 'b' with 2 value(s) but received 1 value(s)",
      "Expected query parameter 'b' value 'y' but was missing",
      "Unexpected query parameter 'c' received",
    ]);
    expect(m[0]).toMatchObject({ parameter: 'a', expected: '["1"]', actual: '' });
  });

  test('a query rule applies to every value', () => {
    const expected = req({ query: { id: ['1'] }, matchingRules: { query: { id: { matchers: [{ match: 'regex', regex: '\\d{1,4}' }] } } } });
    expect(matchRequest(expected, req({ query: { id: ['12', '345'] } }), { spec: '3' })).toEqual([]);
    expect(matchRequest(expected, req({ query: { id: ['9999X'] } }), { spec: '3' })[0]?.mismatch).toBe("Expected '9999X' to match '\\d{1,4}'");
  });
});

describe('headers', () => {
  test('names are case-insensitive, extra headers fine, missing header quoted', () => {
    expect(matchRequest(req({ headers: { 'X-Id': '1' } }), req({ headers: { 'x-id': '1', extra: 'y' } }), { spec: '3' })).toEqual([]);
    expect(matchRequest(req({ headers: { Authorization: 'Bearer abc' } }), req({}), { spec: '3' })).toEqual([
      { type: 'HeaderMismatch', key: 'Authorization', expected: '"Bearer abc"', actual: '', mismatch: "Expected a header 'Authorization' but was missing" },
    ]);
  });

  test('values are case-sensitive; whitespace after commas is ignored, order is not', () => {
    expect(matchRequest(req({ headers: { 'X-A': 'a,b' } }), req({ headers: { 'X-A': 'a, b' } }), { spec: '3' })).toEqual([]);
    expect(matchRequest(req({ headers: { 'X-A': 'a, b' } }), req({ headers: { 'X-A': 'b, a' } }), { spec: '3' })).toHaveLength(1);
    expect(matchRequest(req({ headers: { 'X-A': 'abc' } }), req({ headers: { 'X-A': 'ABC' } }), { spec: '3' })).toEqual([
      { type: 'HeaderMismatch', key: 'X-A', expected: 'abc', actual: 'ABC', mismatch: "Mismatch with header 'X-A': Expected 'ABC' to be equal to 'abc'" },
    ]);
  });

  test('Content-Type: media type exact, parameters unordered with case-insensitive values', () => {
    const e = req({ headers: { 'Content-Type': 'application/json; charset=UTF-8; a=b' } });
    expect(matchRequest(e, req({ headers: { 'content-type': 'application/json;a=b;charset=utf-8;extra=1' } }), { spec: '3' })).toEqual([]);
    expect(matchRequest(e, req({ headers: { 'content-type': 'application/json;charset=latin1;a=b' } }), { spec: '3' })[0]?.mismatch).toBe(
      "Mismatch with header 'Content-Type': Expected header 'Content-Type' to have value 'application/json; charset=UTF-8; a=b' but was 'application/json;charset=latin1;a=b'",
    );
  });

  test('list headers compare by index', () => {
    const m = matchRequest(req({ headers: { Accept: 'a/b, c/d' } }), req({ headers: { Accept: 'a/b' } }), { spec: '3' });
    expect(m.map((x) => x.mismatch)).toEqual(["Mismatch with header 'Accept': Expected value 'c/d' at index 1 but was missing (actual has 1 value(s))"]);
  });

  test('a header rule applies instead of equality', () => {
    const e = req({ headers: { 'X-Ver': '1.0.0' }, matchingRules: { header: { 'x-ver': { matchers: [{ match: 'regex', regex: '\\d+\\.\\d+\\.\\d+' }] } } } });
    expect(matchRequest(e, req({ headers: { 'X-Ver': '2.10.3' } }), { spec: '3' })).toEqual([]);
    expect(matchRequest(e, req({ headers: { 'X-Ver': 'v2' } }), { spec: '3' })[0]?.mismatch).toBe("Mismatch with header 'X-Ver': Expected 'v2' to match '\\d+\\.\\d+\\.\\d+'");
  });
});

describe('status', () => {
  test('equality message', () => {
    expect(matchResponse({ status: 200 }, { status: 404 }, { spec: '3' })).toEqual([{ type: 'StatusMismatch', expected: 200, actual: 404, mismatch: 'expected 200 but was 404' }]);
  });

  test('V4 statusCode rule', () => {
    const e = { status: 200, matchingRules: { status: { matchers: [{ match: 'statusCode', status: 'success' }] } } };
    expect(matchResponse(e, { status: 204 }, { spec: '4' })).toEqual([]);
    expect(matchResponse(e, { status: 500 }, { spec: '4' })[0]?.mismatch).toBe('Expected status code 500 to be a Successful response (200–299)');
    const codes = { status: 200, matchingRules: { status: { matchers: [{ match: 'statusCode', status: [200, 201] }] } } };
    expect(matchResponse(codes, { status: 202 }, { spec: '4' })[0]?.mismatch).toBe('Expected status code 202 to be a 200, 201');
  });
});

describe('bad arguments from JavaScript callers', () => {
  test('an unknown spec version is a ConfigurationError naming spec, not a silent match', () => {
    const same = req({});
    expect(() => matchRequest(same, same, { spec: '5' as never })).toThrow(ConfigurationError);
    expect(() => matchRequest(same, same, { spec: 3 as never })).toThrow(/^spec: expected one of "1", "1.1", "2", "3", "4", got 3$/);
    expect(() => matchResponse({ status: 200 }, { status: 200 }, { spec: 'v3' as never })).toThrow(/^spec: .* got "v3"$/);
  });
});
