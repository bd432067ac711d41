import { describe, expect, it } from 'vitest';
import { normalizeRequest } from '../../src/model/normalize-http.js';
import { compareHttpRequest, withBodyProblem } from '../../src/matching/request-match.js';
import { prepareRequest } from '../../src/matching/prepared-request.js';
import { byMismatchOrder, orderMismatches } from '../../src/matching/mismatch-order.js';
import type { Mismatch } from '../../src/matching/types.js';

const request = (json: object) => normalizeRequest(json, '3', 'request');

describe('a request comparison', () => {
  const expected = request({
    method: 'POST',
    path: '/orders',
    query: { page: ['1'], size: ['10'] },
    headers: { 'Content-Type': 'application/json', 'X-Trace': 'abc' },
    body: { id: 1, items: [1, 2] },
  });

  it('is ok, on the same route, and scores +1 per element checked when everything matches', () => {
    const match = compareHttpRequest(expected, expected, { spec: '3' });
    expect(match.ok).toBe(true);
    expect(match.sameRoute).toBe(true);
    expect(match.mismatches()).toEqual([]);
    // method + path + 2 query parameters + 2 headers
    expect(match.score()).toBe(6);
  });

  it('keeps problems per part, with the actual request it compared', () => {
    const actual = request({ method: 'POST', path: '/orders', query: { page: ['2'], extra: ['x'] }, headers: { 'content-type': 'text/plain' }, body: { id: 2, items: [1, 2] } });
    const match = compareHttpRequest(expected, actual, { spec: '3' });
    expect(match.ok).toBe(false);
    expect(match.sameRoute).toBe(true);
    expect([...match.query.keys()].sort()).toEqual(['extra', 'page', 'size']);
    expect([...match.headers.keys()].sort()).toEqual(['content-type', 'x-trace']);
    expect(match.body.map((m) => m.type)).toEqual(['BodyTypeMismatch']);
    expect(match.actual).toBe(actual);
    // method +1, path +1, query: page −1, size −1, extra −1, headers: content-type −1, x-trace −1, body −n
    expect(match.score()).toBe(2 - 3 - 2 - match.body.length);
  });

  it('lists its problems in the one order: method, path, query and headers by name, body by path', () => {
    const actual = request({ method: 'PUT', path: '/other', query: { size: ['9'], page: ['2'] }, headers: { 'X-Trace': 'no', 'Content-Type': 'application/json' }, body: { items: [1, 3], id: 2 } });
    const types = compareHttpRequest(expected, actual, { spec: '3' }).mismatches().map((m) => [m.type, 'parameter' in m ? m.parameter : 'key' in m ? m.key : 'path' in m && m.type === 'BodyMismatch' ? m.path : '']);
    expect(types).toEqual([
      ['MethodMismatch', ''],
      ['PathMismatch', ''],
      ['QueryMismatch', 'page'],
      ['QueryMismatch', 'size'],
      ['HeaderMismatch', 'X-Trace'],
      ['BodyMismatch', '$.id'],
      ['BodyMismatch', '$.items[1]'],
    ]);
  });

  it('records an unusable body as a body problem next to what else was compared', () => {
    const actual = request({ method: 'POST', path: '/orders', query: { page: ['1'], size: ['10'] }, headers: { 'X-Trace': 'other' } });
    const compared = compareHttpRequest(expected, actual, { spec: '3' });
    const match = withBodyProblem(expected, actual, 'The request body was truncated', compared);
    expect(match.mismatches().map((m) => m.type)).toEqual(['HeaderMismatch', 'HeaderMismatch', 'BodyMismatch']);
    expect(match.body).toEqual([{ type: 'BodyMismatch', path: '/', expected: null, actual: null, mismatch: 'The request body was truncated' }]);
  });
});

describe('a prepared expected request', () => {
  it('parses its body and plans its objects once, in its own memo, whatever is compared with it', () => {
    const expected = request({ method: 'POST', path: '/', headers: { 'Content-Type': 'application/json' }, body: { user: { name: 'Bob' } } });
    const prepared = prepareRequest(expected);
    const actual = (name: string) => request({ method: 'POST', path: '/', headers: { 'Content-Type': 'application/json' }, body: { user: { name } } });
    expect(compareHttpRequest(prepared, actual('Bob'), { spec: '3' }).ok).toBe(true);
    const parsed = prepared.memo.json;
    expect(parsed).toBeDefined();
    expect(compareHttpRequest(prepared, actual('Ann'), { spec: '3' }).mismatches().map((m) => m.type)).toEqual(['BodyMismatch']);
    expect(prepared.memo.json).toBe(parsed);
    expect(prepared.memo.objectPlans.size).toBe(2);
    // Another preparation of the same model request has a memo of its own: nothing is kept on the model.
    expect(prepareRequest(expected).memo.json).toBeUndefined();
  });
});

describe('the one mismatch order', () => {
  it('is the same whatever order the problems came in, and keeps the order found at one place', () => {
    const list: Mismatch[] = [
      { type: 'BodyMismatch', path: '$.b', expected: '1', actual: '2', mismatch: 'b' },
      { type: 'HeaderMismatch', key: 'x-b', expected: 'x', actual: 'y', mismatch: 'hb' },
      { type: 'BodyMismatch', path: '$.a', expected: '1', actual: '2', mismatch: 'a2' },
      { type: 'StatusMismatch', expected: 200, actual: 500, mismatch: 's' },
      { type: 'BodyMismatch', path: '$.a', expected: '1', actual: '2', mismatch: 'a1' },
      { type: 'QueryMismatch', parameter: 'z', expected: 'x', actual: 'y', mismatch: 'q' },
      { type: 'HeaderMismatch', key: 'X-A', expected: 'x', actual: 'y', mismatch: 'ha' },
      { type: 'MethodMismatch', expected: 'GET', actual: 'PUT', mismatch: '' },
    ];
    expect(orderMismatches(list).map((m) => m.mismatch)).toEqual(['', 's', 'q', 'ha', 'hb', 'a2', 'a1', 'b']);
    expect(byMismatchOrder(list[0] as Mismatch, list[0] as Mismatch)).toBe(0);
  });
});
