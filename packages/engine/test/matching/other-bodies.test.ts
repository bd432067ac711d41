import { describe, expect, test } from 'vitest';
import { matchHttpRequest, matchRequest, matchResponse } from '../../src/matching/index.js';
import type { HttpRequest } from '../../src/model/types.js';

const xml = { 'Content-Type': 'application/xml' };

describe('XML bodies', () => {
  const xreq = (body: string, matchingRules?: object) => ({ method: 'POST', path: '/', headers: xml, body, ...(matchingRules ? { matchingRules } : {}) });
  const xresp = (body: string, matchingRules?: object) => ({ status: 200, headers: xml, body, ...(matchingRules ? { matchingRules } : {}) });

  test('attributes are unordered; text and attribute values compared', () => {
    expect(matchRequest(xreq('<a x="1" y="2">t</a>'), xreq('<a y="2" x="1">t</a>'), { spec: '3' })).toEqual([]);
    expect(matchRequest(xreq('<a x="1">t</a>'), xreq('<a x="2">u</a>'), { spec: '3' })).toEqual([
      { type: 'BodyMismatch', path: "$.a['#text']", expected: 't', actual: 'u', mismatch: "Expected 'u' to be equal to 't'" },
      { type: 'BodyMismatch', path: "$.a['@x']", expected: '1', actual: '2', mismatch: "Expected '2' to be equal to '1'" },
    ]);
  });

  test('element names: message with expected first; children missing/unexpected', () => {
    expect(matchRequest(xreq('<a/>'), xreq('<b/>'), { spec: '3' })[0]?.mismatch).toBe("Expected 'a' to be equal to 'b'");
    expect(matchRequest(xreq('<a><one/><two/></a>'), xreq('<a><one/><three/></a>'), { spec: '3' }).map((m) => m.mismatch)).toEqual([
      'Unexpected child <three/>',
      'Expected child <two/> but was missing',
    ]);
    // Responses ignore unexpected children.
    expect(matchResponse(xresp('<a><one/></a>'), xresp('<a><one/><three/></a>'), { spec: '3' })).toEqual([]);
  });

  test('siblings are grouped by name: order matters only among same-named ones', () => {
    expect(matchResponse(xresp('<a><red/><blue/></a>'), xresp('<a><blue/><red/></a>'), { spec: '3' })).toEqual([]);
    expect(matchRequest(xreq('<a><i>1</i><i>2</i></a>'), xreq('<a><i>2</i><i>1</i></a>'), { spec: '3' })).toHaveLength(2);
  });

  test('names compare by namespace URI + local name, not prefix', () => {
    expect(matchResponse(xresp('<a:x xmlns:a="urn:1"><a:y/></a:x>'), xresp('<b:x xmlns:b="urn:1"><b:y/></b:x>'), { spec: '3' })).toEqual([]);
    expect(matchResponse(xresp('<x><y/></x>'), xresp('<x xmlns="urn:2"><y/></x>'), { spec: '3' })).not.toEqual([]);
  });

  test('a regex on an element path tests the element text (D2); [*] in rule paths is ignored (D3)', () => {
    const rules = { body: { '$.a.id': { matchers: [{ match: 'regex', regex: '\\d+' }] }, "$.a[*].id['@kind']": { matchers: [{ match: 'regex', regex: '[a-z]+' }] } } };
    expect(matchRequest(xreq('<a><id kind="x">1</id></a>', rules), xreq('<a><id kind="abc">42</id></a>'), { spec: '3' })).toEqual([]);
    // A failing element rule stops the checks of that element (its attributes are not looked at).
    expect(matchRequest(xreq('<a><id kind="x">1</id></a>', rules), xreq('<a><id kind="A1">x</id></a>'), { spec: '3' }).map((m) => m.mismatch)).toEqual([
      "Expected 'x' to match '\\d+'",
    ]);
    expect(matchRequest(xreq('<a><id kind="x">1</id></a>', rules), xreq('<a><id kind="A1">7</id></a>'), { spec: '3' })).toEqual([
      { type: 'BodyMismatch', path: "$.a.id['@kind']", expected: 'x', actual: 'A1', mismatch: "Expected 'A1' to match '[a-z]+'" },
    ]);
  });

  test('type rule with min on a parent: every child compared with the first example', () => {
    const rules = { body: { '$.animals': { matchers: [{ match: 'type', min: 1 }] } } };
    const e = xresp('<animals><dog name="x"/></animals>', rules);
    expect(matchResponse(e, xresp('<animals><dog name="a"/><dog name="b"/></animals>'), { spec: '3' })).toEqual([]);
    expect(matchResponse(e, xresp('<animals><dog name="a"/><cat/></animals>'), { spec: '3' }).map((m) => m.mismatch)).toEqual(['Unexpected child <cat/>']);
    expect(matchResponse(e, xresp('<animals/>'), { spec: '3' }).map((m) => m.mismatch)).toContain("Expected 'animals' to have at least 1 children");
  });

  test('attribute count rules', () => {
    expect(matchRequest(xreq('<a/>'), xreq('<a x="1"/>'), { spec: '3' })[0]?.mismatch).toBe('Did not expect any attributes but received {"x": "1"}');
    expect(matchResponse(xresp('<a x="1" y="2"/>'), xresp('<a x="1"/>'), { spec: '3' }).map((m) => m.mismatch)).toEqual([
      'Expected at least 2 attribute(s) but received 1 attribute(s)',
      "Expected attribute 'y'='2' but was missing",
    ]);
  });

  test('parse failures are reported', () => {
    expect(matchRequest(xreq('<a/>'), xreq('<a><b></a>'), { spec: '3' })[0]?.mismatch).toMatch(/^Failed to parse the actual body: '/);
  });
});

describe('text bodies', () => {
  const t = (body: string, matchingRules?: object) => ({ status: 200, headers: { 'Content-Type': 'text/plain' }, body, ...(matchingRules ? { matchingRules } : {}) });

  test('equality message puts expected first', () => {
    expect(matchResponse(t('Hello World!'), t('Hello Mars!'), { spec: '3' })).toEqual([
      { type: 'BodyMismatch', path: '$', expected: 'Hello World!', actual: 'Hello Mars!', mismatch: "Expected body 'Hello World!' to match 'Hello Mars!' using equality but did not match" },
    ]);
  });

  test('a regex at $ must match the whole text', () => {
    const rules = { body: { $: { matchers: [{ match: 'regex', regex: 'alligator named .{4}' }] } } };
    expect(matchResponse(t('alligator named mary', rules), t('alligator named fred'), { spec: '3' })).toEqual([]);
    expect(matchResponse(t('alligator named mary', rules), t('alligator named brent'), { spec: '3' })).toHaveLength(1);
  });
});

describe('form bodies', () => {
  const form = (body: string, matchingRules?: object) => ({ method: 'POST', path: '/', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body, ...(matchingRules ? { matchingRules } : {}) });

  test('query algorithm with form wording and $.name paths', () => {
    expect(matchRequest(form('a=1&b=2'), form('b=2&a=1'), { spec: '3' })).toEqual([]);
    expect(matchRequest(form('a=1&c=3'), form('a=1&c=33&d=4'), { spec: '3' })).toEqual([
      { type: 'BodyMismatch', path: '$.c', expected: '3', actual: '33', mismatch: "Expected form post parameter 'c' with value '3' but was '33'" },
      { type: 'BodyMismatch', path: '$.d', expected: '', actual: '["4"]', mismatch: "Unexpected form post parameter 'd' received" },
    ]);
  });

  test('body rules keyed $.<name> apply', () => {
    const rules = { body: { '$.c': { matchers: [{ match: 'regex', regex: '\\d+' }] } } };
    expect(matchRequest(form('c=3', rules), form('c=12345'), { spec: '3' })).toEqual([]);
  });
});

describe('multipart bodies', () => {
  const boundary = 'XyZ';
  const ct = `multipart/form-data; boundary=${boundary}`;
  const part = (name: string, value: string, file?: { filename: string; type: string }) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file ? `; filename="${file.filename}"\r\nContent-Type: ${file.type}` : ''}\r\n\r\n${value}\r\n`;
  const mp = (parts: string[]): HttpRequest => ({
    method: 'POST',
    path: '/',
    headers: { 'Content-Type': [ct] },
    body: { kind: 'present', content: Buffer.from(`${parts.join('')}--${boundary}--\r\n`), contentType: ct },
  });

  test('fields and JSON file parts are compared; extra actual parts are ignored', () => {
    const expected = mp([part('name', 'Mary'), part('data', '{"a":1}', { filename: 'a.json', type: 'application/json' })]);
    expect(matchHttpRequest(expected, mp([part('data', '{"a":1}', { filename: 'b.json', type: 'application/json' }), part('name', 'Mary'), part('x', 'y')]), { spec: '3' })).toEqual([]);
    const m = matchHttpRequest(expected, mp([part('name', 'Fred'), part('data', '{"a":2}', { filename: 'a.json', type: 'application/json' })]), { spec: '3' });
    expect(m.map((x) => x.mismatch)).toEqual(["MIME part 'data': Expected 2 (Integer) to be equal to 1 (Integer)", "MIME part 'name': Expected 'Fred' to be equal to 'Mary'"]);
  });

  test('missing part and field/file kind', () => {
    const expected = mp([part('name', 'Mary'), part('doc', 'x', { filename: 'a.txt', type: 'text/plain' })]);
    const m = matchHttpRequest(expected, mp([part('doc', 'x')]), { spec: '3' });
    expect(m.map((x) => x.mismatch)).toEqual(["Expected a MIME file 'doc' but was field", "Expected a MIME part 'name' but was missing"]);
  });
});

describe('multipart bodies of every subtype', () => {
  const B = 'sep42';
  const body = (subtype: string, parts: string[], eol = '\r\n', extra = ''): HttpRequest => {
    const type = `multipart/${subtype}; boundary="${B}"${extra}`;
    const text = `preamble to ignore${eol}${parts.map((p) => `--${B}${eol}${p.replace(/\n/g, eol)}${eol}`).join('')}--${B}--${eol}epilogue`;
    return { method: 'POST', path: '/', headers: { 'Content-Type': [type] }, body: { kind: 'present', content: Buffer.from(text), contentType: type } };
  };
  const related = (json: string, image: string, imageHeaders = 'Content-ID: <img1>\n') =>
    body('related', [`Content-Type: application/json\nContent-ID: <root>\n\n${json}`, `Content-Type: image/png\n${imageHeaders}Content-Transfer-Encoding: base64\n\n${image}`], '\r\n', '; type="application/json"');
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString('base64');
  const png2 = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9, 9]).toString('base64');
  const mismatches = (e: HttpRequest, a: HttpRequest) => matchHttpRequest(e, a, { spec: '3' }).map((m) => m.mismatch);

  test('multipart/mixed: unnamed parts paired by position, text and JSON compared', () => {
    const mixed = (greeting: string, n: number, eol?: string) => body('mixed', [`Content-Type: text/plain\n\n${greeting}`, `Content-Type: application/json\n\n{"n":${n}}`], eol);
    expect(mismatches(mixed('hello', 1), mixed('hello', 1))).toEqual([]);
    // LF-only line breaks are read too.
    expect(mismatches(mixed('hello', 1), mixed('hello', 1, '\n'))).toEqual([]);
    expect(mismatches(mixed('hello', 1), mixed('bye', 2))).toEqual([
      "MIME part '0': Expected body 'hello' to match 'bye' using equality but did not match",
      "MIME part '1': Expected 2 (Integer) to be equal to 1 (Integer)",
    ]);
    expect(mismatches(mixed('hello', 1), body('mixed', ['Content-Type: text/plain\n\nhello']))).toEqual(["Expected a MIME part '1' but was missing"]);
  });

  test('multipart/related: part headers must be present and equal; base64 parts are decoded before comparing', () => {
    expect(mismatches(related('{"a":1}', png), related('{"a":1}', png))).toEqual([]);
    expect(mismatches(related('{"a":1}', png), related('{"a":1}', png, 'Content-ID: <img2>\n'))).toEqual([
      "MIME part '1': Mismatch with header 'Content-ID': Expected '<img2>' to be equal to '<img1>'",
    ]);
    expect(mismatches(related('{"a":1}', png), related('{"a":1}', png, ''))).toEqual(["MIME part '1': Expected a header 'Content-ID' but was missing"]);
    expect(mismatches(related('{"a":1}', png), related('{"a":2}', png2))).toEqual([
      "MIME part '1': Actual body [image/png, 11 bytes, starting with 89504e470d0a1a0a090909] is not equal to the expected body [image/png, 11 bytes, starting with 89504e470d0a1a0a010203]",
      "MIME part '0': Expected 2 (Integer) to be equal to 1 (Integer)",
    ]);
  });

  test('multipart/alternative and form-data share the parser; a named part is found wherever it is', () => {
    const alt = (plain: string) => body('alternative', [`Content-Type: text/plain\n\n${plain}`, 'Content-Type: text/html\n\n<p>hi</p>']);
    expect(mismatches(alt('hi'), alt('hi'))).toEqual([]);
    expect(mismatches(alt('hi'), alt('ho'))).toHaveLength(1);
    const form = (a: string, b: string, order: 'ab' | 'ba') => {
      const parts = [`Content-Disposition: form-data; name="a"\n\n${a}`, `Content-Disposition: form-data; name="b"; filename="b.txt"\nContent-Type: text/plain\n\n${b}`];
      return body('form-data', order === 'ab' ? parts : parts.reverse());
    };
    expect(mismatches(form('1', 'x', 'ab'), form('1', 'x', 'ba'))).toEqual([]);
    expect(mismatches(form('1', 'x', 'ab'), form('2', 'x', 'ba'))).toEqual(["MIME part 'a': Expected '2' to be equal to '1'"]);
  });

  test('bodies that are not well-formed multipart say why', () => {
    const good = body('mixed', ['Content-Type: text/plain\n\nhi']);
    const broken = (text: string, type = `multipart/mixed; boundary="${B}"`): HttpRequest => ({ ...good, headers: { 'Content-Type': [type] }, body: { kind: 'present', content: Buffer.from(text), contentType: type } });
    expect(mismatches(good, broken(`--${B}\r\nContent-Type: text/plain\r\n\r\nhi`))).toEqual([
      `Failed to parse the actual body as a MIME multipart body: 'part 1 is not closed by the boundary '${B}''`,
    ]);
    expect(mismatches(good, broken('no parts here'))).toEqual([`Failed to parse the actual body as a MIME multipart body: 'no boundary '${B}' found in the body'`]);
  });
});

describe('binary bodies', () => {
  const bin = (bytes: number[], type = 'application/octet-stream'): HttpRequest => ({
    method: 'POST',
    path: '/',
    headers: { 'Content-Type': [type] },
    body: { kind: 'present', content: Buffer.from(bytes) },
  });

  test('byte equality with the official message', () => {
    expect(matchHttpRequest(bin([1, 2, 3]), bin([1, 2, 3]), { spec: '3' })).toEqual([]);
    expect(matchHttpRequest(bin([1, 2, 3]), bin([1, 2]), { spec: '3' })[0]?.mismatch).toBe(
      'Actual body [application/octet-stream, 2 bytes, starting with 0102] is not equal to the expected body [application/octet-stream, 3 bytes, starting with 010203]',
    );
  });

  test('a contentType rule at $ checks magic numbers', () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2];
    const expected: HttpRequest = { ...bin(png, 'image/png'), matchingRules: { body: { $: { combine: 'AND', matchers: [{ match: 'contentType', value: 'image/png' }] } } } };
    expect(matchHttpRequest(expected, bin([...png, 9, 9], 'image/png'), { spec: '3' })).toEqual([]);
    expect(matchHttpRequest(expected, bin([0xff, 0xd8, 0xff, 0], 'image/png'), { spec: '3' })[0]?.mismatch).toBe(
      "Expected binary contents to have content type 'image/png' but detected contents was 'image/jpeg'",
    );
  });
});
