// Hostile input by structure: bodies nested past the depth limit, bodies millions of values wide,
// multi-megabyte strings, thousands of parts and parameters, and content under the wrong type.
// Each case is made by a generator with a fixed seed, sent over a real socket, and followed by a
// valid request that must still get its 200. The same depth and width cases go through parsePact,
// the DSL and the pact-file merge. The worst time per class is printed at the end (it is reported
// in the engine README's reliability table); the bound asserted here only catches a stall.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DslError, PactParseError, PactWriteError } from '../../src/errors.js';
import { parsePact } from '../../src/model/parse.js';
import { DEFAULT_MAX_DEPTH, MAX_DEPTH_CEILING } from '../../src/model/limits.js';
import { PactBuilder } from '../../src/dsl/builder.js';
import { like, eachLike, reify } from '../../src/dsl/matchers/index.js';
import type { HttpInteraction } from '../../src/model/types.js';
import type { MatchResult } from '../../src/server/types.js';
import { formatMismatches } from '../../src/report/index.js';
import { createPactSession } from '../../src/session/create-session.js';
import type { PactSession } from '../../src/session/types.js';
import { pactJson, send, serve, trapEscapes } from './helpers.js';

trapEscapes();

const JSON_TYPE = { 'Content-Type': 'application/json' };
const BOUNDARY = 'b0und4ry';
const MULTIPART_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;
const multipart = (parts: Array<[string, string]>): string =>
  `${parts.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('')}--${BOUNDARY}--\r\n`;

