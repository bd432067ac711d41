#!/usr/bin/env node
// Dev tool: regenerate the golden pact files that test/dsl/golden.test.ts compares Pactwright's
// DSL output with. It installs the real Pact JS (and a Node it supports) in a temp dir outside the
// repo, runs the interactions of cases.mjs through a PactV3 mock server there, and copies the pact
// files it writes into test/dsl/golden/. The project's tests never run this; they only read the files.
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
  writeFileSync(runner, runnerSource(pathToFileURL(path.join(here, 'cases.mjs')).href, pactDir));
  run(nodeBin, [runner], workdir);

  mkdirSync(goldenDir, { recursive: true });
  for (const f of readdirSync(pactDir)) {
    if (f.endsWith('.json')) cpSync(path.join(pactDir, f), path.join(goldenDir, f));
    console.log(`golden: ${path.relative(process.cwd(), path.join(goldenDir, f))}`);
  }
} finally {
  if (!keep && workdirArg < 0) rmSync(workdir, { recursive: true, force: true });
  else console.log(`work dir kept: ${workdir}`);
}

/** The script run under Node 24 inside the work dir, where Pact JS is installed. */
function runnerSource(casesUrl, pactDir) {
  return `
import { createRequire } from 'node:module';
import { goldenCases } from ${JSON.stringify(casesUrl)};
const require = createRequire(import.meta.url);
const { PactV3, MatchersV3 } = require('@pact-foundation/pact');

// The request a real client would send for an interaction: every matcher replaced by its example.
function toFetch(baseUrl, req) {
  const reify = MatchersV3.reify;
  const url = new URL(baseUrl + reify(req.path));
  for (const [k, v] of Object.entries(req.query ?? {})) {
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

for (const c of goldenCases(MatchersV3)) {
  const pact = new PactV3({ consumer: 'pactwright-golden', provider: c.provider, dir: ${JSON.stringify(pactDir)}, logLevel: 'warn' });
  for (const i of c.interactions) pact.addInteraction(i);
  await pact.executeTest(async (server) => {
    for (const i of c.interactions) {
      const res = await toFetch(server.url, i.withRequest);
      await res.arrayBuffer();
      if (res.status !== i.willRespondWith.status) throw new Error(i.uponReceiving + ': mock server answered ' + res.status);
    }
  });
}
`;
}
