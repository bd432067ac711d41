import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HttpInteraction } from '../../src/model/types.js';
import { formatMismatches } from '../../src/report/index.js';
import type { MatchResult } from '../../src/server/types.js';

const plain = { color: false } as const;
const ESC = '\u001b[';

function interaction(description: string, method: string, path: string): HttpInteraction {
  return {
    type: 'Synchronous/HTTP',
    description,
    providerStates: [],
    request: { method, path, body: { kind: 'missing' } },
    response: { status: 200, body: { kind: 'missing' } },
  };
}

const bodyMismatch: MatchResult = {
  type: 'request-mismatch',
  method: 'POST',
  path: '/users',
  description: 'create user',
  mismatches: [
    { type: 'BodyMismatch', path: '$.name', expected: '"Bob"', actual: '"Fred"', mismatch: "Expected 'Fred' (String) to be equal to 'Bob' (String)" },
  ],
};

describe('formatMismatches — request-mismatch', () => {
  it('shows the description, the request and the decoded body values', () => {
    expect(formatMismatches([bodyMismatch], plain)).toBe(
      [
        '1) Request did not match interaction "create user"',
        '   POST /users',
        '',
        "   body $.name — Expected 'Fred' (String) to be equal to 'Bob' (String)",
        '     expected: "Bob"',
        '     actual:   "Fred"',
      ].join('\n'),
    );
  });

  it('uses the request as received (with its query) when the server includes it', () => {
    const result: MatchResult = {
      ...bodyMismatch,
      actualRequest: { method: 'POST', path: '/users', query: { b: ['2', '3'], a: [null], q: ['x y&z'] }, body: { name: 'Fred' } },
    };
    expect(formatMismatches([result], plain).split('\n')[1]).toBe('   POST /users?a&b=2&b=3&q=x%20y%26z');
  });

  it('drops the debug quotes of a missing header and shows what is missing', () => {
    const result: MatchResult = {
      type: 'request-mismatch',
      method: 'GET',
      path: '/users/1',
      mismatches: [
        { type: 'HeaderMismatch', key: 'Authorization', expected: '"Bearer abc"', actual: '', mismatch: "Expected a header 'Authorization' but was missing" },
      ],
    };
    expect(formatMismatches([result], { ...plain, interactions: [interaction('get user 1', 'GET', '/users/1')] })).toBe(
      [
        '1) Request did not match interaction "get user 1"',
        '   GET /users/1',
        '',
        "   header Authorization — Expected a header 'Authorization' but was missing",
        '     expected: Bearer abc',
        '     actual:   (missing)',
      ].join('\n'),
    );
  });

  it('shows header and query values as plain text, query lists decoded', () => {
    const result: MatchResult = {
      type: 'request-mismatch',
      method: 'GET',
      path: '/items',
      mismatches: [
        { type: 'QueryMismatch', parameter: 'tag', expected: '', actual: '["a", "b"]', mismatch: "Unexpected query parameter 'tag' received" },
        { type: 'HeaderMismatch', key: 'Accept', expected: 'application/json', actual: 'text/html', mismatch: "Mismatch with header 'Accept': Expected header 'Accept' to have value 'application/json' but was 'text/html'" },
        { type: 'QueryMismatch', parameter: 'page', expected: '2', actual: '3', mismatch: "Expected query parameter 'page' with value '2' but was '3'" },
      ],
    };
    expect(formatMismatches([result], plain)).toBe(
      [
        '1) Request did not match its interaction',
        '   GET /items',
        '',
        "   query page — Expected query parameter 'page' with value '2' but was '3'",
        '     expected: 2',
        '     actual:   3',
        '',
        "   query tag — Unexpected query parameter 'tag' received",
        '     expected: (missing)',
        '     actual:   a, b',
        '',
        "   header Accept — Mismatch with header 'Accept': Expected header 'Accept' to have value 'application/json' but was 'text/html'",
        '     expected: application/json',
        '     actual:   text/html',
      ].join('\n'),
    );
  });

  it('sorts problems the same way whatever order the server emitted them in', () => {
    const mismatches = [
      { type: 'BodyMismatch', path: '$.b', expected: '1', actual: '2', mismatch: 'b' },
      { type: 'HeaderMismatch', key: 'X-B', expected: 'x', actual: 'y', mismatch: 'hb' },
      { type: 'BodyMismatch', path: '$.a', expected: '1', actual: '2', mismatch: 'a' },
      { type: 'QueryMismatch', parameter: 'z', expected: 'x', actual: 'y', mismatch: 'q' },
      { type: 'HeaderMismatch', key: 'X-A', expected: 'x', actual: 'y', mismatch: 'ha' },
    ] as const;
    const forward: MatchResult = { type: 'request-mismatch', method: 'GET', path: '/', mismatches: [...mismatches] };
    const backward: MatchResult = { ...forward, mismatches: [...mismatches].reverse() };
    const text = formatMismatches([forward], plain);
    expect(formatMismatches([backward], plain)).toBe(text);
    const locations = text.split('\n').filter((line) => line.includes(' — ')).map((line) => line.trim().split(' — ')[0]);
    expect(locations).toEqual(['query z', 'header X-A', 'header X-B', 'body $.a', 'body $.b']);
  });

  it('renders a large body difference as a line diff (- expected / + actual)', () => {
    const expected = { city: 'London', street: '1 High Street', postcode: 'N1 9GU', country: 'UK' };
    const actual = { ...expected, city: 'Paris' };
    const result: MatchResult = {
      type: 'request-mismatch',
      method: 'PUT',
      path: '/users/1/address',
      description: 'update address',
      mismatches: [
        { type: 'BodyMismatch', path: '$', expected: JSON.stringify(expected), actual: JSON.stringify(actual), mismatch: 'Expected a different address' },
      ],
    };
    expect(formatMismatches([result], plain)).toBe(
      [
        '1) Request did not match interaction "update address"',
        '   PUT /users/1/address',
        '',
        '   body $ — Expected a different address',
        '     - expected',
        '     + actual',
        '',
        '       {',
        '     -   "city": "London",',
        '     +   "city": "Paris",',
        '         "street": "1 High Street",',
        '         "postcode": "N1 9GU",',
        '         "country": "UK"',
        '       }',
      ].join('\n'),
    );
  });

  it('shows whole-body text problems as text and a missing body as such', () => {
    const result: MatchResult = {
      type: 'request-mismatch',
      method: 'POST',
      path: '/notes',
      mismatches: [
        { type: 'BodyMismatch', path: '/', expected: 'hello', actual: null, mismatch: 'Expected body Present(5 bytes) but was empty' },
      ],
    };
    expect(formatMismatches([result], plain).split('\n').slice(3)).toEqual([
      '   body — Expected body Present(5 bytes) but was empty',
      '     expected: hello',
      '     actual:   (missing)',
    ]);
  });

  it('says a body problem that has no values (a limit, a truncated upload) by its message alone', () => {
    const result: MatchResult = {
      type: 'request-mismatch',
      method: 'POST',
      path: '/docs',
      mismatches: [
        { type: 'BodyMismatch', path: '$.a[0]…(112 levels)…[0]', expected: null, actual: null, mismatch: 'The actual body is nested more than 128 levels deep (the maxDepth limit)' },
      ],
    };
    expect(formatMismatches([result], plain).split('\n').slice(3)).toEqual([
      '   body $.a[0]…(112 levels)…[0] — The actual body is nested more than 128 levels deep (the maxDepth limit)',
    ]);
  });

  it('keeps the report readable whatever the bodies held: long lines cut, at most 200 diff lines, huge bodies shown shortened', () => {
    const typeMismatch = (expectedBody: string, actualBody: string): MatchResult => ({
      type: 'request-mismatch',
      method: 'POST',
      path: '/docs',
      mismatches: [
        { type: 'BodyTypeMismatch', expected: 'application/json', actual: 'application/xml', mismatch: 'Expected a body of …', expectedBody, actualBody },
      ],
    });
    const oneLine = formatMismatches([typeMismatch('{"a":1}', `<a>${'<b>'.repeat(70_000)}</a>`)], plain);
    expect(oneLine).toContain('+ <a><b><b>');
    expect(oneLine).toContain('… (210007 characters)');
    expect(oneLine.length).toBeLessThan(2_000);

    const lines = Array.from({ length: 500 }, (_, i) => `line ${i}`);
    const manyLines = formatMismatches([typeMismatch(lines.join('\n'), lines.map((l, i) => (i === 250 ? 'changed' : l)).join('\n'))], plain);
    expect(manyLines).toContain('… (301 more lines)');
    expect(manyLines.split('\n').length).toBeLessThan(230);
    // Very different values are not diffed (that could take minutes) but shown shortened.
    const different = formatMismatches([typeMismatch('a', Array.from({ length: 5_000 }, (_, i) => `line ${i}`).join('\n'))], plain);
    expect(different).toContain('(too large to diff; both values shown, shortened)');
    expect(different).toContain('… (48889 characters in all)');

    const huge = formatMismatches([typeMismatch('x\n'.repeat(300_000), 'y\n'.repeat(300_000))], plain);
    expect(huge).toContain('(too large to diff; both values shown, shortened)');
    expect(huge).toContain('… (600000 characters in all)');
    expect(huge.split('\n').length).toBeLessThan(120);
  });

  it('shows content types of a body type mismatch and diffs the bodies', () => {
    const result: MatchResult = {
      type: 'request-mismatch',
      method: 'POST',
      path: '/notes',
      mismatches: [
        {
          type: 'BodyTypeMismatch',
          expected: 'application/json',
          actual: 'text/plain',
          expectedBody: '{"a":1}',
          actualBody: 'a=1',
          mismatch: "Expected a body of 'application/json' but the actual content type was 'text/plain'",
        },
      ],
    };
    expect(formatMismatches([result], plain).split('\n').slice(3)).toEqual([
      "   body content type — Expected a body of 'application/json' but the actual content type was 'text/plain'",
      '     expected: application/json',
      '     actual:   text/plain',
      '     - expected',
      '     + actual',
      '',
      '     - {"a":1}',
      '     + a=1',
    ]);
  });
});

