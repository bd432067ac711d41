// Hostile and broken HTTP over real sockets. After each one the server still answers a valid
// request correctly, the outcome is recorded where the request was complete enough to be one,
// and nothing escapes the server (the trap fails the file if it does).
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RunningMockServer } from '../../src/server/start.js';
import type { MatchResult } from '../../src/server/types.js';
import { claimed, pactJson, rawExchange, send, serve, statuses, trapEscapes, until } from './helpers.js';

trapEscapes();

const BOUNDARY = 'XyZ123';
const multipartBody = [
  `--${BOUNDARY}`,
  'Content-Disposition: form-data; name="file"; filename="a.txt"',
  'Content-Type: text/plain',
  '',
  'hello',
  `--${BOUNDARY}--`,
  '',
].join('\r\n');

const interactions = [
  { description: 'ping', request: { method: 'GET', path: '/ping' }, response: { status: 200, headers: { 'Content-Type': 'text/plain' }, body: 'pong' } },
  {
    description: 'create user',
    request: { method: 'POST', path: '/users', headers: { 'Content-Type': 'application/json' }, body: { name: 'Bob', age: 30 } },
    response: { status: 201, body: { id: 7 } },
  },
  { description: 'post xml', request: { method: 'POST', path: '/xml', headers: { 'Content-Type': 'application/xml' }, body: '<a><b>1</b></a>' }, response: { status: 200 } },
  {
    description: 'post form',
    request: { method: 'POST', path: '/form', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=1&b=two' },
    response: { status: 200 },
  },
  {
    description: 'upload',
    request: { method: 'POST', path: '/upload', headers: { 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}` }, body: multipartBody },
    response: { status: 200 },
  },
  { description: 'search', request: { method: 'GET', path: '/search', query: { q: ['café'] } }, response: { status: 200 } },
];

let server: RunningMockServer;
beforeEach(async () => {
  server = await serve({ pact: pactJson(interactions), maxBodySize: 64 * 1024 });
});

/** The server still answers a valid request correctly. */
async function stillServes(): Promise<void> {
  const reply = await send(server.url, { path: '/ping', timeoutMs: 3000 });
  expect(reply.status).toBe(200);
  expect(reply.body).toBe('pong');
}

function problems(): MatchResult[] {
  return server.mismatches().filter((m) => m.type !== 'missing-request');
}

function head(method: string, target: string, headers: string[], body = ''): string {
  const lines = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', ...headers];
  if (body !== '' && !headers.some((h) => /^(content-length|transfer-encoding):/i.test(h))) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

describe('malformed bodies are recorded mismatches', () => {
  const cases: Array<[string, string, string, string, string]> = [
    ['malformed JSON', '/users', 'application/json', '{"name": "Bob", ', 'create user'],
    ['JSON of the wrong shape', '/users', 'application/json', '[1,2,3]', 'create user'],
    ['malformed XML', '/xml', 'application/xml', '<a><b>1</a>', 'post xml'],
    ['XML with an entity bomb', '/xml', 'application/xml', '<!DOCTYPE a [<!ENTITY x "xxxxxxxxxx"><!ENTITY y "&x;&x;&x;&x;&x;&x;&x;&x;">]><a>&y;&y;&y;&y;</a>', 'post xml'],
    ['form with invalid percent-encoding', '/form', 'application/x-www-form-urlencoded', 'a=%ZZ&b=%E0%A4%A&=&&c', 'post form'],
    ['multipart without its closing boundary', '/upload', `multipart/form-data; boundary=${BOUNDARY}`, `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"\r\n\r\nhel`, 'upload'],
    ['multipart without a boundary parameter', '/upload', 'multipart/form-data', multipartBody, 'upload'],
    ['JSON sent as text/plain (wrong Content-Type)', '/users', 'text/plain', '{"name":"Bob","age":30}', 'create user'],
    ['binary garbage declared as JSON', '/users', 'application/json', '\u0000\u00ff\u00fe\u0001', 'create user'],
  ];
  for (const [name, path, type, body, description] of cases) {
    it(name, async () => {
      const reply = await send(server.url, { method: 'POST', path, headers: { 'Content-Type': type }, body: Buffer.from(body, 'latin1') });
      expect(reply.status).toBe(500);
      expect(reply.headers['x-pact']).toBe('Request-Mismatch');
      expect(problems()).toEqual([expect.objectContaining({ type: 'request-mismatch', description })]);
      await stillServes();
    });
  }

  it('JSON body with no Content-Type at all', async () => {
    const answer = await rawExchange(server.port, [head('POST', '/users', [], '{"name":"Bob","age":31}')]);
    expect(statuses(answer)).toEqual([500]);
    expect(problems()).toEqual([expect.objectContaining({ type: 'request-mismatch', description: 'create user' })]);
    await stillServes();
  });
});

describe('broken request lines and headers', () => {
  it('invalid percent-encoding in the path is an unexpected request; in the query a mismatch', async () => {
    const a = await rawExchange(server.port, [head('GET', '/pi%ZZng%', [])]);
    expect(statuses(a)).toEqual([500]);
    const b = await rawExchange(server.port, [head('GET', '/search?q=caf%E9%ZZ%', [])]);
    expect(statuses(b)).toEqual([500]);
    expect(problems()).toEqual([
      expect.objectContaining({ type: 'request-not-found', path: '/pi%ZZng%' }),
      expect.objectContaining({ type: 'request-mismatch', description: 'search' }),
    ]);
    await stillServes();
  });

  it('duplicate headers (two Content-Types, repeated custom header) are kept and compared', async () => {
    const answer = await rawExchange(server.port, [
      head('POST', '/users', ['Content-Type: application/json', 'Content-Type: text/plain', 'X-A: 1', 'X-A: 2'], '{"name":"Bob","age":30}'),
    ]);
    expect(statuses(answer)).toHaveLength(1);
    expect(server.counts().requests).toBe(1);
    await stillServes();
  });

  it('a 200 KB header and a 200 KB URL are refused with 431 and recorded by their request line, server fine', async () => {
    const longHeader = await rawExchange(server.port, [head('GET', '/ping', [`X-Big: ${'a'.repeat(200_000)}`])]);
    expect(statuses(longHeader)[0]).toBe(431);
    const longUrl = await rawExchange(server.port, [head('GET', `/ping?${'q'.repeat(200_000)}`, [])]);
    expect(statuses(longUrl)[0]).toBe(431);
    expect(server.counts().requests).toBe(2);
    const body = expect.stringContaining("larger than the mock server's maxHeaderSize of 131072 bytes");
    expect(problems()).toEqual([
      expect.objectContaining({ type: 'request-not-found', request: expect.objectContaining({ body }) }),
      expect.objectContaining({ type: 'request-not-found', request: expect.objectContaining({ body }) }),
    ]);
    await stillServes();
  });

  it('a long (8 KB) but legal URL is an unexpected request, recorded', async () => {
    const path = `/x/${'y'.repeat(8000)}`;
    const reply = await send(server.url, { path });
    expect(reply.status).toBe(500);
    expect(problems()).toEqual([expect.objectContaining({ type: 'request-not-found', path })]);
    await stillServes();
  });

  it('a header value with bytes that are not UTF-8, and control characters, do not break the server', async () => {
    const bytes = Buffer.concat([Buffer.from('GET /ping HTTP/1.1\r\nHost: x\r\nX-Latin: caf'), Buffer.from([0xe9, 0xff]), Buffer.from('\r\n\r\n')]);
    const a = await rawExchange(server.port, [bytes]);
    expect(statuses(a)).toHaveLength(1);
    const b = await rawExchange(server.port, ['GET /ping HTTP/1.1\r\nHost: x\r\nX-Ctl: a\u0001b\r\n\r\n']);
    expect(statuses(b)).toHaveLength(1);
    await stillServes();
  });

  it('garbage, a bad chunk size, a bad Content-Length and a lone CR get 400; only the one with complete headers is recorded', async () => {
    const inputs = [
      'NOT HTTP AT ALL\r\n\r\n',
      'POST /users HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\nabc\r\n0\r\n\r\n',
      'POST /users HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n',
      'POST /users HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nabcdef',
      'GET /ping HTTP/1.1\rHost: x\r\n\r\n',
      '\u0000\u0001\u0002\u0003',
    ];
    for (const input of inputs) {
      const answer = await rawExchange(server.port, [input]);
      expect(statuses(answer), JSON.stringify(input)).toEqual([400]);
    }
    // The bad chunk comes after complete headers: that request existed, its body never arrived.
    expect(server.counts().requests).toBe(1);
    const [entry] = problems();
    expect(entry?.type === 'request-mismatch' && entry.mismatches.at(-1)?.mismatch).toMatch(/truncated/);
    await stillServes();
  });
});

describe('bodies that do not arrive as announced', () => {
  it('an oversized body gets 413 and a recorded mismatch', async () => {
    const reply = await send(server.url, { method: 'POST', path: '/users', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'x'.repeat(70_000) }) });
    expect(reply.status).toBe(413);
    expect(problems()).toEqual([expect.objectContaining({ type: 'request-mismatch', description: 'create user' })]);
    await stillServes();
  });

  it('a truncated body (client half-closes after 10 of 100 bytes) is recorded as truncated', async () => {
    const answer = await rawExchange(server.port, ['POST /users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":"B'], { destroyAfterWrite: true });
    expect(statuses(answer)).toEqual([]);
    await until(() => problems().length === 1);
    const [entry] = problems();
    expect(entry?.type === 'request-mismatch' && entry.mismatches.at(-1)?.mismatch).toMatch(/truncated.*after 10 of 100 bytes/);
    await stillServes();
  });

  it('an abrupt disconnect in the middle of a chunked multipart upload is recorded', async () => {
    await rawExchange(
      server.port,
      [`POST /upload HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=${BOUNDARY}\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n--${BOUNDARY}\r\nCon\r\n`],
      { destroyAfterWrite: true },
    );
    await until(() => problems().length === 1);
    expect(problems()).toEqual([expect.objectContaining({ type: 'request-mismatch', description: 'upload' })]);
    await stillServes();
  });

  it('a slow client (one byte every 2 ms) still gets its match', async () => {
    const request = head('POST', '/users', ['Content-Type: application/json'], '{"name":"Bob","age":30}');
    const answer = await rawExchange(server.port, request.split(''), { gapMs: 2, idleMs: 300 });
    expect(statuses(answer)).toEqual([201]);
    expect(server.counts()).toMatchObject({ requests: 1, matched: 1 });
  });

  it('a client that never finishes its headers does not block others, nor close()', async () => {
    const stalled = rawExchange(server.port, ['GET /ping HTTP/1.1\r\nHost: x\r\nX-Slow: '], { idleMs: 10_000 });
    await stillServes();
    const start = Date.now();
    await server.close();
    expect(Date.now() - start).toBeLessThan(3000);
    await stalled;
  });
});

