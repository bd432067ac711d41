import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BENCH_DIR, REPO_ROOT } from './paths.js';
import { median } from './stats.js';

/**
 * Workload FILE: what a Pactwright test file costs on each runner. The same test files (each with
 * the same two requests) are written twice: once against Pactwright's mock server through the
 * adapter, once against a hand-written `node:http` stub. Both projects run under the same runner
 * and mode, interleaved; the difference of the median wall times, divided by the file count, is
 * the per-file cost.
 */
export type RunnerName = 'vitest' | 'jest' | 'mocha';

export interface RunnerMode {
  runner: RunnerName;
  /** As the report names it. */
  mode: string;
  /** Runner flags for this mode. */
  args: string[];
}

export const RUNNER_MODES: readonly RunnerMode[] = [
  { runner: 'vitest', mode: 'forks (default), isolated', args: ['--pool=forks'] },
  { runner: 'vitest', mode: 'threads, isolated', args: ['--pool=threads'] },
  { runner: 'jest', mode: 'workers (2)', args: ['--maxWorkers=2'] },
  { runner: 'jest', mode: 'in band', args: ['--runInBand'] },
  { runner: 'mocha', mode: 'serial', args: [] },
  { runner: 'mocha', mode: '--parallel (2 jobs)', args: ['--parallel', '--jobs', '2'] },
];

export interface PerFileRow {
  runner: RunnerName;
  mode: string;
  files: number;
  reps: number;
  pactwrightMs: number;
  stubMs: number;
  perFileMs: number;
}

type Variant = 'pactwright' | 'stub';

// Inside the repository (gitignored), so the projects resolve the adapters as installed packages.
const WORK_DIR = join(BENCH_DIR, '.tmp', 'per-file');

function binOf(pkg: string, file: string, from = REPO_ROOT): string {
  return join(dirname(createRequire(join(from, 'package.json')).resolve(`${pkg}/package.json`)), file);
}

const BINS: Record<RunnerName, () => string> = {
  vitest: () => binOf('vitest', 'vitest.mjs'),
  jest: () => binOf('jest', 'bin/jest.js', join(REPO_ROOT, 'harnesses', 'jest30')),
  mocha: () => binOf('mocha', 'bin/mocha.js'),
};

const STUB = `const server = createServer((request, response) => {
  response.setHeader('Content-Type', 'application/json');
  response.end(JSON.stringify({ id: Number(request.url.split('/').pop()) }));
});
let url;
before(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = 'http://127.0.0.1:' + server.address().port;
});
after(() => new Promise((resolve) => server.close(resolve)));`;

function testBody(variant: Variant, index: number): string {
  const base = variant === 'pactwright' ? 'pact.url' : 'url';
  const register =
    variant === 'pactwright'
      ? [1, 2]
          .map((id) => `  pact.uponReceiving('a request for item ${id} (file ${index})').withRequest({ method: 'GET', path: '/items/${id}' }).willRespondWith({ status: 200, headers: { 'Content-Type': 'application/json' }, body: { id: ${id} } });`)
          .join('\n')
      : '';
  return `test('gets two items', async () => {
${register}
  const first = await (await fetch(${base} + '/items/1')).json();
  const second = await (await fetch(${base} + '/items/2')).json();
  if (first.id !== 1 || second.id !== 2) throw new Error('wrong items');
});
`;
}

/** The test file `index` of `variant` for `runner`. */
function testFile(runner: RunnerName, variant: Variant, index: number): string {
  const hooks = runner === 'mocha' ? '' : 'const before = beforeAll;\nconst after = afterAll;\n';
  if (variant === 'stub') {
    const imports = runner === 'vitest' ? "import { afterAll, beforeAll, test } from 'vitest';\nimport { createServer } from 'node:http';" : runner === 'jest' ? "const { createServer } = require('node:http');" : "import { createServer } from 'node:http';\nconst test = it;";
    return `${imports}\n${hooks}${STUB}\n${testBody('stub', index)}`;
  }
  const imports =
    runner === 'vitest'
      ? "import { test } from 'vitest';\nimport { pact } from '@pactwright/vitest-plugin';"
      : runner === 'jest'
        ? "const { pact } = require('@pactwright/jest-env');"
        : "import { pact } from '@pactwright/mocha-hooks';\nconst test = it;";
  return `${imports}\n${testBody('pactwright', index)}`;
}

