import { describe, expect, test } from 'vitest';
import { parseQueryString } from '../../src/model/query-string.js';
import { findHeader, splitHeaderValue } from '../../src/model/headers.js';

describe('parseQueryString', () => {
  test.each([
    ['', {}],
    ['a=1', { a: ['1'] }],
    ['a=1&b=2&a=3', { a: ['1', '3'], b: ['2'] }],
    ['a=1&&b=2&', { a: ['1'], b: ['2'] }],
    ['flag', { flag: [null] }],
    ['flag=', { flag: [''] }],
    ['a=b=c', { a: ['b=c'] }],
    ['q=a+b%20c', { q: ['a b c'] }],
    ['q=%2B1', { q: ['+1'] }],
    ['na%6De=%E2%82%AC', { name: ['€'] }],
    ['q=100%&r=%zz%41', { q: ['100%'], r: ['%zzA'] }],
    ['q=%E2%82', { q: ['\uFFFD'] }],
    ['__proto__=x', JSON.parse('{"__proto__":["x"]}')],
  ])('%j', (raw, expected) => {
    const query = parseQueryString(raw);
    expect(query).toEqual(expected);
    expect(Object.getPrototypeOf(query)).toBe(Object.prototype);
  });
});

describe('splitHeaderValue', () => {
  test('known list headers split on commas and trim', () => {
    expect(splitHeaderValue('Accept', 'application/json, text/plain ,*/*')).toEqual(['application/json', 'text/plain', '*/*']);
    expect(splitHeaderValue('cache-control', 'no-cache,no-store')).toEqual(['no-cache', 'no-store']);
    expect(splitHeaderValue('VARY', 'Accept')).toEqual(['Accept']);
  });

  test('other headers stay whole (dates, user agents, JSON-ish values), trimmed', () => {
    expect(splitHeaderValue('Date', 'Tue, 15 Nov 1994 08:12:31 GMT')).toEqual(['Tue, 15 Nov 1994 08:12:31 GMT']);
    expect(splitHeaderValue('X-Custom', ' {"a":1,"b":2} ')).toEqual(['{"a":1,"b":2}']);
    expect(splitHeaderValue('Content-Type', 'application/json; charset=utf-8')).toEqual(['application/json; charset=utf-8']);
  });

  test('findHeader is case-insensitive', () => {
    const headers = { 'Content-Type': ['a/b'] };
    expect(findHeader(headers, 'content-type')).toEqual(['a/b']);
    expect(findHeader(headers, 'accept')).toBeUndefined();
    expect(findHeader(undefined, 'accept')).toBeUndefined();
  });
});
