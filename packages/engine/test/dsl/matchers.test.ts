// Each matcher: the integration JSON it emits (as Pact JS emits it), its example, and the rules
// and generators it compiles to in a body.
import { describe, expect, it } from 'vitest';
import * as M from '../../src/dsl/matchers/index.js';
import { compileIntegrationJson } from '../../src/dsl/compile.js';
import { EMAIL_FORMAT, HEX_FORMAT, IPV4_FORMAT, IPV6_FORMAT, ISO8601_DATE_FORMAT, ISO8601_DATETIME_FORMAT, ISO8601_DATETIME_WITH_MILLIS_FORMAT, ISO8601_TIME_FORMAT, RFC1123_TIMESTAMP_FORMAT, UUID_FORMAT } from '../../src/dsl/matchers/formats.js';

const AND = (...matchers: object[]): object => ({ combine: 'AND', matchers });

interface Row {
  name: string;
  make: () => unknown;
  json: object;
  example: unknown;
  rules: Record<string, object>;
  generators?: Record<string, object>;
}

const rows: Row[] = [
  { name: 'like', make: () => M.like({ a: 1 }), json: { 'pact:matcher:type': 'type', value: { a: 1 } }, example: { a: 1 }, rules: { $: AND({ match: 'type' }) } },
  { name: 'string()', make: () => M.string(), json: { 'pact:matcher:type': 'type', value: 'some string' }, example: 'some string', rules: { $: AND({ match: 'type' }) } },
  { name: 'string(x)', make: () => M.string('Ann'), json: { 'pact:matcher:type': 'type', value: 'Ann' }, example: 'Ann', rules: { $: AND({ match: 'type' }) } },
  { name: 'boolean()', make: () => M.boolean(), json: { 'pact:matcher:type': 'type', value: true }, example: true, rules: { $: AND({ match: 'type' }) } },
  { name: 'nullValue', make: () => M.nullValue(), json: { 'pact:matcher:type': 'null', value: null }, example: null, rules: { $: AND({ match: 'null' }) } },
  { name: 'equal', make: () => M.equal('x'), json: { 'pact:matcher:type': 'equality', value: 'x' }, example: 'x', rules: { $: AND({ match: 'equality' }) } },
  { name: 'includes', make: () => M.includes('gift'), json: { 'pact:matcher:type': 'include', value: 'gift' }, example: 'gift', rules: { $: AND({ match: 'include', value: 'gift' }) } },
  { name: 'contentType', make: () => M.contentType('image/png'), json: { 'pact:matcher:type': 'contentType', value: 'image/png' }, example: 'image/png', rules: { $: AND({ match: 'contentType', value: 'image/png' }) } },
  { name: 'integer(5)', make: () => M.integer(5), json: { 'pact:matcher:type': 'integer', value: 5 }, example: 5, rules: { $: AND({ match: 'integer' }) } },
  {
    name: 'integer()',
    make: () => M.integer(),
    json: { 'pact:generator:type': 'RandomInt', 'pact:matcher:type': 'integer', value: 101 },
    example: 101,
    rules: { $: AND({ match: 'integer' }) },
    generators: { $: { type: 'RandomInt', min: 0, max: 10 } },
  },
  { name: 'decimal(1.5)', make: () => M.decimal(1.5), json: { 'pact:matcher:type': 'decimal', value: 1.5 }, example: 1.5, rules: { $: AND({ match: 'decimal' }) } },
  {
    name: 'decimal()',
    make: () => M.decimal(),
    json: { 'pact:generator:type': 'RandomDecimal', 'pact:matcher:type': 'decimal', value: 12.34 },
    example: 12.34,
    rules: { $: AND({ match: 'decimal' }) },
    generators: { $: { type: 'RandomDecimal', digits: 10 } },
  },
  { name: 'number(3)', make: () => M.number(3), json: { 'pact:matcher:type': 'number', value: 3 }, example: 3, rules: { $: AND({ match: 'number' }) } },
  {
    name: 'number()',
    make: () => M.number(),
    json: { 'pact:generator:type': 'RandomInt', 'pact:matcher:type': 'number', value: 1234 },
    example: 1234,
    rules: { $: AND({ match: 'number' }) },
    generators: { $: { type: 'RandomInt', min: 0, max: 10 } },
  },
  {
    name: 'eachLike',
    make: () => M.eachLike({ id: M.integer(1) }, 2),
    json: { min: 2, 'pact:matcher:type': 'type', value: [{ id: { 'pact:matcher:type': 'integer', value: 1 } }, { id: { 'pact:matcher:type': 'integer', value: 1 } }] },
    example: [{ id: 1 }, { id: 1 }],
    rules: { $: AND({ match: 'type', min: 2 }), '$[*].id': AND({ match: 'integer' }, { match: 'integer' }) },
  },
  { name: 'eachLike default min', make: () => M.eachLike('a'), json: { min: 1, 'pact:matcher:type': 'type', value: ['a'] }, example: ['a'], rules: { $: AND({ match: 'type', min: 1 }) } },
  { name: 'atLeastOneLike', make: () => M.atLeastOneLike(1, 2), json: { min: 1, 'pact:matcher:type': 'type', value: [1, 1] }, example: [1, 1], rules: { $: AND({ match: 'type', min: 1 }) } },
  { name: 'atLeastLike', make: () => M.atLeastLike('x', 2), json: { min: 2, 'pact:matcher:type': 'type', value: ['x', 'x'] }, example: ['x', 'x'], rules: { $: AND({ match: 'type', min: 2 }) } },
  { name: 'atLeastLike count', make: () => M.atLeastLike('x', 1, 3), json: { min: 1, 'pact:matcher:type': 'type', value: ['x', 'x', 'x'] }, example: ['x', 'x', 'x'], rules: { $: AND({ match: 'type', min: 1 }) } },
  { name: 'atMostLike', make: () => M.atMostLike('x', 3), json: { max: 3, 'pact:matcher:type': 'type', value: ['x'] }, example: ['x'], rules: { $: AND({ match: 'type', max: 3 }) } },
  {
    name: 'constrainedArrayLike',
    make: () => M.constrainedArrayLike(M.string('t'), 2, 4),
    json: { min: 2, max: 4, 'pact:matcher:type': 'type', value: [{ 'pact:matcher:type': 'type', value: 't' }, { 'pact:matcher:type': 'type', value: 't' }] },
    example: ['t', 't'],
    rules: { $: AND({ match: 'type', min: 2, max: 4 }), '$[*]': AND({ match: 'type' }, { match: 'type' }) },
  },
  {
    name: 'arrayContaining',
    make: () => M.arrayContaining({ id: M.integer(2) }, 'x'),
    json: { 'pact:matcher:type': 'arrayContains', variants: [{ id: { 'pact:matcher:type': 'integer', value: 2 } }, 'x'] },
    example: [{ id: 2 }, 'x'],
    rules: { $: AND({ match: 'arrayContains', variants: [{ index: 0, rules: { '$.id': AND({ match: 'integer' }) } }, { index: 1, rules: {} }] }) },
  },
  { name: 'regex(RegExp)', make: () => M.regex(/\d+/, '42'), json: { 'pact:matcher:type': 'regex', regex: '\\d+', value: '42' }, example: '42', rules: { $: AND({ match: 'regex', regex: '\\d+' }) } },
  { name: 'regex(string)', make: () => M.regex('a|b', 'b'), json: { 'pact:matcher:type': 'regex', regex: 'a|b', value: 'b' }, example: 'b', rules: { $: AND({ match: 'regex', regex: 'a|b' }) } },
  ...(
    [
      ['email', M.email, EMAIL_FORMAT, 'hello@pact.io'],
      ['ipv4Address', M.ipv4Address, IPV4_FORMAT, '127.0.0.13'],
      ['ipv6Address', M.ipv6Address, IPV6_FORMAT, '::ffff:192.0.2.128'],
      ['hexadecimal', M.hexadecimal, HEX_FORMAT, '3F'],
      ['iso8601Date', M.iso8601Date, ISO8601_DATE_FORMAT, '2013-02-01'],
      ['iso8601DateTime', M.iso8601DateTime, ISO8601_DATETIME_FORMAT, '2015-08-06T16:53:10+01:00'],
      ['iso8601DateTimeWithMillis', M.iso8601DateTimeWithMillis, ISO8601_DATETIME_WITH_MILLIS_FORMAT, '2015-08-06T16:53:10.123+01:00'],
      ['iso8601Time', M.iso8601Time, ISO8601_TIME_FORMAT, 'T22:44:30.652Z'],
      ['rfc1123Timestamp', M.rfc1123Timestamp, RFC1123_TIMESTAMP_FORMAT, 'Mon, 31 Oct 2016 15:21:41 -0400'],
    ] as const
  ).map(
    ([name, fn, regex, example]): Row => ({
      name: `${name}() default example`,
      make: () => fn(),
      json: { 'pact:matcher:type': 'regex', regex, value: example },
      example,
      rules: { $: AND({ match: 'regex', regex }) },
    }),
  ),
  { name: 'email(x)', make: () => M.email('ann@example.com'), json: { 'pact:matcher:type': 'regex', regex: EMAIL_FORMAT, value: 'ann@example.com' }, example: 'ann@example.com', rules: { $: AND({ match: 'regex', regex: EMAIL_FORMAT }) } },
  {
    name: 'uuid()',
    make: () => M.uuid(),
    json: { 'pact:matcher:type': 'regex', regex: UUID_FORMAT, 'pact:generator:type': 'Uuid', value: 'e2490de5-5bd3-43d5-b7c4-526e33f71304' },
    example: 'e2490de5-5bd3-43d5-b7c4-526e33f71304',
    rules: { $: AND({ match: 'regex', regex: UUID_FORMAT }) },
    generators: { $: { type: 'Uuid' } },
  },
  {
    name: 'uuid(x)',
    make: () => M.uuid('0b8b9a4e-2f43-4a4e-9e56-7c1d2b3a4f5e'),
    json: { 'pact:matcher:type': 'regex', regex: UUID_FORMAT, value: '0b8b9a4e-2f43-4a4e-9e56-7c1d2b3a4f5e' },
    example: '0b8b9a4e-2f43-4a4e-9e56-7c1d2b3a4f5e',
    rules: { $: AND({ match: 'regex', regex: UUID_FORMAT }) },
  },
  {
    name: 'datetime',
    make: () => M.datetime("yyyy-MM-dd'T'HH:mm:ss", '2024-01-02T03:04:05'),
    json: { 'pact:matcher:type': 'timestamp', format: "yyyy-MM-dd'T'HH:mm:ss", value: '2024-01-02T03:04:05' },
    example: '2024-01-02T03:04:05',
    rules: { $: AND({ match: 'datetime', format: "yyyy-MM-dd'T'HH:mm:ss" }) },
  },
  {
    name: 'timestamp',
    make: () => M.timestamp('yyyy-MM-dd HH:mm', '2024-01-02 03:04'),
    json: { 'pact:matcher:type': 'timestamp', format: 'yyyy-MM-dd HH:mm', value: '2024-01-02 03:04' },
    example: '2024-01-02 03:04',
    rules: { $: AND({ match: 'datetime', format: 'yyyy-MM-dd HH:mm' }) },
  },
  { name: 'date', make: () => M.date('yyyy-MM-dd', '2024-02-29'), json: { 'pact:matcher:type': 'date', format: 'yyyy-MM-dd', value: '2024-02-29' }, example: '2024-02-29', rules: { $: AND({ match: 'date', format: 'yyyy-MM-dd' }) } },
  { name: 'time', make: () => M.time('HH:mm', '09:30'), json: { 'pact:matcher:type': 'time', format: 'HH:mm', value: '09:30' }, example: '09:30', rules: { $: AND({ match: 'time', format: 'HH:mm' }) } },
  {
    name: 'eachKeyLike',
    make: () => M.eachKeyLike('EUR', { amount: M.decimal(9.5) }),
    json: { 'pact:matcher:type': 'values', value: { EUR: { amount: { 'pact:matcher:type': 'decimal', value: 9.5 } } } },
    example: { EUR: { amount: 9.5 } },
    rules: { $: AND({ match: 'values' }), '$.*.amount': AND({ match: 'decimal' }) },
  },
  {
    name: 'eachKeyMatches',
    make: () => M.eachKeyMatches({ en: 'Lamp' }, M.regex('[a-z]{2}', 'en')),
    json: { 'pact:matcher:type': 'eachKey', rules: [{ 'pact:matcher:type': 'regex', regex: '[a-z]{2}', value: 'en' }], value: { en: 'Lamp' } },
    example: { en: 'Lamp' },
    rules: { $: AND({ match: 'eachKey', rules: [{ match: 'regex', regex: '[a-z]{2}' }], value: '{"en":"Lamp"}' }) },
  },
  {
    name: 'eachKeyMatches default rule',
    make: () => M.eachKeyMatches({ k: 1 }),
    json: { 'pact:matcher:type': 'eachKey', rules: [{ 'pact:matcher:type': 'type', value: 'key' }], value: { k: 1 } },
    example: { k: 1 },
    rules: { $: AND({ match: 'eachKey', rules: [{ match: 'type' }], value: '{"k":1}' }) },
  },
  {
    name: 'eachValueMatches',
    make: () => M.eachValueMatches({ berlin: 3 }, M.integer(3)),
    json: { 'pact:matcher:type': 'eachValue', rules: [{ 'pact:matcher:type': 'integer', value: 3 }], value: { berlin: 3 } },
    example: { berlin: 3 },
    rules: { $: AND({ match: 'eachValue', rules: [{ match: 'integer' }], value: '{"berlin":3}' }) },
  },
  {
    name: 'fromProviderState',
    make: () => M.fromProviderState('${id}', 7),
    json: { 'pact:matcher:type': 'type', 'pact:generator:type': 'ProviderState', expression: '${id}', value: 7 },
    example: 7,
    rules: { $: AND({ match: 'type' }) },
    generators: { $: { type: 'ProviderState', expression: '${id}' } },
  },
  {
    name: 'url',
    make: () => M.url(['items', M.regex('\\d+', '1')]),
    json: { 'pact:matcher:type': 'regex', 'pact:generator:type': 'MockServerURL', regex: '.*(\\/items\\/\\d+)$', value: 'http://localhost:8080/items/1', example: 'http://localhost:8080/items/1' },
    example: 'http://localhost:8080/items/1',
    rules: { $: AND({ match: 'regex', regex: '.*(\\/items\\/\\d+)$' }) },
    generators: { $: { type: 'MockServerURL', example: 'http://localhost:8080/items/1', regex: '.*(\\/items\\/\\d+)$' } },
  },
  {
    name: 'url2 with a base',
    make: () => M.url2('https://api.example.com', ['orders', '7']),
    json: { 'pact:matcher:type': 'regex', regex: '.*(\\/orders\\/7)$', value: 'https://api.example.com/orders/7' },
    example: 'https://api.example.com/orders/7',
    rules: { $: AND({ match: 'regex', regex: '.*(\\/orders\\/7)$' }) },
  },
];

