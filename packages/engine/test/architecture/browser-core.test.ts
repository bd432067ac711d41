/**
 * The engine's core (model, matching, generators, dsl, mock) runs unchanged where there is no Node: the
 * msw transport and Vitest browser mode load it in a page or a service worker. This bundles the
 * core for the browser platform (esbuild fails on any `node:` import; no polyfills are added) and
 * runs it in a context with web globals only, no `Buffer`, `process` or `require`: every spec
 * conformance case must give the same mismatches there as in Node, and a DSL-built interaction must
 * build, generate and match.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { webcrypto } from 'node:crypto';
import vm from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchRequest, matchResponse } from '../../src/matching/index.js';
import type { SpecVersion } from '../../src/model/types.js';

const engineRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const specRoot = join(engineRoot, '../../../shared/pact-specification');
const VERSIONS: Record<string, SpecVersion> = { '1': '1', '1.1': '1.1', '2': '2', '3': '3', '4': '4' };

// Whoever bundles the core for a browser hands over the dependencies the engine loads on first use.
const ENTRY = `
import * as xmldom from '@xmldom/xmldom';
import * as re2js from 're2js';
import RandExp from 'randexp';
import * as diff from 'diff';
import { provideDependencies } from './src/load-on-first-use.ts';
provideDependencies({ '@xmldom/xmldom': xmldom, re2js, randexp: RandExp, diff });
export { matchRequest, matchResponse } from './src/matching/index.ts';
export { generateResponse } from './src/generators/index.ts';
export { PactBuilder } from './src/dsl/index.ts';
export { like, uuid, integer, eachLike } from './src/dsl/matchers/index.ts';
export { parsePact, serializePact } from './src/model/index.ts';
export { utf8Text } from './src/model/bytes.ts';
export { MockCore } from './src/mock/mock-core.ts';
export { formatProblems } from './src/report/index.ts';
`;

interface SpecCase {
  id: string;
  spec: SpecVersion;
  part: 'request' | 'response';
  text: string;
}

function specCases(): SpecCase[] {
  const out: SpecCase[] = [];
  for (const dir of readdirSync(specRoot).sort()) {
    const version = /^version-(.+)$/.exec(dir)?.[1];
    const spec = version === undefined ? undefined : VERSIONS[version];
    if (spec === undefined) continue;
    for (const part of ['request', 'response'] as const) {
      const partDir = join(specRoot, dir, 'testcases', part);
      if (!existsSync(partDir)) continue;
      for (const folder of readdirSync(partDir).sort()) {
        for (const file of readdirSync(join(partDir, folder)).sort()) {
          if (file.endsWith('.json')) out.push({ id: `V${version}/${part}/${folder}/${file}`, spec, part, text: readFileSync(join(partDir, folder, file), 'utf8').replace(/^\uFEFF/, '') });
        }
      }
    }
  }
  return out;
}

/** A context with what browsers and service workers have, and nothing of Node's. */
function browserLikeContext(): vm.Context {
  return vm.createContext({ TextEncoder, TextDecoder, URL, URLSearchParams, crypto: webcrypto, console, structuredClone, queueMicrotask, setTimeout, clearTimeout, atob, btoa });
}

const available = existsSync(specRoot);

