import { describe, expect, test } from 'vitest';
import { PactParseError } from '../../src/errors.js';
import { normalizeRequest, normalizeResponse } from '../../src/model/normalize-http.js';
import { bodyFromBytes, bodyText } from '../../src/model/body.js';
import { parseJsonText } from '../../src/model/json-value.js';
import { describeBody } from './helpers.js';

const v3Body = (body: unknown, headers?: Record<string, string>) =>
  describeBody(normalizeResponse(body === undefined ? { headers } : { headers, body }, '3').body);
const v4Body = (body: unknown, headers?: Record<string, string[] | string>) =>
  describeBody(normalizeResponse(body === undefined ? { headers } : { headers, body }, '4').body);

describe('request and response defaults', () => {
  test('method GET (upper-cased otherwise), path /, status 200', () => {
    expect(normalizeRequest({}, '1')).toEqual({ method: 'GET', path: '/', body: { kind: 'missing' } });
    expect(normalizeRequest({ method: 'post', path: '' }, '2')).toMatchObject({ method: 'POST', path: '' });
    expect(normalizeResponse({}, '1')).toEqual({ status: 200, body: { kind: 'missing' } });
  });

  test('query: strings in every version (kept raw), objects from V3 on, "" is absent', () => {
    expect(normalizeRequest({ query: 'a=1&a=2' }, '1')).toMatchObject({ rawQuery: 'a=1&a=2', query: { a: ['1', '2'] } });
    expect(normalizeRequest({ query: 'a=1' }, '3').query).toEqual({ a: ['1'] });
    expect(normalizeRequest({ query: '' }, '3')).not.toHaveProperty('query');
    expect(normalizeRequest({ query: { a: '1' } }, '2')).not.toHaveProperty('query');
    expect(normalizeRequest({ query: { a: 'x y', b: ['1', null, 2], c: 5, d: null, e: [] } }, '3').query).toEqual({
      a: ['x y'],
      b: ['1', null, '2'],
      c: ['5'],
      d: [null],
      e: [],
    });
    expect(() => normalizeRequest({ query: { c: {} } }, '3')).toThrow(
      'request.query.c: expected a string or an array or null or a number or a boolean, got an object',
    );
    expect(normalizeRequest({ query: {} }, '4').query).toEqual({});
  });

  test('headers: list headers split, V4 arrays as given, numbers as text', () => {
    expect(normalizeRequest({ headers: { Accept: 'a/b, c/d', Date: 'Mon, 1 Jan', 'X-N': 5 } }, '3').headers).toEqual({
      Accept: ['a/b', 'c/d'],
      Date: ['Mon, 1 Jan'],
      'X-N': ['5'],
    });
    expect(normalizeRequest({ headers: { Accept: ['a/b, c/d'] } }, '4').headers).toEqual({ Accept: ['a/b, c/d'] });
  });

  test('errors carry the caller-given path', () => {
    expect(() => normalizeRequest({ method: 42 }, '3', 'expected')).toThrow(new PactParseError('expected.method', 'expected a string, got 42'));
    expect(() => normalizeResponse({ status: 'x' }, '3')).toThrow('response.status: expected an integer, got "x"');
    expect(() => normalizeRequest('GET /', '3')).toThrow('request: expected an object, got "GET /"');
  });

  test('legacy requestMatchingRules/responseMatchingRules keys are read', () => {
    expect(normalizeRequest({ requestMatchingRules: { '$.path': { regex: '/a' } } }, '2').matchingRules).toEqual({
      path: { combine: 'AND', matchers: [{ match: 'regex', regex: '/a' }] },
    });
    expect(normalizeResponse({ responseMatchingRules: { '$.body': { match: 'type' } } }, '2').matchingRules).toEqual({
      body: { $: { combine: 'AND', matchers: [{ match: 'type' }] } },
    });
  });

  test('number literals survive from lossless-parsed JSON', () => {
    const json = parseJsonText('{"status": 201, "body": {"a": 1.0, "b": 1e3, "c": 12345678901234567890}}').value;
    const response = normalizeResponse(json, '3');
    expect(response.status).toBe(201);
    expect(describeBody(response.body).text).toBe('{"a":1.0,"b":1e3,"c":12345678901234567890}');
  });
});