describe.each(rows)('$name', (row) => {
  it('emits the Pact JS integration JSON', () => {
    expect(row.make()).toStrictEqual(row.json);
  });
  it('compiles to its example, rules and generators', () => {
    const compiled = compileIntegrationJson(row.make(), 'body');
    expect(compiled.example).toEqual(row.example);
    expect(compiled.rules).toEqual(row.rules);
    expect(compiled.generators).toEqual(row.generators ?? {});
  });
  it('reify gives the example', () => {
    expect(M.reify(row.make())).toEqual(row.example);
  });
});

describe('matchers without an example', () => {
  it('datetime(format) records a DateTime generator and an example of the current time in that format', () => {
    const m = M.datetime("yyyy-MM-dd'T'HH:mm:ss");
    expect(m).toMatchObject({ 'pact:generator:type': 'DateTime', 'pact:matcher:type': 'timestamp', format: "yyyy-MM-dd'T'HH:mm:ss" });
    expect(m.value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect(compileIntegrationJson(m).generators).toEqual({ $: { type: 'DateTime', format: "yyyy-MM-dd'T'HH:mm:ss" } });
  });
  it('date(format) and time(format) record Date and Time generators', () => {
    expect(compileIntegrationJson(M.date('yyyy-MM-dd')).generators).toEqual({ $: { type: 'Date', format: 'yyyy-MM-dd' } });
    expect(M.date('dd.MM.yyyy').value).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    expect(compileIntegrationJson(M.time('HH:mm')).generators).toEqual({ $: { type: 'Time', format: 'HH:mm' } });
  });
  it('matchStatus builds a statusCode matcher', () => {
    expect(M.matchStatus(201, 'success')).toStrictEqual({ 'pact:matcher:type': 'statusCode', status: 'success', value: 201 });
    expect(compileIntegrationJson(M.matchStatus(204, [200, 204]), 'status').rules).toEqual({ $: AND({ match: 'statusCode', status: [200, 204] }) });
  });
  it('url with a RegExp fragment makes an example that matches its own regex', () => {
    const m = M.url2('http://x', [/[a-z]{3}/, 'v1']);
    expect(m.regex).toBe('.*(\\/[a-z]{3}\\/v1)$');
    expect(m.value).toMatch(/^http:\/\/x\/[a-z]{3}\/v1$/);
  });
});