describe.skipIf(!available)('the engine core in a browser bundle', () => {
  let context: vm.Context;
  let bundledFiles: string[];

  beforeAll(async () => {
    const result = await build({
      stdin: { contents: ENTRY, resolveDir: engineRoot, loader: 'ts', sourcefile: 'browser-core-entry.ts' },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'core',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    bundledFiles = Object.keys(result.metafile.inputs).filter((file) => file.startsWith('src/'));
    context = browserLikeContext();
    vm.runInContext(result.outputFiles[0]?.text ?? '', context, { filename: 'browser-core.js' });
  }, 60_000);

  it('holds only the core layers, in a context without Buffer, process or require', () => {
    expect(bundledFiles.length).toBeGreaterThan(20);
    for (const file of bundledFiles) expect(file, relative(engineRoot, file)).toMatch(/^src\/((model|matching|generators|dsl|mock|report)\/|errors\.ts$|load-on-first-use\.ts$)/);
    expect(vm.runInContext('[typeof Buffer, typeof process, typeof require, typeof global, typeof setImmediate].join()', context)).toBe('undefined,undefined,undefined,undefined,undefined');
  });

  it('gives every spec conformance case the same mismatches as in Node', () => {
    const cases = specCases();
    expect(cases.length).toBeGreaterThan(400);
    context.casesJson = JSON.stringify(cases);
    const inBrowser = JSON.parse(
      vm.runInContext(
        `JSON.stringify(JSON.parse(casesJson).map((c) => {
          const { expected, actual } = JSON.parse(c.text);
          const match = c.part === 'request' ? core.matchRequest : core.matchResponse;
          return match(expected, actual, { spec: c.spec });
        }))`,
        context,
      ) as string,
    ) as unknown[][];
    const disagreements: string[] = [];
    let verdictsRight = 0;
    cases.forEach((c, i) => {
      const { expected, actual, match } = JSON.parse(c.text) as { expected: object; actual: object; match: boolean };
      const inNode = c.part === 'request' ? matchRequest(expected, actual, { spec: c.spec }) : matchResponse(expected, actual, { spec: c.spec });
      if (JSON.stringify(inBrowser[i]) !== JSON.stringify(inNode)) disagreements.push(c.id);
      if ((inBrowser[i]?.length === 0) === match) verdictsRight++;
    });
    expect(disagreements).toEqual([]);
    expect(verdictsRight).toBe(cases.length);
  });

  it('builds an interaction with the DSL, generates its response and matches its request', () => {
    const outcome = JSON.parse(
      vm.runInContext(
        `(() => {
          const built = [];
          const builder = new core.PactBuilder((interaction) => built.push(interaction), { spec: '3' });
          builder
            .given('a user exists', { id: 7 })
            .uponReceiving('a request for a user')
            .withRequest({ method: 'GET', path: '/users/7', headers: { Accept: 'application/json' } })
            .willRespondWith({ status: 200, headers: { 'Content-Type': 'application/json' }, body: { id: core.uuid(), name: core.like('Zoë'), tags: core.eachLike('a') } });
          const [interaction] = built;
          const response = core.generateResponse(interaction.response);
          const body = JSON.parse(core.utf8Text(response.body.content));
          const matched = core.matchRequest({ method: 'GET', path: '/users/7', headers: { Accept: 'application/json' } }, { method: 'GET', path: '/users/7', headers: { Accept: 'application/json' } }, { spec: '3' });
          const mismatched = core.matchRequest({ method: 'GET', path: '/users/7' }, { method: 'GET', path: '/users/8' }, { spec: '3' });
          const pact = core.serializePact({ consumer: { name: 'web' }, provider: { name: 'api' }, interactions: built, otherInteractions: [], metadata: {}, specVersion: '3' });
          const reparsed = core.parsePact(pact);
          return JSON.stringify({ body, matched, mismatched: mismatched.map((m) => m.type), description: reparsed.interactions[0].description, states: reparsed.interactions[0].providerStates });
        })()`,
        context,
      ) as string,
    ) as { body: { id: string; name: string; tags: string[] }; matched: unknown[]; mismatched: string[]; description: string; states: unknown[] };
    expect(outcome.body.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(outcome.body).toMatchObject({ name: 'Zoë', tags: ['a'] });
    expect(outcome.matched).toEqual([]);
    expect(outcome.mismatched).toEqual(['PathMismatch']);
    expect(outcome.description).toBe('a request for a user');
    expect(outcome.states).toEqual([{ name: 'a user exists', params: { id: 7 } }]);
  });

  it('runs the transport-free mock: answers, records a mismatch with its 500 body, and verifies', () => {
    const outcome = JSON.parse(
      vm.runInContext(
        `(() => {
          const mock = new core.MockCore({ cors: true });
          const prepared = [];
          const builder = new core.PactBuilder((interaction) => prepared.push(mock.register(interaction, '3')), { spec: '3' });
          builder.uponReceiving('a user').withRequest({ method: 'GET', path: '/users/1' }).willRespondWith({ status: 200, body: { id: core.integer(1) } });
          builder.uponReceiving('never called').withRequest({ method: 'DELETE', path: '/users/1' }).willRespondWith({ status: 204 });
          const request = (method, path, query) => ({ method, path, ...(query ? { query: { page: [query] }, rawQuery: 'page=' + query } : {}), body: { kind: 'empty' } });
          const ok = mock.respond(request('GET', '/users/1'), {});
          const wrong = mock.respond(request('GET', '/users/1', '2'), {});
          const unknown = mock.respond(request('GET', '/nothing'), {});
          const preflight = mock.respond(request('OPTIONS', '/nothing'), {});
          const verification = mock.verify(prepared);
          const report = core.formatProblems(verification.problems, verification.missing, { interactions: prepared });
          return JSON.stringify({
            report,
            ok: { status: ok.answer.response.status, body: JSON.parse(core.utf8Text(ok.answer.response.body)) },
            wrong: { kind: wrong.answer.kind, xPact: wrong.answer.xPact, type: wrong.answer.body.type, interaction: wrong.answer.body.interaction },
            unknown: unknown.answer.xPact,
            preflight: preflight.answer.kind,
            verification: { ok: verification.ok, types: verification.mismatches.map((m) => m.type), missing: verification.missing.map((p) => p.description) },
            counts: mock.counts(),
          });
        })()`,
        context,
      ) as string,
    ) as Record<string, unknown>;
    const { report, ...rest } = outcome as { report: string };
    expect(report, 'the readable report, uncoloured where there is no terminal').toContain('Expected request was not received: "never called"');
    expect(report).toContain('Unexpected request');
    expect(report).not.toContain('\u001b[');
    expect(rest).toEqual({
      ok: { status: 200, body: { id: 1 } },
      wrong: { kind: 'failure', xPact: 'Request-Mismatch', type: 'request-mismatch', interaction: 'a user' },
      unknown: 'Unexpected-Request',
      preflight: 'pre-flight',
      verification: { ok: false, types: ['request-mismatch', 'request-not-found', 'missing-request'], missing: ['never called'] },
      counts: { requests: 4, matched: 1, mismatched: 1, unexpected: 1 },
    });
  });
});