describe('protocol variants', () => {
  it('HTTP/1.0 without Host gets its answer and the connection is closed', async () => {
    const answer = await rawExchange(server.port, ['GET /ping HTTP/1.0\r\n\r\n'], { idleMs: 2000 });
    expect(answer).toMatch(/^HTTP\/1\.[01] 200 /);
    expect(answer.endsWith('pong')).toBe(true);
    expect(server.counts()).toMatchObject({ requests: 1, matched: 1 });
  });

  it('pipelined requests (three in one write, one bad) are answered in order', async () => {
    const answer = await rawExchange(server.port, [
      head('GET', '/ping', []) + head('POST', '/users', ['Content-Type: application/json'], '{"name":"Bob","age":30}') + head('GET', '/nope', []),
    ]);
    expect(statuses(answer)).toEqual([200, 201, 500]);
    expect(server.counts()).toMatchObject({ requests: 3, matched: 2, unexpected: 1 });
    await stillServes();
  });

  it('Expect: 100-continue is honoured', async () => {
    const answer = await rawExchange(server.port, [head('POST', '/users', ['Content-Type: application/json', 'Expect: 100-continue', 'Content-Length: 23'], ''), '{"name":"Bob","age":30}'], { gapMs: 50 });
    expect(statuses(answer)).toEqual([100, 201]);
  });
});

