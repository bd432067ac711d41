// Every matcher through a real mock server: the request the matcher allows is matched, one it
// forbids gives the expected mismatch; response generators show up in what the server answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PactBuilder } from '../../src/dsl/builder.js';
import * as M from '../../src/dsl/matchers/index.js';
import { startMockServer } from '../../src/server/index.js';
import type { MatchResult, MockServer, VerifyResult } from '../../src/server/types.js';

let server: MockServer;
let pact: PactBuilder;

beforeAll(async () => {
  server = await startMockServer({ consumer: 'dsl-roundtrip', provider: 'roundtrip-provider', host: '127.0.0.1', port: 0 });
  pact = new PactBuilder((i) => server.addInteraction(i));
});

afterAll(async () => {
  await server.close();
});

interface Wire {
  path?: string;
  headers?: Record<string, string>;
  body?: unknown;
}

async function send(method: string, w: Wire): Promise<Response> {
  const res = await fetch(server.url + (w.path ?? '/thing'), {
    method,
    headers: { ...(w.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...w.headers },
    body: w.body === undefined ? undefined : JSON.stringify(w.body),
  });
  await res.arrayBuffer().catch(() => undefined);
  return res;
}

/** All mismatch entries of a verification, flattened, for searching. */
interface Problem {
  kind: string;
  path?: string;
}

function problems(v: VerifyResult): Problem[] {
  return v.mismatches.flatMap((m: MatchResult): Problem[] =>
    m.type === 'request-mismatch' ? m.mismatches.map((x): Problem => (x.type === 'BodyMismatch' ? { kind: x.type, path: x.path } : { kind: x.type })) : [{ kind: m.type }],
  );
}

interface BodyCase {
  name: string;
  body: unknown;
  good: unknown;
  bad: unknown;
  /** Path of the expected BodyMismatch. */
  at: string;
}

const bodyCases: BodyCase[] = [
  { name: 'like', body: M.like({ a: 1 }), good: { a: 99 }, bad: { a: 'x' }, at: '$.a' },
  { name: 'eachLike(min 2)', body: M.eachLike({ id: M.integer(1) }, 2), good: [{ id: 5 }, { id: 6 }, { id: 7 }], bad: [{ id: 1 }], at: '$' },
  { name: 'eachLike element rule', body: M.eachLike({ id: M.integer(1) }), good: [{ id: 5 }], bad: [{ id: 5 }, { id: 'x' }], at: '$[1].id' },
  { name: 'atLeastOneLike', body: M.atLeastOneLike(M.string('a')), good: ['x', 'y'], bad: [], at: '$' },
  { name: 'atLeastLike', body: M.atLeastLike(M.integer(1), 2), good: [3, 4], bad: [3], at: '$' },
  { name: 'atMostLike', body: M.atMostLike(M.integer(1), 2), good: [3], bad: [1, 2, 3], at: '$' },
  { name: 'constrainedArrayLike', body: M.constrainedArrayLike(M.string('t'), 1, 2), good: ['a', 'b'], bad: ['a', 'b', 'c'], at: '$' },
  { name: 'boolean', body: { b: M.boolean() }, good: { b: false }, bad: { b: 'true' }, at: '$.b' },
  { name: 'integer', body: { n: M.integer(1) }, good: { n: 7 }, bad: { n: 7.5 }, at: '$.n' },
  { name: 'decimal', body: { n: M.decimal(1.5) }, good: { n: 2.25 }, bad: { n: 2 }, at: '$.n' },
  { name: 'number', body: { n: M.number(1) }, good: { n: 1.5 }, bad: { n: '1' }, at: '$.n' },
  { name: 'string', body: { s: M.string('a') }, good: { s: 'zz' }, bad: { s: 1 }, at: '$.s' },
  { name: 'regex', body: { s: M.regex(/\d+/, '1') }, good: { s: '42' }, bad: { s: '4a' }, at: '$.s' },
  { name: 'email', body: { s: M.email() }, good: { s: 'ann@example.com' }, bad: { s: 'ann' }, at: '$.s' },
  { name: 'uuid', body: { s: M.uuid() }, good: { s: '0b8b9a4e-2f43-4a4e-9e56-7c1d2b3a4f5e' }, bad: { s: 'not-a-uuid' }, at: '$.s' },
  { name: 'ipv4Address', body: { s: M.ipv4Address() }, good: { s: '10.0.0.1' }, bad: { s: 'ten' }, at: '$.s' },
  { name: 'ipv6Address', body: { s: M.ipv6Address() }, good: { s: 'fe80::1' }, bad: { s: 'x::y::z' }, at: '$.s' },
  { name: 'hexadecimal', body: { s: M.hexadecimal() }, good: { s: 'deadBEEF' }, bad: { s: 'xyz' }, at: '$.s' },
  { name: 'iso8601Date', body: { s: M.iso8601Date() }, good: { s: '2024-02-29' }, bad: { s: '29.02.2024' }, at: '$.s' },
  { name: 'iso8601DateTime', body: { s: M.iso8601DateTime() }, good: { s: '2024-02-29T10:00:00Z' }, bad: { s: '2024-02-29 10:00' }, at: '$.s' },
  { name: 'iso8601DateTimeWithMillis', body: { s: M.iso8601DateTimeWithMillis() }, good: { s: '2024-02-29T10:00:00.5Z' }, bad: { s: '2024-02-29T10:00:00Z' }, at: '$.s' },
  { name: 'iso8601Time', body: { s: M.iso8601Time() }, good: { s: 'T10:00:00Z' }, bad: { s: '10 am' }, at: '$.s' },
  { name: 'rfc1123Timestamp', body: { s: M.rfc1123Timestamp() }, good: { s: 'Tue, 01 Nov 2016 15:21:41 +0000' }, bad: { s: '2016-11-01' }, at: '$.s' },
  { name: 'datetime', body: { s: M.datetime("yyyy-MM-dd'T'HH:mm:ss", '2024-01-02T03:04:05') }, good: { s: '2025-12-31T23:59:59' }, bad: { s: '2025-12-31' }, at: '$.s' },
  { name: 'timestamp', body: { s: M.timestamp('yyyy-MM-dd HH:mm', '2024-01-02 03:04') }, good: { s: '2025-12-31 23:59' }, bad: { s: 'soon' }, at: '$.s' },
  { name: 'date', body: { s: M.date('yyyy-MM-dd', '2024-02-29') }, good: { s: '2023-01-31' }, bad: { s: '2023-02-30' }, at: '$.s' },
  { name: 'time', body: { s: M.time('HH:mm', '09:30') }, good: { s: '23:59' }, bad: { s: '25:00' }, at: '$.s' },
  { name: 'includes', body: { s: M.includes('gift') }, good: { s: 'a gift for you' }, bad: { s: 'nothing' }, at: '$.s' },
  { name: 'nullValue', body: { s: M.nullValue() }, good: { s: null }, bad: { s: 1 }, at: '$.s' },
  { name: 'equal under like', body: M.like({ kind: M.equal('order'), n: 1 }), good: { kind: 'order', n: 5 }, bad: { kind: 'refund', n: 5 }, at: '$.kind' },
  { name: 'eachKeyLike', body: { m: M.eachKeyLike('EUR', { amount: M.integer(1) }) }, good: { m: { USD: { amount: 2 } } }, bad: { m: { USD: { amount: 'x' } } }, at: '$.m.USD.amount' },
  { name: 'eachKeyMatches', body: { m: M.eachKeyMatches({ en: 'x' }, M.regex('[a-z]{2}', 'en')) }, good: { m: { de: 'y', fr: 'z' } }, bad: { m: { DEU: 'y' } }, at: '$.m.DEU' },
  { name: 'eachValueMatches', body: { m: M.eachValueMatches({ a: 1 }, M.integer(1)) }, good: { m: { b: 2, c: 3 } }, bad: { m: { b: 'x' } }, at: '$.m.b' },
  { name: 'arrayContaining', body: { l: M.arrayContaining({ id: M.integer(1) }) }, good: { l: ['other', { id: 5 }] }, bad: { l: ['other'] }, at: '$.l' },
  { name: 'fromProviderState (matched by type)', body: { id: M.fromProviderState('${id}', 1) }, good: { id: 1000 }, bad: { id: '1000' }, at: '$.id' },
];

describe.each(bodyCases)('request body $name', (c) => {
  it('a request the matcher allows is matched', async () => {
    pact.uponReceiving(`${c.name}: good`).withRequest({ method: 'POST', path: '/thing', body: c.body }).willRespondWith({ status: 200 });
    const res = await send('POST', { body: c.good });
    const v = server.verifyAndReset();
    expect(problems(v)).toEqual([]);
    expect(res.status).toBe(200);
    expect(v.ok).toBe(true);
  });
  it('a request it forbids gives a BodyMismatch at the expected path', async () => {
    pact.uponReceiving(`${c.name}: bad`).withRequest({ method: 'POST', path: '/thing', body: c.body }).willRespondWith({ status: 200 });
    await send('POST', { body: c.bad });
    const v = server.verifyAndReset();
    expect(v.ok).toBe(false);
    expect(problems(v)).toContainEqual({ kind: 'BodyMismatch', path: c.at });
  });
});

describe('path, query and header matchers', () => {
  it('regex in path, query and header: matching request', async () => {
    pact
      .uponReceiving('path/query/header: good')
      .withRequest({
        method: 'GET',
        path: M.regex('/customers/\\d+/orders', '/customers/42/orders'),
        query: { status: M.regex('open|closed', 'open'), tag: ['a', 'b'] },
        headers: { Authorization: M.regex('Bearer [A-Za-z0-9]+', 'Bearer abc') },
      })
      .willRespondWith({ status: 200 });
    const res = await send('GET', { path: '/customers/7/orders?status=closed&tag=a&tag=b', headers: { Authorization: 'Bearer xyz9' } });
    const v = server.verifyAndReset();
    expect(problems(v)).toEqual([]);
    expect(res.status).toBe(200);
  });

  it('query and header values the matchers forbid', async () => {
    pact
      .uponReceiving('query/header: bad')
      .withRequest({ method: 'GET', path: '/orders', query: { status: M.regex('open|closed', 'open') }, headers: { Authorization: M.regex('Bearer [A-Za-z0-9]+', 'Bearer abc') } })
      .willRespondWith({ status: 200 });
    await send('GET', { path: '/orders?status=pending', headers: { Authorization: 'Basic abc' } });
    const kinds = problems(server.verifyAndReset()).map((p) => p.kind);
    expect(kinds).toContain('QueryMismatch');
    expect(kinds).toContain('HeaderMismatch');
  });

  it('a path the regex forbids is not matched', async () => {
    pact.uponReceiving('path: bad').withRequest({ method: 'GET', path: M.regex('/customers/\\d+', '/customers/1') }).willRespondWith({ status: 200 });
    await send('GET', { path: '/customers/abc' });
    const v = server.verifyAndReset();
    expect(v.ok).toBe(false);
    expect(problems(v).map((p) => p.kind).some((k) => k === 'PathMismatch' || k === 'request-not-found')).toBe(true);
  });
});

describe('contentType on a binary body', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  const upload = (): void => {
    pact
      .uponReceiving('upload an image')
      .withRequest({ method: 'POST', path: '/images', headers: { 'Content-Type': 'image/png' }, body: M.contentType('image/png') })
      .willRespondWith({ status: 201 });
  };

  it('bytes of that type are matched', async () => {
    upload();
    const res = await fetch(`${server.url}/images`, { method: 'POST', headers: { 'Content-Type': 'image/png' }, body: png });
    await res.arrayBuffer();
    const v = server.verifyAndReset();
    expect(problems(v)).toEqual([]);
    expect(res.status).toBe(201);
  });

  it('bytes of another type give a BodyMismatch naming both types', async () => {
    upload();
    await fetch(`${server.url}/images`, { method: 'POST', headers: { 'Content-Type': 'image/png' }, body: 'plain text, not a PNG' });
    const v = server.verifyAndReset();
    expect(problems(v)).toContainEqual({ kind: 'BodyMismatch', path: '$' });
    expect(JSON.stringify(v.mismatches)).toContain("content type 'image/png' but detected contents was 'text/plain'");
  });
});

describe('response generators applied by the mock server', () => {
  it('integer(), uuid() header, datetime(format) without example and url() are generated', async () => {
    pact
      .uponReceiving('generated response')
      .withRequest({ method: 'GET', path: '/generated' })
      .willRespondWith({
        status: 200,
        headers: { 'X-Request-Id': M.uuid() },
        body: { count: M.integer(), when: M.datetime('yyyy-MM-dd'), self: M.url(['items', M.regex('\\d+', '1')]), id: M.fromProviderState('${id}', 1) },
      });
    const res = await fetch(`${server.url}/generated`);
    const body = (await res.json()) as { count: unknown; when: unknown; self: unknown; id: unknown };
    expect(server.verifyAndReset().ok).toBe(true);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(Number.isInteger(body.count)).toBe(true);
    expect(body.when).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.self).toBe(`${server.url}/items/1`);
    // ProviderState generators only run on the provider side.
    expect(body.id).toBe(1);
  });
});
