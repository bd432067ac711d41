import { describe, expect, test } from 'vitest';
import {
  baseMediaType,
  bodyContentType,
  isBinaryType,
  isJsonType,
  isTextType,
  isXmlType,
  parseMediaType,
  sniffContentType,
} from '../../src/model/content-type.js';

describe('parseMediaType', () => {
  test('type, subtype, suffix and parameters', () => {
    expect(parseMediaType('Application/VND.Siren+JSON; charset="UTF-8"; q=1')).toEqual({
      type: 'application',
      subtype: 'vnd.siren+json',
      suffix: 'json',
      parameters: { charset: 'UTF-8', q: '1' },
    });
    expect(parseMediaType('text/plain')).toEqual({ type: 'text', subtype: 'plain', parameters: {} });
  });

  test.each(['', 'json', '/json', 'application/', 'application/json, text/plain', 'a b/c'])('%j is not a media type', (s) => {
    expect(parseMediaType(s)).toBeUndefined();
  });
});

describe('content-type predicates', () => {
  test.each([
    ['application/json', { json: true, xml: false, text: true, binary: false }],
    ['application/json-patch+json', { json: true, xml: false, text: true, binary: false }],
    ['application/hal+json;charset=utf-8', { json: true, xml: false, text: true, binary: false }],
    ['application/graphql', { json: true, xml: false, text: true, binary: false }],
    ['text/json', { json: false, xml: false, text: true, binary: false }],
    ['application/xml', { json: false, xml: true, text: true, binary: false }],
    ['text/xml', { json: false, xml: true, text: true, binary: false }],
    ['application/atom+xml', { json: false, xml: true, text: true, binary: false }],
    ['text/html', { json: false, xml: false, text: true, binary: false }],
    ['application/x-www-form-urlencoded', { json: false, xml: false, text: true, binary: false }],
    ['application/octet-stream', { json: false, xml: false, text: false, binary: true }],
    ['application/pdf', { json: false, xml: false, text: false, binary: true }],
    ['image/png', { json: false, xml: false, text: false, binary: true }],
    ['font/woff2', { json: false, xml: false, text: false, binary: true }],
    ['multipart/form-data; boundary=x', { json: false, xml: false, text: false, binary: true }],
  ])('%s', (ct, expected) => {
    expect({ json: isJsonType(ct), xml: isXmlType(ct), text: isTextType(ct), binary: isBinaryType(ct) }).toEqual(expected);
  });

  test('unknown or unparseable types are none of them', () => {
    expect([isJsonType(undefined), isXmlType('nonsense'), isTextType(''), isBinaryType(undefined)]).toEqual([false, false, false, false]);
  });

  test('baseMediaType drops parameters and lets the suffix replace the subtype', () => {
    expect(baseMediaType('application/vnd.siren+json; charset=utf-8')).toBe('application/json');
    expect(baseMediaType('Text/HTML;charset=utf-8')).toBe('text/html');
    expect(baseMediaType('application/xml')).toBe('application/xml');
  });
});

describe('sniffContentType', () => {
  test.each([
    ['<?xml version="1.0"?><a/>', 'application/xml'],
    ['  <?xml  version="1.0"?>', 'application/xml'],
    ['<!doctype html><html></html>', 'text/html'],
    ['<HTML><body></body></HTML>', 'text/html'],
    ['<html><body></body></html>', 'text/html'],
    ['<élément/>', 'application/xml'],
    ['<people id="1"/>', 'application/xml'],
    ['{"a": 1}', 'application/json'],
    ['{}', 'application/json'],
    ['{ }', 'application/json'],
    ['[1, 2]', 'application/json'],
    ['"a string"', 'application/json'],
    ['true', 'application/json'],
    ['null', 'application/json'],
    ['42', 'application/json'],
    ['  \n {"a":1}', 'application/json'],
    ['{a: 1}', 'text/plain'],
    ['hello world', 'text/plain'],
    ['-1', 'text/plain'],
    ['', 'text/plain'],
  ])('%j → %s', (text, expected) => {
    expect(sniffContentType(text)).toBe(expected);
    expect(sniffContentType(Buffer.from(text, 'utf8'))).toBe(expected);
  });

  test('bytes: only the first 32 are looked at, a split character is fine, non-UTF-8 is octet-stream', () => {
    expect(sniffContentType(Buffer.from(`{"${'é'.repeat(40)}": 1}`, 'utf8'))).toBe('application/json');
    expect(sniffContentType(Buffer.from(`${' '.repeat(40)}{"a":1}`, 'utf8'))).toBe('text/plain');
    expect(sniffContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('application/octet-stream');
  });
});

describe('bodyContentType', () => {
  const present = (text: string, contentType?: string) =>
    contentType === undefined
      ? ({ kind: 'present', content: Buffer.from(text) } as const)
      : ({ kind: 'present', content: Buffer.from(text), contentType } as const);

  test("the body's own type wins over the header", () => {
    expect(bodyContentType(present('<a/>', 'application/xml'), { 'Content-Type': ['application/json'] })).toBe('application/xml');
  });

  test('then the Content-Type header (any case, values joined), if it parses', () => {
    expect(bodyContentType(present('{}'), { 'content-type': ['text/plain;charset=utf-8'] })).toBe('text/plain;charset=utf-8');
    expect(bodyContentType(present('{}'), { 'CONTENT-TYPE': ['not a type'] })).toBe('application/json');
  });

  test('then sniffing; unknown for binary bytes and for no body without a header', () => {
    expect(bodyContentType(present('<?xml version="1.0"?><a/>'))).toBe('application/xml');
    expect(bodyContentType({ kind: 'present', content: Buffer.from([0xff, 0xfe]) })).toBeUndefined();
    expect(bodyContentType({ kind: 'missing' })).toBeUndefined();
    expect(bodyContentType({ kind: 'empty' }, { 'Content-Type': ['application/json'] })).toBe('application/json');
  });
});
