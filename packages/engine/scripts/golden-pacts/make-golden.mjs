#!/usr/bin/env node
// Dev tool: regenerate the golden pact files that test/dsl/golden.test.ts compares Pactwright's
// DSL output with. It installs the real Pact JS (and a Node it supports) in a temp dir outside the
// repo, runs the interactions of cases.mjs through a PactV3 mock server (V3 files), cases-v2.mjs
// through PactV2 (V2 files) and cases.mjs plus cases-v4.mjs through PactV4 (V4 files), and copies
// the pact files it writes into test/dsl/golden/{v3,v2,v4}/. The project's tests never run this;
// they only read the files.
//
// Usage: node scripts/golden-pacts/make-golden.mjs [--workdir DIR] [--keep]
//   --workdir DIR  reuse (or create) this install dir instead of a fresh one under os.tmpdir()
//   --keep         do not delete the temp dir afterwards
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PACT_JS = '@pact-foundation/pact@17';
// Pact JS 17 requires Node >= 22; the repo's own floor is 20, so bring a Node 24 along.
const NODE = 'node@24';

const here = path.dirname(fileURLToPath(import.meta.url));
const goldenDir = path.resolve(here, '../../test/dsl/golden');
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const workdirArg = args.indexOf('--workdir');
const workdir = workdirArg >= 0 && args[workdirArg + 1]
  ? path.resolve(args[workdirArg + 1])
  : mkdtempSync(path.join(os.tmpdir(), 'pactwright-golden-'));

function run(cmd, argv, cwd) {
  const r = spawnSync(cmd, argv, { cwd, stdio: 'inherit', env: process.env });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed with exit code ${r.status}`);
}

try {
  mkdirSync(workdir, { recursive: true });
  const nodeBin = path.join(workdir, 'node_modules', '.bin', 'node');
  if (!existsSync(path.join(workdir, 'node_modules', '@pact-foundation', 'pact')) || !existsSync(nodeBin)) {
    writeFileSync(path.join(workdir, 'package.json'), JSON.stringify({ name: 'pactwright-golden', private: true, type: 'module' }));
    run('npm', ['install', '--no-audit', '--no-fund', '--no-save', PACT_JS, NODE], workdir);
  }
  const pactDir = path.join(workdir, 'pacts');
  rmSync(pactDir, { recursive: true, force: true });
  const runner = path.join(workdir, 'run-golden.mjs');
  const url = (name) => pathToFileURL(path.join(here, name)).href;
  writeFileSync(runner, runnerSource({ v3: url('cases.mjs'), v2: url('cases-v2.mjs'), v4: url('cases-v4.mjs') }, pactDir));
  run(nodeBin, [runner], workdir);

  for (const version of ['v3', 'v2', 'v4']) {
    const from = path.join(pactDir, version);
    const to = path.join(goldenDir, version);
    mkdirSync(to, { recursive: true });
    for (const f of readdirSync(from)) {
      if (!f.endsWith('.json')) continue;
      cpSync(path.join(from, f), path.join(to, f));
      console.log(`golden: ${path.relative(process.cwd(), path.join(to, f))}`);
    }
  }
} finally {
  if (!keep && workdirArg < 0) rmSync(workdir, { recursive: true, force: true });
  else console.log(`work dir kept: ${workdir}`);
}

/** The script run under Node 24 inside the work dir, where Pact JS is installed. */
function runnerSource(cases, pactDir) {
  return `
import { createRequire } from 'node:module';
import path from 'node:path';
import { goldenCases } from ${JSON.stringify(cases.v3)};
import { goldenCasesV2 } from ${JSON.stringify(cases.v2)};
import { goldenCasesV4 } from ${JSON.stringify(cases.v4)};
const require = createRequire(import.meta.url);
const { PactV2, PactV3, PactV4, MatchersV2, MatchersV3 } = require('@pact-foundation/pact');
const pactDir = ${JSON.stringify(pactDir)};

// The request a real client would send for an interaction: every matcher replaced by its example.
function toFetch(baseUrl, req, reify) {
  const url = new URL(baseUrl + reify(req.path) + (typeof req.query === 'string' ? '?' + req.query : ''));
  for (const [k, v] of Object.entries(typeof req.query === 'object' ? req.query : {})) {
    for (const one of Array.isArray(v) ? v : [v]) url.searchParams.append(k, reify(one));
  }
  const headers = {};
  for (const [k, v] of Object.entries(req.headers ?? {})) {
    headers[k] = (Array.isArray(v) ? v : [v]).map(reify).join(', ');
  }
  let body;
  if (req.body !== undefined) {
    body = typeof req.body === 'string' ? req.body : JSON.stringify(reify(req.body));
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
  }
  return fetch(url, { method: req.method, headers, body });
}

async function send(baseUrl, i, reify) {
  const res = await toFetch(baseUrl, i.withRequest, reify);
  await res.arrayBuffer();
  if (res.status !== reify(i.willRespondWith.status)) throw new Error(i.uponReceiving + ': mock server answered ' + res.status);
}

// PactV4 has no object form (withCompleteRequest is not implemented): a text body under a non-JSON
// Content-Type goes through body(), anything else through jsonBody().
function setBody(builder, part) {
  if (part.body === undefined) return;
  const type = Object.entries(part.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
  const contentType = typeof type === 'string' ? type : undefined;
  if (typeof part.body === 'string' && contentType !== undefined && !/json/i.test(contentType)) {
    builder.body(contentType, Buffer.from(part.body, 'utf8'));
  } else {
    builder.jsonBody(part.body);
  }
}

for (const c of goldenCases(MatchersV3)) {
  const pact = new PactV3({ consumer: 'pactwright-golden', provider: c.provider, dir: path.join(pactDir, 'v3'), logLevel: 'warn' });
  for (const i of c.interactions) pact.addInteraction(i);
  await pact.executeTest(async (server) => {
    for (const i of c.interactions) await send(server.url, i, MatchersV3.reify);
  });
}

for (const c of goldenCasesV2(MatchersV2)) {
  const pact = new PactV2({ consumer: 'pactwright-golden-v2', provider: c.provider, dir: path.join(pactDir, 'v2'), logLevel: 'warn' });
  await pact.setup();
  for (const i of c.interactions) {
    await pact.addInteraction(i);
    await send(pact.mockService.baseUrl, i, MatchersV3.reify);
    await pact.verify();
  }
  await pact.finalize();
}

for (const c of [...goldenCases(MatchersV3), ...goldenCasesV4(MatchersV3)]) {
  const pact = new PactV4({ consumer: 'pactwright-golden-v4', provider: c.provider, dir: path.join(pactDir, 'v4'), logLevel: 'warn' });
  for (const i of c.interactions) {
    let b = pact.addInteraction();
    for (const s of i.states ?? []) b = b.given(s.description, s.parameters);
    b = b.uponReceiving(i.uponReceiving);
    if (i.pending) b = b.pending(true);
    for (const text of i.comments ?? []) b = b.comment(text);
    if (i.testName) b = b.testName(i.testName);
    const req = i.withRequest;
    const res = i.willRespondWith;
    await b
      .withRequest(req.method, req.path, (r) => {
        if (req.query) r.query(req.query);
        if (req.headers) r.headers(req.headers);
        setBody(r, req);
      })
      .willRespondWith(res.status, (r) => {
        if (res.headers) r.headers(res.headers);
        setBody(r, res);
      })
      .executeTest(async (server) => send(server.url, i, MatchersV3.reify));
  }
}
`;
}
