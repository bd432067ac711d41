import { describe, expect, it } from 'vitest';
import { generateResponse, type GeneratorContext } from '../../src/generators/index.js';
import type { Body, Generators, HttpResponse } from '../../src/model/types.js';

const CONTEXT: GeneratorContext = {
  mockServer: { url: 'http://127.0.0.1:40123', port: 40123 },
  baseDateTime: '2024-05-01T13:45:10.123Z',
  timeZone: 'UTC',
};

function body(text: string, contentType?: string): Body {
  return contentType === undefined
    ? { kind: 'present', content: Buffer.from(text) }
    : { kind: 'present', content: Buffer.from(text), contentType };
}

function text(b: Body): string {
  if (b.kind !== 'present') throw new Error(`expected a present body, got ${b.kind}`);
  return Buffer.from(b.content).toString('utf8');
}

function json(b: Body): unknown {
  return JSON.parse(text(b));
}

/** Everything observable about a response, to prove it was not mutated. */
function snapshot(response: HttpResponse): string {
  return JSON.stringify({ ...response, body: response.body.kind === 'present' ? text(response.body) : response.body });
}

const ORDERS_JSON = JSON.stringify({
  orders: [
    { id: 1, total: 10.5, created: 'then', tags: ['a', 'b'] },
    { id: 2, total: 3.25, created: 'then', tags: ['c'] },
  ],
  meta: { page: '1', pages: '9' },
  links: [{ href: 'http://localhost:8080/orders?page=2' }],
});

function ordersResponse(): HttpResponse {
  const generators: Generators = {
    status: { type: 'RandomInt', min: 201, max: 201 },
    header: {
      'x-request-id': { type: 'Uuid' },
      'X-Retry-After': { type: 'RandomInt', min: 1, max: 9 },
      Location: { type: 'MockServerURL', regex: '.*(/orders/.*)$', example: 'http://localhost:8080/orders/1' },
    },
    body: {
      '$.orders[*].id': { type: 'RandomInt', min: 100, max: 999 },
      '$.orders[*].created': { type: 'DateTime', format: "yyyy-MM-dd'T'HH:mm:ssXXX", expression: 'tomorrow @ noon' },
      '$.orders[0].tags[*]': { type: 'Regex', regex: '[A-Z]{2}' },
      '$.meta.*': { type: 'RandomString', size: 4 },
      '$.links[0].href': { type: 'MockServerURL', regex: '.*(/orders.*)$' },
      '$.not.there': { type: 'RandomInt' },
      '$.orders[1].total': { type: 'ProviderState', expression: '${total}' },
    },
  };
  return {
    status: 200,
    headers: {
      'Content-Type': ['application/json; charset=utf-8'],
      'X-Request-Id': ['fixed-id', 'second-value'],
      Location: ['http://localhost:8080/orders/1'],
    },
    body: body(ORDERS_JSON),
    generators,
  };
}