describe('V1–V3 bodies', () => {
  test('absent, null, empty', () => {
    expect(v3Body(undefined)).toEqual({ kind: 'missing' });
    expect(v3Body(null)).toEqual({ kind: 'null' });
    expect(v3Body('')).toEqual({ kind: 'empty' });
    expect(v3Body('', { 'Content-Type': 'application/json' })).toEqual({ kind: 'empty' });
  });

  test('JSON values become their JSON text, no content type recorded', () => {
    expect(v3Body({ a: [1, true, null] })).toEqual({ kind: 'present', text: '{"a":[1,true,null]}' });
    expect(v3Body([1])).toEqual({ kind: 'present', text: '[1]' });
    expect(v3Body(0)).toEqual({ kind: 'present', text: '0' });
    expect(v3Body(false)).toEqual({ kind: 'present', text: 'false' });
  });

  test('strings under a JSON type: JSON text as written, anything else a JSON string', () => {
    const json = { 'Content-Type': 'application/json' };
    expect(v3Body('{"a": 1}', json)).toEqual({ kind: 'present', text: '{"a": 1}', contentType: 'application/json' });
    expect(v3Body('"quoted"', json)).toEqual({ kind: 'present', text: '"quoted"', contentType: 'application/json' });
    expect(v3Body('<?xml version="1.0"?><a/>', json)).toEqual({
      kind: 'present',
      text: '"<?xml version="1.0"?><a/>"',
      contentType: 'application/json',
    });
  });

  test('strings under text types as UTF-8 with the type recorded; sniffed without a header', () => {
    expect(v3Body('héllo', { 'Content-Type': 'text/plain' })).toEqual({ kind: 'present', text: 'héllo', contentType: 'text/plain' });
    expect(v3Body('a=1&b=2', { 'content-type': 'application/x-www-form-urlencoded' })).toMatchObject({ text: 'a=1&b=2' });
    expect(v3Body('<?xml version="1.0"?><a/>')).toEqual({ kind: 'present', text: '<?xml version="1.0"?><a/>', contentType: 'application/xml' });
    expect(v3Body('plain words')).toEqual({ kind: 'present', text: 'plain words', contentType: 'text/plain' });
  });

  test('strings under binary types: base64-decoded when they decode, else raw', () => {
    const decoded = normalizeResponse({ headers: { 'Content-Type': 'application/octet-stream' }, body: 'AAEC/w==' }, '3').body;
    expect(decoded.kind === 'present' && [...decoded.content]).toEqual([0, 1, 2, 255]);
    expect(decoded).not.toHaveProperty('contentType');
    expect(v3Body('not base64!', { 'Content-Type': 'image/png' })).toEqual({ kind: 'present', text: 'not base64!' });
  });
});