describe('formatMismatches — request-not-found', () => {
  const unexpected: MatchResult = {
    type: 'request-not-found',
    method: 'DELETE',
    path: '/users/1',
    request: {
      method: 'DELETE',
      path: '/users/1',
      query: { force: ['true'] },
      headers: { host: '127.0.0.1:50123', 'user-agent': 'curl/8.5.0', accept: '*/*', 'content-length': '17', 'X-Trace': 'abc', connection: 'keep-alive', 'accept-encoding': 'gzip' },
      body: { reason: 'gone' },
    },
  };

  it('shows the request in full without client noise, and the closest interaction', () => {
    const interactions = [interaction('list orders', 'GET', '/orders'), interaction('get user 1', 'GET', '/users/1')];
    expect(formatMismatches([unexpected], { ...plain, interactions })).toBe(
      [
        '1) Unexpected request: no interaction matches',
        '   DELETE /users/1?force=true',
        '   headers:',
        '     accept: */*',
        '     X-Trace: abc',
        '   body:',
        '     {',
        '       "reason": "gone"',
        '     }',
        '   closest interaction: "get user 1" (GET /users/1; method differs)',
      ].join('\n'),
    );
  });

  it('names no closest interaction when none is related, and omits an empty body', () => {
    const bare: MatchResult = { type: 'request-not-found', method: 'GET', path: '/health', request: { method: 'GET', path: '/health', body: '' } };
    expect(formatMismatches([bare], { ...plain, interactions: [interaction('create order', 'POST', '/orders')] })).toBe(
      ['1) Unexpected request: no interaction matches', '   GET /health'].join('\n'),
    );
  });

  it('prefers a same-method interaction on a similar path', () => {
    const request: MatchResult = { type: 'request-not-found', method: 'GET', path: '/users/2/orders', request: { method: 'GET', path: '/users/2/orders' } };
    const interactions = [interaction('create user', 'POST', '/users'), interaction('orders of user 1', 'GET', '/users/1/orders')];
    expect(formatMismatches([request], { ...plain, interactions })).toContain(
      'closest interaction: "orders of user 1" (GET /users/1/orders; path differs)',
    );
  });
});