const interactions = [
  { description: 'ping', request: { method: 'GET', path: '/ping' }, response: { status: 200, body: 'pong' } },
  { description: 'json', request: { method: 'POST', path: '/json', headers: JSON_TYPE, body: { name: 'Bob', tags: ['a'], meta: { n: 1 } } }, response: { status: 200 } },
  {
    description: 'typed json',
    request: {
      method: 'POST',
      path: '/typed',
      headers: JSON_TYPE,
      body: { items: [{ id: 1, text: 'x' }], map: { k: 1 } },
      matchingRules: {
        body: {
          '$.items': { matchers: [{ match: 'type', min: 1 }] },
          '$.items[*].text': { matchers: [{ match: 'regex', regex: '^(a+)+$' }] },
          '$.map': { matchers: [{ match: 'values' }] },
        },
      },
    },
    response: { status: 200 },
  },
  { description: 'xml', request: { method: 'POST', path: '/xml', headers: { 'Content-Type': 'application/xml' }, body: '<a><b>1</b></a>' }, response: { status: 200 } },
  { description: 'form', request: { method: 'POST', path: '/form', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=1&b=2' }, response: { status: 200 } },
  { description: 'multipart', request: { method: 'POST', path: '/multipart', headers: { 'Content-Type': MULTIPART_TYPE }, body: multipart([['a', '1']]) }, response: { status: 200 } },
  { description: 'query', request: { method: 'GET', path: '/query', query: { a: ['1'] } }, response: { status: 200 } },
  {
    description: 'text regex',
    request: { method: 'POST', path: '/text', headers: { 'Content-Type': 'text/plain' }, body: 'aaa', matchingRules: { body: { $: { matchers: [{ match: 'regex', regex: '^(a|aa)+$' }] } } } },
    response: { status: 200 },
  },
];

/** Worst time per class, printed after the file. */
const worst = new Map<string, { ms: number; cases: number }>();
afterAll(() => {
  const rows = [...worst].map(([name, { ms, cases }]) => `  ${name.padEnd(34)} ${String(cases).padStart(4)} cases, worst ${ms.toFixed(0)} ms`);
  console.log(`hostile input, worst time per request:\n${rows.join('\n')}`);
});

/** A stall, not a timing target: the README reports the measured worst times. */
const STALL_MS = 5_000;

async function hostile(
  klass: string,
  request: { method?: string; path: string; headers?: Record<string, string>; body?: string },
  expectProblem: (problems: MatchResult[]) => void,
): Promise<void> {
  const server = await serve({ pact: pactJson(interactions) });
  const started = performance.now();
  const reply = await send(server.url, { method: request.method ?? 'POST', path: request.path, headers: request.headers, body: request.body, timeoutMs: 30_000 });
  const ms = performance.now() - started;
  const seen = worst.get(klass) ?? { ms: 0, cases: 0 };
  worst.set(klass, { ms: Math.max(seen.ms, ms), cases: seen.cases + 1 });
  expect(ms).toBeLessThan(STALL_MS);
  expect(reply.status).toBe(500);
  const problems = server.mismatches().filter((m) => m.type !== 'missing-request');
  expect(problems).toHaveLength(1);
  expectProblem(problems);
  // The mismatch JSON and the readable report of it are built without trouble, too.
  expect(() => JSON.stringify(server.mismatches())).not.toThrow();
  const first = problems[0];
  const report = formatMismatches(problems, { color: false });
  if (first?.type === 'request-mismatch') for (const m of first.mismatches.slice(0, 3)) expect(report).toContain(m.mismatch.slice(0, 200));
  const ping = await send(server.url, { path: '/ping' });
  expect(ping.status).toBe(200);
  expect(ping.body).toBe('pong');
}

function bodyProblem(pattern: RegExp, pathPattern?: RegExp): (problems: MatchResult[]) => void {
  return (problems) => {
    const [problem] = problems;
    expect(problem?.type).toBe('request-mismatch');
    if (problem?.type !== 'request-mismatch') return;
    const body = problem.mismatches.find((m) => m.type === 'BodyMismatch' && pattern.test(m.mismatch));
    expect(body, problem.mismatches.map((m) => m.mismatch).join('\n')).toBeDefined();
    if (pathPattern && body?.type === 'BodyMismatch') expect(body.path).toMatch(pathPattern);
  };
}

// ---------------------------------------------------------------------------------------------
// Structure-aware generators

type Shape = 'array' | 'object' | 'mixed';

/** JSON text nested `depth` containers deep, the nesting placed at a random key of a valid body. */
function deepJson(depth: number, shape: Shape, rng: () => number): { text: string; path: string } {
  let open = '';
  let close = '';
  const segments: string[] = [];
  for (let i = 0; i < depth; i++) {
    const array = shape === 'array' || (shape === 'mixed' && rng() < 0.5);
    const key = `k${Math.floor(rng() * 3)}`;
    open += array ? '[' : `{"${key}":`;
    close = (array ? ']' : '}') + close;
    segments.push(array ? '[0]' : `.${key}`);
  }
  const inner = `${open}1${close}`;
  const where = Math.floor(rng() * 3);
  if (where === 0) return { text: inner, path: '$' };
  if (where === 1) return { text: `{"name":"Bob","tags":["a"],"meta":${inner}}`, path: '$.meta' };
  return { text: `{"name":"Bob","tags":[${inner}],"meta":{"n":1}}`, path: '$.tags[0]' };
}

function deepXml(depth: number, rng: () => number): string {
  const names = ['b', 'c', 'ns:d'];
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    const name = names[Math.floor(rng() * names.length)] as string;
    open += `<${name}${rng() < 0.3 ? ' x="1"' : ''}>`;
    close = `</${name}>${close}`;
  }
  return `<a xmlns:ns="urn:x">${open}text${close}</a>`;
}

const seeds = (n: number, seed: number): number[] => fc.sample(fc.integer({ min: 1, max: 2 ** 31 - 1 }), { seed, numRuns: n });
const rngOf = (seed: number): (() => number) => {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
};

// ---------------------------------------------------------------------------------------------

describe('depth: request bodies nested past the limit are a mismatch naming the path', () => {
  const depths = [DEFAULT_MAX_DEPTH + 1, 1_000, 20_000, 100_000];
  const cases = seeds(12, 13).map((seed, i) => ({ seed, depth: depths[i % depths.length] as number, shape: (['array', 'object', 'mixed'] as const)[i % 3] as Shape }));

  it.each(cases)('JSON, $shape, $depth deep (seed $seed)', async ({ seed, depth, shape }) => {
    const { text } = deepJson(depth, shape, rngOf(seed));
    await hostile('JSON depth', { path: '/json', headers: JSON_TYPE, body: text }, bodyProblem(/nested more than 128 levels deep/, /^\$/));
  });

  it.each(cases.slice(0, 4))('JSON under type rules, $depth deep (seed $seed)', async ({ seed, depth }) => {
    const inner = deepJson(depth, 'object', rngOf(seed)).text;
    await hostile('JSON depth', { path: '/typed', headers: JSON_TYPE, body: `{"items":[{"id":1,"text":${inner}}],"map":{"k":1}}` }, bodyProblem(/nested more than 128 levels deep/));
  });

  it.each(cases.slice(0, 6))('XML, $depth deep (seed $seed)', async ({ seed, depth }) => {
    await hostile('XML depth', { path: '/xml', headers: { 'Content-Type': 'application/xml' }, body: deepXml(depth, rngOf(seed)) }, bodyProblem(/nested more than 128 levels deep|maxXmlElements/, /^\$/));
  });

  it('JSON inside a multipart part, 50,000 deep', async () => {
    const server = await serve({
      pact: pactJson([
        {
          description: 'json part',
          request: {
            method: 'POST',
            path: '/mp-json',
            headers: { 'Content-Type': MULTIPART_TYPE },
            body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="doc"; filename="d.json"\r\nContent-Type: application/json\r\n\r\n{"a":1}\r\n--${BOUNDARY}--\r\n`,
          },
          response: { status: 200 },
        },
        interactions[0] as object,
      ]),
    });
    const deep = deepJson(50_000, 'mixed', rngOf(7)).text;
    const body = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="doc"; filename="d.json"\r\nContent-Type: application/json\r\n\r\n${deep}\r\n--${BOUNDARY}--\r\n`;
    const reply = await send(server.url, { method: 'POST', path: '/mp-json', headers: { 'Content-Type': MULTIPART_TYPE }, body });
    expect(reply.status).toBe(500);
    expect(reply.body).toContain('nested more than 128 levels deep');
    expect((await send(server.url, { path: '/ping' })).status).toBe(200);
  });

  it('a body exactly at the limit is compared as usual, and a raised limit up to its ceiling works end to end', async () => {
    // The root object is level 1, so 127 arrays under `meta` reach exactly the limit.
    const atLimit = `${'['.repeat(DEFAULT_MAX_DEPTH - 1)}${']'.repeat(DEFAULT_MAX_DEPTH - 1)}`;
    await hostile('JSON depth', { path: '/json', headers: JSON_TYPE, body: `{"name":"Bob","tags":["a"],"meta":${atLimit}}` }, bodyProblem(/Type mismatch/));
    // At the ceiling every recursive walk (matching, serializing, the report) runs 1000 levels deep.
    let deepExpected: unknown = 'leaf';
    for (let i = 0; i < MAX_DEPTH_CEILING - 1; i++) deepExpected = i % 2 ? [deepExpected] : { k: deepExpected };
    const server = await serve({
      limits: { maxDepth: MAX_DEPTH_CEILING },
      pact: pactJson([{ description: 'deep', request: { method: 'POST', path: '/deep', headers: JSON_TYPE, body: { d: deepExpected } }, response: { status: 200, headers: JSON_TYPE, body: { d: deepExpected } } }]),
    });
    const ok = await send(server.url, { method: 'POST', path: '/deep', headers: JSON_TYPE, body: JSON.stringify({ d: deepExpected }) });
    expect(ok.status, ok.body.slice(0, 600)).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ d: deepExpected });
    const bad = await send(server.url, { method: 'POST', path: '/deep', headers: JSON_TYPE, body: JSON.stringify({ d: deepExpected, e: deepExpected }) });
    expect(bad.status).toBe(500);
    expect(formatMismatches(server.mismatches(), { color: false })).toContain('Request did not match');
    const dir = mkdtempSync(path.join(tmpdir(), 'pw-deep-'));
    server.verifyAndReset();
    await expect(server.writePact(dir)).resolves.toContain('.json');
  });
});

describe('width and size: linear, or refused with a recorded mismatch', () => {
  it('a JSON object of 10^6 members is refused before parsing', async () => {
    let text = '{';
    for (let i = 0; i < 1_000_000; i++) text += `${i === 0 ? '' : ','}"${i.toString(36)}":0`;
    text += '}';
    await hostile('JSON width', { path: '/json', headers: JSON_TYPE, body: text }, bodyProblem(/JSON values or more, over the limit of 250000 \(the maxJsonItems limit\)/));
  });

  it('a JSON array of 10^6 elements is refused; a list of 200,000 objects under a type rule is matched', async () => {
    const wide = `[${Array.from({ length: 1_000_000 }, (_, i) => i % 10).join(',')}]`;
    await hostile('JSON width', { path: '/json', headers: JSON_TYPE, body: wide }, bodyProblem(/maxJsonItems/));
    const server = await serve({ pact: pactJson(interactions) });
    const items = Array.from({ length: 60_000 }, (_, i) => `{"id":${i},"text":"a"}`).join(',');
    const started = performance.now();
    const reply = await send(server.url, { method: 'POST', path: '/typed', headers: JSON_TYPE, body: `{"items":[${items}],"map":{"k":1}}` });
    worst.set('JSON width (matched)', { ms: performance.now() - started, cases: 1 });
    expect(reply.status).toBe(200);
  });

  it('every element of a wide list failing reports 100 mismatches and says more were found', async () => {
    const items = Array.from({ length: 60_000 }, (_, i) => `{"id":${i},"text":"b"}`).join(',');
    await hostile('JSON width', { path: '/typed', headers: JSON_TYPE, body: `{"items":[${items}],"map":{"k":1}}` }, (problems) => {
      const [problem] = problems;
      if (problem?.type !== 'request-mismatch') throw new Error('expected a request-mismatch');
      expect(problem.mismatches).toHaveLength(101);
      expect(problem.mismatches.some((m) => /at most 100 are reported per request/.test(m.mismatch))).toBe(true);
    });
  });

  it('a 4 MB string under a catastrophic regex', async () => {
    await hostile('regex size', { path: '/typed', headers: JSON_TYPE, body: JSON.stringify({ items: [{ id: 1, text: `${'a'.repeat(4_000_000)}!` }], map: { k: 1 } }) }, bodyProblem(/Expected/));
    await hostile('regex size', { path: '/text', headers: { 'Content-Type': 'text/plain' }, body: `${'a'.repeat(3_000_000)}b` }, bodyProblem(/Expected/));
  });

  it('100,000 form fields are matched in linear time; 100,001 are refused', async () => {
    const fields = (n: number): string => Array.from({ length: n }, (_, i) => `f${i}=v`).join('&');
    await hostile('form width', { path: '/form', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: fields(100_000) }, bodyProblem(/Unexpected form post parameter|at most 100/));
    await hostile('form width', { path: '/form', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: fields(100_001) }, bodyProblem(/maxFormFields/));
  });

  it('10,000 multipart parts are matched; 10,001 are refused', async () => {
    const parts = (n: number): Array<[string, string]> => Array.from({ length: n }, (_, i) => [i === 0 ? 'a' : `p${i}`, i === 0 ? '2' : 'v']);
    await hostile('multipart width', { path: '/multipart', headers: { 'Content-Type': MULTIPART_TYPE }, body: multipart(parts(10_000)) }, bodyProblem(/MIME part 'a'/));
    await hostile('multipart width', { path: '/multipart', headers: { 'Content-Type': MULTIPART_TYPE }, body: multipart(parts(10_001)) }, bodyProblem(/maxMultipartParts/));
  });

  it('XML of 90,000 elements is matched; more than 100,000 are refused', async () => {
    await hostile('XML width', { path: '/xml', headers: { 'Content-Type': 'application/xml' }, body: `<a>${'<b>1</b>'.repeat(90_000)}</a>` }, bodyProblem(/Unexpected child|at most 100/));
    await hostile('XML width', { path: '/xml', headers: { 'Content-Type': 'application/xml' }, body: `<a>${'<b/>'.repeat(100_001)}</a>` }, bodyProblem(/maxXmlElements/));
  });

  it('10,000 query parameters are compared', async () => {
    const query = Array.from({ length: 10_000 }, (_, i) => `q${i}=1`).join('&');
    await hostile('query width', { method: 'GET', path: `/query?a=1&${query}` }, (problems) => {
      expect(problems[0]?.type).toBe('request-mismatch');
    });
  });

  it('1,000 headers and a 60 KB header value are compared', async () => {
    const headers: Record<string, string> = { 'X-Big': 'v'.repeat(60_000) };
    for (let i = 0; i < 1_000; i++) headers[`X-H${i}`] = 'v';
    const server = await serve({ pact: pactJson(interactions) });
    const reply = await send(server.url, { path: '/ping', headers });
    // Extra headers are allowed; none was dropped on the way (Node would drop those past 2,000).
    expect(reply.status).toBe(200);
  });
});

describe('mixed and wrong content types', () => {
  const bodies = fc.sample(
    fc.oneof(
      fc.string({ maxLength: 2000 }),
      fc.json({ depthSize: 'large' }),
      fc.constantFrom('<a><b>', '{"a":', '--x\r\n', 'a=%zz&&=', '\u0000\uffff', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'),
    ),
    { seed: 42, numRuns: 60 },
  );
  const types = ['application/json', 'application/xml', 'application/x-www-form-urlencoded', MULTIPART_TYPE, 'text/plain', 'application/octet-stream', 'multipart/form-data'];
  const paths = ['/json', '/typed', '/xml', '/form', '/multipart', '/text'];

  it('60 generated bodies × wrong types: each recorded, the server keeps serving', async () => {
    const server = await serve({ pact: pactJson(interactions) });
    for (let i = 0; i < bodies.length; i++) {
      const started = performance.now();
      const reply = await send(server.url, { method: 'POST', path: paths[i % paths.length], headers: { 'Content-Type': types[i % types.length] as string }, body: bodies[i] as string });
      const seen = worst.get('mixed content') ?? { ms: 0, cases: 0 };
      worst.set('mixed content', { ms: Math.max(seen.ms, performance.now() - started), cases: seen.cases + 1 });
      expect([200, 500]).toContain(reply.status);
      expect((await send(server.url, { path: '/ping' })).status).toBe(200);
    }
    expect(server.counts().requests).toBe(bodies.length * 2);
  });
});

describe('the last line of defence', () => {
  it('an exception inside request handling is recorded as that request failing, answered 500, and the server goes on', async () => {
    let explode = false;
    const server = await serve({
      pact: pactJson(interactions),
      logLevel: 'info',
      logSink: () => {
        if (explode) throw new Error('the log sink broke');
      },
    });
    explode = true;
    const reply = await send(server.url, { path: '/ping' });
    expect(reply.status).toBe(500);
    expect(reply.body).toContain('the log sink broke');
    expect(server.matched()).toBe(false);
    expect(JSON.stringify(server.mismatches())).toContain('the log sink broke');
    explode = false;
    expect((await send(server.url, { path: '/ping' })).status).toBe(200);
  });
});

describe('pact files, the DSL and the merge refuse what is too deep, naming the path', () => {
  const deepArray = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`;
  const depths = [DEFAULT_MAX_DEPTH + 20, 5_000, 200_000];

  it.each(depths)('parsePact, a body %i deep: PactParseError with the path', (depth) => {
    const text = `{"consumer":{"name":"c"},"provider":{"name":"p"},"interactions":[{"description":"d","request":{"method":"POST","path":"/","body":{"a":${deepArray(depth)}}},"response":{"status":200}}]}`;
    let error: unknown;
    try {
      parsePact(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PactParseError);
    expect((error as PactParseError).path).toMatch(/^interactions\[0\]\.request\.body\.a\[0\]/);
    expect((error as Error).message).toContain('nested more than 128 levels deep');
  });

  it.each(depths)('parsePact, generated objects %i deep, with number literals that need the lossless parser', (depth) => {
    const { text } = deepJson(depth, 'mixed', rngOf(depth));
    expect(() => parsePact(`{"metadata":{"x":1.0},"interactions":[{"description":"d","request":{"method":"GET","path":"/","body":${text}},"response":{"status":200}}]}`)).toThrow(PactParseError);
  });

  it('a pact object (not text) nested 50,000 deep is refused the same way', () => {
    let body: unknown = 1;
    for (let i = 0; i < 50_000; i++) body = { a: body };
    expect(() => parsePact({ interactions: [{ description: 'd', request: { method: 'GET', path: '/', body }, response: { status: 200 } }] })).toThrow(/interactions\[0\]\.request\.body\.a\.a.*nested more than 128 levels deep/);
  });

  it.each(depths)('the DSL, a body %i deep (plain, with matchers, and as eachLike chains)', (depth) => {
    let plain: unknown = 1;
    let matched: unknown = 1;
    let chained: unknown = 1;
    for (let i = 0; i < depth; i++) {
      plain = { a: plain };
      matched = like({ a: matched });
      chained = eachLike(chained);
    }
    const builder = (): PactBuilder => new PactBuilder(() => undefined).uponReceiving('x');
    expect(() => builder().withRequest({ method: 'POST', path: '/', body: plain })).toThrow(DslError);
    expect(() => builder().withRequest({ method: 'POST', path: '/', body: plain })).toThrow(/body \$\.a\.a.*nested more than 128 levels deep/);
    expect(() => builder().withRequest({ method: 'POST', path: '/', body: matched })).toThrow(/nested more than 128 levels deep/);
    expect(() => builder().withRequest({ method: 'GET', path: '/' }).willRespondWith({ status: 200, body: chained })).toThrow(/body \$\[0\]\[0\].*nested more than 128 levels deep/);
    expect(() => new PactBuilder(() => undefined).given('s', plain as Record<string, unknown>)).toThrow(/params \$\.a.*nested more than 128 levels deep/);
    expect(() => reify(matched)).toThrow(DslError);
  });

  it('the DSL keeps a body 100 levels deep, matchers included', () => {
    let value: unknown = 1;
    for (let i = 0; i < 100; i++) value = i % 2 ? like({ a: value }) : { a: value };
    const made: HttpInteraction[] = [];
    new PactBuilder((i) => made.push(i)).uponReceiving('x').withRequest({ method: 'POST', path: '/', body: value }).willRespondWith({ status: 200 });
    expect(made).toHaveLength(1);
  });

  it('the pact-file merge refuses an existing file that is too deep, naming the file and the path', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pw-merge-'));
    const existing = `{"consumer":{"name":"web"},"provider":{"name":"api"},"interactions":[{"description":"old","request":{"method":"GET","path":"/","body":${deepArray(100_000)}},"response":{"status":200}}],"metadata":{"pactSpecification":{"version":"3.0.0"}}}`;
    writeFileSync(path.join(dir, 'web-api.json'), existing);
    const server = await serve({ pact: pactJson([interactions[0] as object]) });
    await send(server.url, { path: '/ping' });
    const error = await server.writePact(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PactWriteError);
    expect((error as Error).message).toMatch(/web-api\.json/);
    // Files are read back at the depth ceiling: a raised maxDepth may have written them.
    expect((error as Error).message).toMatch(/interactions\[0\]\.request\.body\[0\]\[0\].*nested more than 1000 levels deep/);
  });
});

describe('the limits option', () => {
  it('each limit can be set, and a bad or unknown one is a ConfigurationError naming it', async () => {
    const { startMockServer } = await import('../../src/server/start.js');
    await expect(startMockServer({ limits: { maxDeph: 3 } as never })).rejects.toThrow(/^limits\.maxDeph: unknown limit \(did you mean maxDepth\?\)/);
    await expect(startMockServer({ limits: { maxDepth: 5_000 } })).rejects.toThrow(/^limits\.maxDepth: expected an integer from 1 to 1000, got 5000/);
    await expect(startMockServer({ limits: { maxJsonItems: 0 } })).rejects.toThrow(/^limits\.maxJsonItems: expected a positive integer, got 0/);
    await expect(startMockServer({ limits: 'big' as never })).rejects.toThrow(/^limits: expected an object/);

    const server = await serve({ pact: pactJson(interactions), limits: { maxDepth: 3, maxFormFields: 2, maxMultipartParts: 1, maxXmlElements: 2, maxJsonItems: 10 } });
    const post = (p: string, type: string, body: string): Promise<{ status: number; body: string }> => send(server.url, { method: 'POST', path: p, headers: { 'Content-Type': type }, body });
    const deep = (await post('/json', 'application/json', '{"name":"Bob","tags":["a"],"meta":{"n":[[1]]}}')).body;
    expect(deep).toContain('nested more than 3 levels deep (the maxDepth limit)');
    expect(deep).toContain('"path": "$.meta.n[0]"');
    expect((await post('/json', 'application/json', `{"name":"Bob","tags":[${'1,'.repeat(10)}1],"meta":{"n":1}}`)).body).toContain('over the limit of 10 (the maxJsonItems limit)');
    expect((await post('/form', 'application/x-www-form-urlencoded', 'a=1&b=2&c=3')).body).toContain('the maxFormFields limit');
    expect((await post('/multipart', MULTIPART_TYPE, multipart([['a', '1'], ['b', '2']]))).body).toContain('the maxMultipartParts limit');
    expect((await post('/xml', 'application/xml', '<a><b>1</b><b>2</b></a>')).body).toContain('the maxXmlElements limit');
    // Within the limits the same server matches as usual.
    expect((await post('/form', 'application/x-www-form-urlencoded', 'a=1&b=2')).status).toBe(200);
    expect((await post('/multipart', MULTIPART_TYPE, multipart([['a', '1']]))).status).toBe(200);
    expect((await send(server.url, { path: '/ping' })).status).toBe(200);
  });

  it('a session hands its limits to its server and its DSL: a raised maxDepth lets a 200-level body through, end to end', async () => {
    const pactDir = mkdtempSync(path.join(tmpdir(), 'pw-session-limits-'));
    let body: unknown = 'leaf';
    for (let i = 0; i < 200; i++) body = { a: body };
    const deepInteraction = (p: PactSession['pact']): void => {
      p.uponReceiving('a deep document').withRequest({ method: 'POST', path: '/deep', body }).willRespondWith({ status: 200 });
    };

    const strict = createPactSession({ consumer: 'web', provider: 'api', pactDir }, { env: {}, color: false });
    await strict.start();
    strict.beginTest('default limit');
    expect(() => deepInteraction(strict.pact)).toThrow(/nested more than 128 levels deep/);
    await strict.finish();

    for (let run = 0; run < 2; run++) {
      // The second run merges into the file the first one wrote, which is read back at the same depth.
      const session = createPactSession({ consumer: 'web', provider: 'api', pactDir, limits: { maxDepth: 250 } }, { env: {}, color: false });
      await session.start();
      session.beginTest('raised limit');
      deepInteraction(session.pact);
      const reply = await send(session.pact.url, { method: 'POST', path: '/deep', headers: JSON_TYPE, body: JSON.stringify(body) });
      expect(reply.status).toBe(200);
      expect(session.endTest()).toBeUndefined();
      const { pactFile } = await session.finish();
      expect(pactFile).toBe(path.join(pactDir, 'web-api.json'));
    }
    // A body past the raised limit is still refused by that server.
    const session = createPactSession({ consumer: 'web', provider: 'api', pactDir, limits: { maxDepth: 250 } }, { env: {}, color: false });
    await session.start();
    session.beginTest('past the raised limit');
    session.pact.uponReceiving('a deep document').withRequest({ method: 'POST', path: '/deep', body }).willRespondWith({ status: 200 });
    let deeper: unknown = body;
    for (let i = 0; i < 60; i++) deeper = { a: deeper };
    const reply = await send(session.pact.url, { method: 'POST', path: '/deep', headers: JSON_TYPE, body: JSON.stringify(deeper) });
    expect(reply.status).toBe(500);
    expect(reply.body).toContain('nested more than 250 levels deep (the maxDepth limit)');
    await session.finish();
  });
});