describe('generateResponse', () => {
  it('applies status, header and body generators to a realistic response', () => {
    const response = ordersResponse();
    const out = generateResponse(response, CONTEXT);

    expect(out.status).toBe(201);
    expect(out.headers?.['Content-Type']).toEqual(['application/json; charset=utf-8']);
    // Header names are matched case-insensitively and keep the response's spelling; all values are replaced.
    expect(out.headers?.['X-Request-Id']).toHaveLength(1);
    expect(out.headers?.['X-Request-Id']?.[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(out.headers?.['x-request-id']).toBeUndefined();
    // An absent header is added, with the value as text.
    expect(out.headers?.['X-Retry-After']?.[0]).toMatch(/^[1-9]$/);
    expect(out.headers?.['Location']).toEqual(['http://127.0.0.1:40123/orders/1']);

    const generated = json(out.body) as {
      orders: { id: number; total: number; created: string; tags: string[] }[];
      meta: Record<string, string>;
      links: { href: string }[];
    };
    for (const order of generated.orders) {
      expect(order.id).toBeGreaterThanOrEqual(100);
      expect(order.id).toBeLessThanOrEqual(999);
      expect(order.created).toBe('2024-05-02T12:00:00Z');
    }
    expect(generated.orders[0]?.tags).toHaveLength(2);
    for (const tag of generated.orders[0]?.tags ?? []) expect(tag).toMatch(/^[A-Z]{2}$/);
    expect(generated.orders[1]?.tags).toEqual(['c']);
    expect(Object.keys(generated.meta)).toEqual(['page', 'pages']);
    for (const value of Object.values(generated.meta)) expect(value).toMatch(/^[A-Za-z0-9]{4}$/);
    expect(generated.links[0]?.href).toBe('http://127.0.0.1:40123/orders?page=2');
    // Consumer mode skips ProviderState; a path that selects nothing adds nothing.
    expect(generated.orders[1]?.total).toBe(3.25);
    expect(generated).not.toHaveProperty('not');
  });

  it('never mutates the response it is given, and returns a new object', () => {
    const response = ordersResponse();
    const before = snapshot(response);
    const originalBody = response.body;
    const originalHeaders = response.headers;
    const first = generateResponse(response, CONTEXT);
    const second = generateResponse(response, CONTEXT);
    expect(snapshot(response)).toBe(before);
    expect(response.body).toBe(originalBody);
    expect(response.headers).toBe(originalHeaders);
    expect(first).not.toBe(response);
    expect(first.headers).not.toBe(response.headers);
    // Generated per call: two calls draw different request ids.
    expect(first.headers?.['X-Request-Id']).not.toEqual(second.headers?.['X-Request-Id']);
  });

  it('returns the same object when there are no generators, or none that runs in this mode', () => {
    const plain: HttpResponse = { status: 200, headers: { 'Content-Type': ['application/json'] }, body: body('{"a":1}') };
    expect(generateResponse(plain, CONTEXT)).toBe(plain);
    const empty: HttpResponse = { ...plain, generators: {} };
    expect(generateResponse(empty, CONTEXT)).toBe(empty);
    const providerOnly: HttpResponse = { ...plain, generators: { body: { '$.a': { type: 'ProviderState', expression: '${a}' } } } };
    expect(generateResponse(providerOnly, CONTEXT)).toBe(providerOnly);
  });

  it('does not touch (or parse) the body when only headers have generators', () => {
    const response: HttpResponse = {
      status: 200,
      headers: { 'Content-Type': ['application/json'] },
      body: body('{ not json at all'),
      generators: { header: { 'X-Id': { type: 'RandomInt', min: 5, max: 5 } } },
    };
    const out = generateResponse(response, CONTEXT);
    expect(out.body).toBe(response.body);
    expect(out.headers).toEqual({ 'Content-Type': ['application/json'], 'X-Id': ['5'] });
  });

  it('keeps number literals it did not generate, and the body content type', () => {
    const response: HttpResponse = {
      status: 200,
      body: body('{"price":1.50,"big":12345678901234567890,"id":1}', 'application/json'),
      generators: { body: { '$.id': { type: 'RandomInt', min: 7, max: 7 } } },
    };
    const out = generateResponse(response, CONTEXT);
    expect(text(out.body)).toBe('{"price":1.50,"big":12345678901234567890,"id":7}');
    expect(out.body.kind === 'present' && out.body.contentType).toBe('application/json');
  });

  it("selects object members with '*', array elements with '[*]', and digits as array fields", () => {
    const response: HttpResponse = {
      status: 200,
      headers: { 'Content-Type': ['application/vnd.api+json'] },
      body: body('{"list":[1,2,3],"map":{"a":1,"b":2},"pair":[10,20]}'),
      generators: {
        body: {
          '$.list.*': { type: 'RandomInt', min: 0, max: 0 },
          '$.map.*': { type: 'RandomInt', min: 5, max: 5 },
          '$.pair.1': { type: 'RandomInt', min: 9, max: 9 },
          "$['pair'][0]": { type: 'RandomInt', min: 8, max: 8 },
        },
      },
    };
    expect(json(generateResponse(response, CONTEXT).body)).toEqual({ list: [1, 2, 3], map: { a: 5, b: 5 }, pair: [8, 9] });
  });

  it("replaces the whole JSON document for '$'", () => {
    const response: HttpResponse = {
      status: 200,
      headers: { 'Content-Type': ['application/json'] },
      body: body('"old"'),
      generators: { body: { $: { type: 'Regex', regex: 'new-\\d{3}' } } },
    };
    expect(json(generateResponse(response, CONTEXT).body)).toMatch(/^new-\d{3}$/);
  });

  it("replaces a plain-text body for '$' and leaves XML bodies as written", () => {
    const textResponse: HttpResponse = {
      status: 200,
      headers: { 'Content-Type': ['text/plain'] },
      body: body('hello'),
      generators: { body: { $: { type: 'RandomString', size: 6 }, '$.x': { type: 'RandomInt' } } },
    };
    expect(text(generateResponse(textResponse, CONTEXT).body)).toMatch(/^[A-Za-z0-9]{6}$/);

    const xml: HttpResponse = {
      status: 200,
      headers: { 'Content-Type': ['application/xml'] },
      body: body('<a><id>1</id></a>'),
      generators: { body: { '$.a.id': { type: 'RandomInt' } } },
    };
    const out = generateResponse(xml, CONTEXT);
    expect(out.body).toBe(xml.body);
  });

  it('regenerates form-urlencoded parameters', () => {
    const response: HttpResponse = {
      status: 200,
      headers: { 'Content-Type': ['application/x-www-form-urlencoded'] },
      body: body('a=1&b=x+y&a=2&c=3'),
      generators: {
        body: {
          '$.a': { type: 'RandomInt', min: 5, max: 5 },
          '$.c[0]': { type: 'Regex', regex: 'z z' },
          '$.missing': { type: 'RandomInt' },
        },
      },
    };
    expect(text(generateResponse(response, CONTEXT).body)).toBe('a=5&b=x+y&a=5&c=z+z');
  });

  it('applies ProviderState (but not MockServerURL) in provider mode, status included', () => {
    const response: HttpResponse = {
      status: 200,
      headers: { 'Content-Type': ['application/json'], Link: ['http://old/x'] },
      body: body('{"id":1,"path":"/users/1"}'),
      generators: {
        status: { type: 'ProviderState', expression: '${code}' },
        header: { Link: { type: 'MockServerURL', regex: '.*(/x)' } },
        body: {
          '$.id': { type: 'ProviderState', expression: '${id}' },
          '$.path': { type: 'ProviderState', expression: '/users/${id}' },
        },
      },
    };
    const out = generateResponse(response, { ...CONTEXT, mode: 'provider', providerState: { id: 1000, code: '202' } });
    expect(out.status).toBe(202);
    expect(out.headers?.['Link']).toEqual(['http://old/x']);
    expect(json(out.body)).toEqual({ id: 1000, path: '/users/1000' });
  });

  it('keeps every example whose generator fails', () => {
    const response: HttpResponse = {
      status: 200,
      headers: { 'Content-Type': ['application/json'], 'X-A': ['a'] },
      body: body('{"id":1,"when":"x"}'),
      generators: {
        status: { type: 'RandomInt', min: 1000, max: 2000 },
        header: { 'X-A': { type: 'Regex', regex: '(' }, 'X-B': { type: 'ProviderState', expression: '${x}' } },
        body: {
          '$.id': { type: 'Regex', regex: '[' },
          '$.when': { type: 'Date', expression: 'whenever' },
          '$[': { type: 'RandomInt' },
        },
      },
    };
    const out = generateResponse(response, { ...CONTEXT, mode: 'provider' });
    expect(out.status).toBe(200);
    expect(out.headers).toEqual({ 'Content-Type': ['application/json'], 'X-A': ['a'] });
    expect(text(out.body)).toBe('{"id":1,"when":"x"}');
  });

  it('changes the status only with RandomInt or ProviderState', () => {
    const response: HttpResponse = { status: 200, body: { kind: 'missing' }, generators: { status: { type: 'Uuid' } } };
    expect(generateResponse(response, CONTEXT).status).toBe(200);
    const ranged: HttpResponse = { ...response, generators: { status: { type: 'RandomInt', min: 500, max: 503 } } };
    for (let i = 0; i < 50; i++) {
      const status = generateResponse(ranged, CONTEXT).status;
      expect(status).toBeGreaterThanOrEqual(500);
      expect(status).toBeLessThanOrEqual(503);
    }
  });

  it('writes generated booleans and numbers into headers as text', () => {
    const response: HttpResponse = {
      status: 200,
      body: { kind: 'missing' },
      generators: { header: { 'X-Flag': { type: 'RandomBoolean' }, 'X-Dec': { type: 'RandomDecimal', digits: 4 } } },
    };
    const out = generateResponse(response, CONTEXT);
    expect(out.headers?.['X-Flag']?.[0]).toMatch(/^(true|false)$/);
    expect(out.headers?.['X-Dec']?.[0]).toMatch(/^\d+\.\d+$/);
    expect(out.body).toBe(response.body);
  });
});