describe('formatMismatches — missing-request', () => {
  it('lists the description and the request line', () => {
    const missing: MatchResult = {
      type: 'missing-request',
      method: 'GET',
      path: '/users/1',
      description: 'get user 1',
      request: { method: 'GET', path: '/users/1', query: { full: ['true'] }, headers: { Accept: 'application/json' } },
    };
    expect(formatMismatches([missing], plain)).toBe(['1) Expected request was not received: "get user 1"', '   GET /users/1?full=true'].join('\n'));
  });
});

describe('formatMismatches — several entries and colour', () => {
  const entries: MatchResult[] = [
    bodyMismatch,
    { type: 'request-not-found', method: 'DELETE', path: '/users/1', request: { method: 'DELETE', path: '/users/1', body: '' } },
    { type: 'missing-request', method: 'GET', path: '/users/1', request: { method: 'GET', path: '/users/1' } },
  ];

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('numbers entries in the given order, separated by blank lines', () => {
    const text = formatMismatches(entries, { ...plain, interactions: [interaction('get user 1', 'GET', '/users/1')] });
    expect(text.split('\n').filter((line) => /^\d\) /.test(line))).toEqual([
      '1) Request did not match interaction "create user"',
      '2) Unexpected request: no interaction matches',
      '3) Expected request was not received: "get user 1"',
    ]);
    expect(text).not.toContain(ESC);
  });

  it('shows at most maxEntries entries and counts the rest', () => {
    const many: MatchResult[] = Array.from({ length: 5 }, () => bodyMismatch);
    const text = formatMismatches(many, { ...plain, maxEntries: 2 });
    expect(text.split('\n').filter((line) => /^\d\) /.test(line))).toHaveLength(2);
    expect(text.endsWith('\n\n… and 3 more problems not shown')).toBe(true);
    expect(formatMismatches(many, { ...plain, maxEntries: 5 })).not.toContain('more problem');
  });

  it('returns an empty string for no entries', () => {
    expect(formatMismatches([], plain)).toBe('');
  });

  it('colours expected green and actual red when asked', () => {
    const text = formatMismatches([bodyMismatch], { color: true });
    expect(text).toContain('\u001b[32mexpected: "Bob"\u001b[39m');
    expect(text).toContain('\u001b[31mactual:   "Fred"\u001b[39m');
  });

  it('follows NO_COLOR and FORCE_COLOR when colour is not chosen explicitly', () => {
    vi.stubEnv('FORCE_COLOR', '1');
    vi.stubEnv('NO_COLOR', '');
    expect(formatMismatches([bodyMismatch])).toContain(ESC);
    vi.stubEnv('NO_COLOR', '1');
    expect(formatMismatches([bodyMismatch])).not.toContain(ESC);
    expect(formatMismatches([bodyMismatch], { color: true })).toContain(ESC);
    vi.stubEnv('NO_COLOR', '');
    vi.stubEnv('FORCE_COLOR', '0');
    expect(formatMismatches([bodyMismatch])).not.toContain(ESC);
  });

  it('is exported from the package entry point', async () => {
    const engine = await import('../../src/index.js');
    expect(engine.formatMismatches).toBe(formatMismatches);
  });
});