describe('V4 bodies', () => {
  test('absent, null, content null, attribute-only object → missing', () => {
    expect(v4Body(undefined)).toEqual({ kind: 'missing' });
    expect(v4Body(null)).toEqual({ kind: 'null' });
    expect(v4Body({ content: null, contentType: 'application/json' })).toEqual({ kind: 'null' });
    expect(v4Body({ contentType: 'application/json', encoded: false })).toEqual({ kind: 'missing' });
  });

  test('empty content is empty, with or without a content type', () => {
    expect(v4Body({ content: '' })).toEqual({ kind: 'empty' });
    expect(v4Body({ content: '', contentType: 'application/json', encoded: false })).toEqual({ kind: 'empty' });
    expect(v4Body({ content: '', contentType: 'text/plain' })).toEqual({ kind: 'empty' });
  });

  test('JSON content is the JSON value itself', () => {
    expect(v4Body({ content: { b: 1, a: [2] }, contentType: 'application/json', encoded: false })).toEqual({
      kind: 'present',
      text: '{"b":1,"a":[2]}',
      contentType: 'application/json',
    });
    expect(v4Body({ content: 'text', contentType: 'application/json' })).toMatchObject({ text: '"text"' });
    expect(v4Body({ content: [1, 2] }, { 'Content-Type': ['application/json'] })).toEqual({
      kind: 'present',
      text: '[1,2]',
      contentType: 'application/json',
    });
  });

  test('base64 and json encodings', () => {
    const binary = normalizeResponse({ body: { content: 'AAECAw==', contentType: 'image/png', encoded: 'base64' } }, '4').body;
    expect(binary.kind === 'present' && [...binary.content]).toEqual([0, 1, 2, 3]);
    expect(binary).toMatchObject({ contentType: 'image/png' });
    expect(v4Body({ content: '{"a":1.0}', contentType: 'application/json', encoded: 'json' })).toMatchObject({ text: '{"a":1.0}' });
  });

  test("the body's own type beats the header; the header is used otherwise; hints kept", () => {
    expect(v4Body({ content: '<a/>', contentType: 'application/xml' }, { 'Content-Type': ['application/json'] })).toEqual({
      kind: 'present',
      text: '<a/>',
      contentType: 'application/xml',
    });
    expect(v4Body({ content: 'x', contentTypeHint: 'BINARY' }, { 'content-type': 'text/plain' })).toEqual({
      kind: 'present',
      text: 'x',
      contentType: 'text/plain',
      hint: 'BINARY',
    });
  });

  test('objects without content are JSON bodies; plain strings load as in V3', () => {
    expect(v4Body({ name: 'x' })).toEqual({ kind: 'present', text: '{"name":"x"}' });
    expect(v4Body('hello', { 'Content-Type': 'text/plain' })).toEqual({ kind: 'present', text: 'hello', contentType: 'text/plain' });
  });
});

describe('bodyFromBytes / bodyText', () => {
  test('zero bytes are empty, others present with the given type', () => {
    expect(bodyFromBytes(Buffer.alloc(0), 'application/json')).toEqual({ kind: 'empty' });
    expect(bodyFromBytes(Buffer.from('{}'), 'application/json')).toEqual({
      kind: 'present',
      content: Buffer.from('{}'),
      contentType: 'application/json',
    });
    expect(bodyFromBytes(Buffer.from('x'))).toEqual({ kind: 'present', content: Buffer.from('x') });
  });

  test('bodyText: "" for empty, UTF-8 for present, undefined for none or invalid UTF-8', () => {
    expect(bodyText({ kind: 'empty' })).toBe('');
    expect(bodyText({ kind: 'present', content: Buffer.from('é') })).toBe('é');
    expect(bodyText({ kind: 'missing' })).toBeUndefined();
    expect(bodyText({ kind: 'null' })).toBeUndefined();
    expect(bodyText({ kind: 'present', content: Buffer.from([0xff]) })).toBeUndefined();
  });
});

describe('normalizeMessage', () => {
  test('V3: contents read like a V3 body, content type from metaData', async () => {
    const { normalizeMessage } = await import('../../src/model/message.js');
    const message = normalizeMessage(
      { metaData: { 'Content-Type': 'text/plain' }, contents: 'hi', matchingRules: { body: { '$.a': { matchers: [{ match: 'type' }] } } } },
      '3',
    );
    expect(describeBody(message.contents)).toEqual({ kind: 'present', text: 'hi', contentType: 'text/plain' });
    expect(message.metadata).toEqual({ 'Content-Type': 'text/plain' });
    expect(message.matchingRules).toEqual({ body: { '$.a': { combine: 'AND', matchers: [{ match: 'type' }] } } });
  });

  test('V4: contents object, content rules, missing contents, bad metadata', async () => {
    const { normalizeMessage } = await import('../../src/model/message.js');
    const message = normalizeMessage(
      { contents: { content: { a: 1 }, contentType: 'application/json' }, matchingRules: { content: { '$.a': { matchers: [{ match: 'integer' }] } } } },
      '4',
    );
    expect(describeBody(message.contents)).toEqual({ kind: 'present', text: '{"a":1}', contentType: 'application/json' });
    expect(message.matchingRules?.body?.['$.a']?.matchers).toEqual([{ match: 'integer' }]);
    expect(normalizeMessage({}, '4')).toEqual({ contents: { kind: 'missing' }, metadata: {} });
    expect(() => normalizeMessage({ metadata: 'x' }, '4', 'expected')).toThrow('expected.metadata: expected an object, got "x"');
  });
});