describe('multipart file part cut short', () => {
  // Once reported a tick after parsing by the stream parser used then; it must never escape the server.
  it('a multipart file part without its closing boundary does not escape as an uncaught exception', async () => {
    const caught: unknown[] = [];
    const onError = (error: unknown): void => {
      if (typeof error === 'object' && error !== null) claimed.add(error);
      caught.push(error);
    };
    process.on('uncaughtException', onError);
    try {
      const body = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhel`;
      const reply = await send(server.url, { method: 'POST', path: '/upload', headers: { 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}` }, body });
      expect(reply.status).toBe(500);
      await new Promise((r) => setTimeout(r, 50));
      await stillServes();
      expect(caught).toEqual([]);
    } finally {
      process.off('uncaughtException', onError);
    }
  });
});

describe('fuzzed requests', () => {
  it('600 randomly damaged requests over raw sockets: the server never dies and still serves', async () => {
    const valid = [
      head('GET', '/ping', []),
      head('POST', '/users', ['Content-Type: application/json'], '{"name":"Bob","age":30}'),
      head('POST', '/form', ['Content-Type: application/x-www-form-urlencoded'], 'a=1&b=two'),
      head('POST', '/upload', [`Content-Type: multipart/form-data; boundary=${BOUNDARY}`], multipartBody),
      head('GET', '/search?q=caf%C3%A9', []),
    ];
    const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('flip', 'insert', 'delete', 'truncate', 'dup'), byte: fc.integer({ min: 0, max: 255 }) });
    const samples = fc.sample(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 })), { seed: 0xf022, numRuns: 600 });
    let answered = 0;
    for (const [which, edits] of samples) {
      let bytes = Buffer.from(valid[which] as string, 'latin1');
      for (const e of edits) {
        const at = bytes.length === 0 ? 0 : e.at % bytes.length;
        if (e.kind === 'flip') bytes[at] = e.byte;
        else if (e.kind === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([e.byte]), bytes.subarray(at)]);
        else if (e.kind === 'delete') bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]);
        else if (e.kind === 'truncate') bytes = bytes.subarray(0, at);
        else bytes = Buffer.concat([bytes, bytes]);
      }
      const answer = await rawExchange(server.port, [bytes], { idleMs: 40, destroyAfterWrite: e0(edits) });
      if (statuses(answer).length > 0) answered++;
    }
    expect(answered).toBeGreaterThan(300);
    await stillServes();
    const { requests } = server.counts();
    expect(requests).toBeGreaterThan(0);
    expect(server.mismatches().length).toBeLessThanOrEqual(1000 + interactions.length);
  }, 90_000);
});

/** Every fifth sample also disconnects right after writing. */
function e0(edits: Array<{ at: number }>): boolean {
  return (edits[0]?.at ?? 0) % 5 === 0;
}
