#!/usr/bin/env node
// Measures what @pactwright/vitest-plugin adds per test file over plain Vitest.
//
//   node scripts/measure-overhead.mjs [--files 10] [--runs 5] [--no-isolate]
//
// Builds two throwaway projects under .tmp/ (so they resolve the monorepo's Vitest and this
// package): the same N files, each with one test that fetches from an HTTP server. "plain" starts
// its own node:http server per file; "pactwright" uses the plugin's mock server with one
// interaction per test (registered, verified, pact written). Each project is run R times with one
// worker and no file parallelism, so wall-time differences are per-file costs; medians reported.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { files: { type: 'string', default: '10' }, runs: { type: 'string', default: '5' }, 'no-isolate': { type: 'boolean', default: false } },
});
// Vitest's default isolates every file (fresh module graph per file); --no-isolate shows the cost
// that remains once the plugin and engine modules are loaded once per worker.
const extraArgs = values['no-isolate'] ? ['--no-isolate'] : [];
const files = Number(values.files);
const runs = Number(values.runs);
const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const vitestBin = join(packageDir, '../../node_modules/vitest/vitest.mjs');
const workDir = join(packageDir, '.tmp/overhead');

const plainTest = (i) => `import http from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
let server;
let url;
beforeAll(async () => {
  server = http.createServer((req, res) => { res.setHeader('Content-Type', 'application/json'); res.end('{"id":${i}}'); });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  url = 'http://127.0.0.1:' + server.address().port;
});
afterAll(() => new Promise((done) => server.close(done)));
test('gets item ${i}', async () => {
  expect(await (await fetch(url + '/items/${i}')).json()).toEqual({ id: ${i} });
});
`;

const pactTest = (i) => `import { expect } from 'vitest';
import { test } from '@pactwright/vitest-plugin';
test('gets item ${i}', async ({ pact }) => {
  pact.uponReceiving('a request for item ${i}').withRequest({ method: 'GET', path: '/items/${i}' })
    .willRespondWith({ status: 200, headers: { 'Content-Type': 'application/json' }, body: { id: ${i} } });
  expect(await (await fetch(pact.url + '/items/${i}')).json()).toEqual({ id: ${i} });
});
`;

function makeProject(name, config, testSource) {
  const dir = join(workDir, name);
  mkdirSync(join(dir, 'tests'), { recursive: true });
  writeFileSync(join(dir, 'vitest.config.mjs'), config);
  for (let i = 1; i <= files; i++) writeFileSync(join(dir, `tests/item-${i}.test.mjs`), testSource(i));
  return dir;
}

function timeRun(dir) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [vitestBin, 'run', '--maxWorkers=1', '--no-file-parallelism', '--reporter=dot', ...extraArgs], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 300_000,
  });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`vitest failed in ${dir}:\n${result.stdout}\n${result.stderr}`);
  return elapsed;
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

rmSync(workDir, { recursive: true, force: true });
const plainDir = makeProject('plain', `export default {};\n`, plainTest);
const pactDir = makeProject(
  'pactwright',
  `import { pactwright } from '@pactwright/vitest-plugin';\nexport default { plugins: [pactwright({ consumer: 'bench-web', provider: 'bench-api' })] };\n`,
  pactTest,
);

// One warm-up each (Vite's caches, disk).
timeRun(plainDir);
timeRun(pactDir);
const plain = [];
const pact = [];
for (let r = 0; r < runs; r++) {
  plain.push(timeRun(plainDir));
  pact.push(timeRun(pactDir));
}
rmSync(workDir, { recursive: true, force: true });

const plainMedian = median(plain);
const pactMedian = median(pact);
const fmt = (ms) => `${Math.round(ms)} ms`;
console.log(`Vitest run of ${files} files, one worker${extraArgs.length ? ', --no-isolate' : ''}, ${runs} runs each (median wall time):`);
console.log(`  plain Vitest:            ${fmt(plainMedian)}   [${plain.map(fmt).join(', ')}]`);
console.log(`  with pactwright plugin:  ${fmt(pactMedian)}   [${pact.map(fmt).join(', ')}]`);
console.log(`  overhead per run:        ${fmt(pactMedian - plainMedian)}`);
console.log(`  overhead per test file:  ${fmt((pactMedian - plainMedian) / files)}`);