const EXTENSION: Record<RunnerName, string> = { vitest: '.test.mjs', jest: '.test.js', mocha: '.spec.mjs' };

/** Writes the project of `runner` and `variant` with `files` test files; returns its directory. */
export function writeProject(runner: RunnerName, variant: Variant, files: number): string {
  const dir = join(WORK_DIR, `${runner}-${variant}-${files}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'tests'), { recursive: true });
  const names = { consumer: 'bench-web', provider: 'bench-api' };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `bench-${runner}-${variant}`, private: true }));
  if (runner === 'vitest') {
    writeFileSync(
      join(dir, 'vitest.config.mjs'),
      variant === 'pactwright'
        ? `import { defineConfig } from 'vitest/config';\nimport { pactwright } from '@pactwright/vitest-plugin';\nexport default defineConfig({ plugins: [pactwright(${JSON.stringify(names)})], test: { include: ['tests/*.test.mjs'] } });\n`
        : `import { defineConfig } from 'vitest/config';\nexport default defineConfig({ test: { include: ['tests/*.test.mjs'] } });\n`,
    );
  } else if (runner === 'jest') {
    const config = variant === 'pactwright' ? { preset: '@pactwright/jest-env', testEnvironmentOptions: { pactwright: names } } : { testEnvironment: 'node' };
    writeFileSync(join(dir, 'jest.config.js'), `module.exports = ${JSON.stringify({ ...config, testMatch: ['<rootDir>/tests/*.test.js'] })};\n`);
  } else {
    writeFileSync(join(dir, '.mocharc.json'), JSON.stringify({ spec: ['tests/*.spec.mjs'], ...(variant === 'pactwright' ? { require: ['@pactwright/mocha-hooks'], pactwright: names } : {}) }));
  }
  for (let index = 0; index < files; index++) writeFileSync(join(dir, 'tests', `file-${index}${EXTENSION[runner]}`), testFile(runner, variant, index));
  return dir;
}

/** Runs the runner over `dir` once in `mode`; wall milliseconds. Throws when the run is not green. */
export function runOnce(mode: RunnerMode, dir: string): number {
  const args = mode.runner === 'vitest' ? ['run', ...mode.args] : mode.runner === 'jest' ? ['--ci', ...mode.args] : mode.args;
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !/^(VITEST|PACTWRIGHT_|NODE_OPTIONS$)/.test(key)) env[key] = value;
  const begin = performance.now();
  const run = spawnSync(process.execPath, [BINS[mode.runner](), ...args], { cwd: dir, env: { ...env, NO_COLOR: '1', CI: '1' }, encoding: 'utf8', timeout: 180_000 });
  const ms = performance.now() - begin;
  if (run.status !== 0) throw new Error(`${mode.runner} ${mode.mode} in ${dir} exited ${run.status}:\n${run.stdout}${run.stderr}`);
  return ms;
}

/**
 * Per-file cost per runner mode: `reps` runs of each project, the Pactwright and stub runs
 * interleaved (their order swapped every repetition), one warm-up run each first.
 */
export function perFileCosts(modes: readonly RunnerMode[], files: number, reps: number, onProgress: (line: string) => void = () => undefined): PerFileRow[] {
  const rows: PerFileRow[] = [];
  for (const mode of modes) {
    const dirs = { pactwright: writeProject(mode.runner, 'pactwright', files), stub: writeProject(mode.runner, 'stub', files) };
    runOnce(mode, dirs.pactwright);
    runOnce(mode, dirs.stub);
    const times: Record<Variant, number[]> = { pactwright: [], stub: [] };
    for (let rep = 0; rep < reps; rep++) {
      const order: Variant[] = rep % 2 === 0 ? ['pactwright', 'stub'] : ['stub', 'pactwright'];
      for (const variant of order) times[variant].push(runOnce(mode, dirs[variant]));
    }
    const pactwrightMs = median(times.pactwright);
    const stubMs = median(times.stub);
    const row = { runner: mode.runner, mode: mode.mode, files, reps, pactwrightMs, stubMs, perFileMs: (pactwrightMs - stubMs) / files };
    onProgress(`FILE ${mode.runner} ${mode.mode}: pactwright ${pactwrightMs.toFixed(0)} ms, stub ${stubMs.toFixed(0)} ms → ${row.perFileMs.toFixed(1)} ms per file (${files} files, median of ${reps})`);
    rows.push(row);
  }
  return rows;
}

