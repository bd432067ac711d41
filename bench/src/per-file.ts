import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BENCH_DIR, REPO_ROOT, RUNTIME_DIR, RUNTIME_NODE } from './paths.js';
import { median, medianDifferenceInterval, pairedDifferences, pairedMedianInterval } from './stats.js';

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
  /** The runner's CLI script; the repository's runner of that name when absent. */
  bin?: () => string;
  /** The Node binary; the one running the bench when absent. */
  node?: string;
  /** Where the projects are written, so that they resolve this mode's runner. */
  workDir?: string;
  /**
   * Jest only: forget the test durations Jest keeps between runs. With them, Jest runs a project of
   * at most 20 fast files in band whatever `--maxWorkers` says; without them (a fresh CI machine),
   * it starts its workers.
   */
  forgetTimings?: boolean;
}

// Inside the repository (gitignored), so that the projects resolve the packages' own dependencies
// from the repository's node_modules. The PACTJS projects live under bench/runtime, whose
// node_modules holds Pact JS and Vitest 3.
const WORK_DIR = join(BENCH_DIR, '.tmp', 'per-file');
const PACT_JS_WORK_DIR = join(RUNTIME_DIR, '.tmp', 'per-file');

export const RUNNER_MODES: readonly RunnerMode[] = [
  { runner: 'vitest', mode: 'forks (default), isolated', args: ['--pool=forks'] },
  { runner: 'vitest', mode: 'threads, isolated', args: ['--pool=threads'] },
  { runner: 'jest', mode: 'workers (2)', args: ['--maxWorkers=2'], forgetTimings: true },
  { runner: 'jest', mode: 'in band', args: ['--runInBand'] },
  { runner: 'mocha', mode: 'serial', args: [] },
  { runner: 'mocha', mode: '--parallel (2 jobs)', args: ['--parallel', '--jobs', '2'] },
];

/**
 * Workload PACTJS: the same files written with Pact JS 17 (`PactV3` + `executeTest`, its native
 * core), with the Vitest plugin, and against the stub, run side by side under Vitest 3.2.7 on
 * Node 24 (both from `bench/runtime`), isolated, one file at a time.
 */
export const PACT_JS_MODE: RunnerMode = {
  runner: 'vitest',
  mode: 'Vitest 3.2.7, Node 24, forks, isolated, no file parallelism',
  args: ['--pool=forks', '--no-file-parallelism'],
  bin: () => join(RUNTIME_DIR, 'node_modules', 'vitest', 'vitest.mjs'),
  node: RUNTIME_NODE,
  workDir: PACT_JS_WORK_DIR,
};

export interface PerFileRow {
  runner: RunnerName;
  mode: string;
  files: number;
  reps: number;
  pactwrightMs: number;
  stubMs: number;
  perFileMs: number;
  /** With `--baseline`: the project with the baseline's engine. */
  baselineMs?: number;
  baselinePerFileMs?: number;
  /** The same difference in CPU time of the runner's process tree (Linux): steadier than wall time. */
  perFileCpuMs?: number;
  /** The stub's files in a project set up for Pactwright, less the stub project, per file (wall, CPU). */
  unitPerFileMs?: number;
  unitPerFileCpuMs?: number;
  /** A 90% bootstrap interval of `perFileMs` from the runs themselves: how far it can be trusted. */
  perFileInterval?: { low: number; high: number };
  /**
   * The median of the per-file differences of the runs made in the same repetition (pactwright
   * against stub), with its 90% interval: a second reading of the same runs, which drift of the
   * machine between repetitions does not move. The target is checked on `perFileMs`, as the issue
   * defines it.
   */
  perFilePairedMs?: number;
  perFilePairedInterval?: { low: number; high: number };
  /** Every run's wall time (ms), per project, in the order of the repetitions: for a later reading. */
  runs?: Partial<Record<Variant, number[]>>;
}

export interface PactJsRow {
  mode: string;
  files: number;
  reps: number;
  pactJsMs: number;
  pactwrightMs: number;
  stubMs: number;
  /** (median Pact JS project − median stub project) / files. */
  pactJsPerFileMs: number;
  /** (median Pactwright project − median stub project) / files. */
  pactwrightPerFileMs: number;
  /** With `--baseline`: the Pactwright project with the baseline's engine. */
  baselineMs?: number;
  baselinePerFileMs?: number;
  /** The per-file costs in CPU time of the runner's process tree (Linux). */
  pactJsPerFileCpuMs?: number;
  pactwrightPerFileCpuMs?: number;
  /** 90% bootstrap intervals of the two per-file costs (wall). */
  pactJsPerFileInterval?: { low: number; high: number };
  pactwrightPerFileInterval?: { low: number; high: number };
  /** The paired readings of the two per-file costs (see {@link PerFileRow.perFilePairedMs}). */
  pactJsPerFilePairedMs?: number;
  pactwrightPerFilePairedMs?: number;
  /** Every run's wall time (ms), per project, in the order of the repetitions. */
  runs?: Partial<Record<Variant, number[]>>;
}

/**
 * `baseline`: the Pactwright project with the engine of another commit (`--baseline`). `unit`: the
 * stub's files (no Pact in them) in a project set up for Pactwright: what a unit test beside the
 * pact tests pays for the adapter.
 */
export type Variant = 'pactwright' | 'stub' | 'pactjs' | 'baseline' | 'unit';

function binOf(pkg: string, file: string, from = REPO_ROOT): string {
  return join(dirname(createRequire(join(from, 'package.json')).resolve(`${pkg}/package.json`)), file);
}

/** Where Jest 30, the Jest the FILE projects run under, is installed. */
const JEST_HARNESS = join(REPO_ROOT, 'harnesses', 'jest30');

/** The CLI script of each runner the FILE projects run under. */
export const BINS: Record<RunnerName, () => string> = {
  vitest: () => binOf('vitest', 'vitest.mjs'),
  jest: () => binOf('jest', 'bin/jest.js', JEST_HARNESS),
  mocha: () => binOf('mocha', 'bin/mocha.js'),
};

/**
 * The node environment of the Jest that runs the projects. The stub cannot name it `node`: Jest
 * resolves that from the project's directory first, which under this repository finds the Jest 29
 * environment in the root's node_modules, and Jest 30's costs about 5 ms more per file. The
 * Pactwright projects extend the one beside the running Jest, as in a user's project.
 */
function jestNodeEnvironment(): string {
  return binOf('jest-environment-node', 'build/index.js', JEST_HARNESS);
}

/** The adapter each runner's projects install, with the engine. */
const ADAPTER: Record<RunnerName, string> = { vitest: 'vitest-plugin', jest: 'jest-env', mocha: 'mocha-hooks' };

/**
 * Installs the built engine and `adapter` into `dir/node_modules/@pactwright` the way npm would:
 * each package's `package.json` and its `files`, as real directories. A workspace link would not
 * do: Vitest runs a dependency whose real path is outside node_modules through Vite's transform
 * (tens of ms per isolated file for the engine), where an installed package is loaded by Node.
 */
export function installPactwright(dir: string, adapter: string, engineDir = join(REPO_ROOT, 'packages', 'engine')): void {
  // A baseline's engine has its adapters beside it (baseline.ts); this checkout's are the fallback.
  const baselineAdapter = join(engineDir, '..', adapter);
  const adapterDir = existsSync(join(baselineAdapter, 'dist')) ? baselineAdapter : join(REPO_ROOT, 'packages', adapter);
  for (const name of ['engine', adapter]) {
    const from = name === 'engine' ? engineDir : adapterDir;
    const to = join(dir, 'node_modules', '@pactwright', name);
    mkdirSync(to, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')) as { files?: string[] };
    for (const entry of ['package.json', ...(manifest.files ?? [])]) if (existsSync(join(from, entry))) cpSync(join(from, entry), join(to, entry), { recursive: true });
  }
}

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

function registrations(target: string, index: number): string {
  return [1, 2]
    .map((id) => `  ${target}.uponReceiving('a request for item ${id} (file ${index})').withRequest({ method: 'GET', path: '/items/${id}' }).willRespondWith({ status: 200, headers: { 'Content-Type': 'application/json' }, body: { id: ${id} } });`)
    .join('\n');
}

const CALLS = (base: string): string => `  const first = await (await fetch(${base} + '/items/1')).json();
  const second = await (await fetch(${base} + '/items/2')).json();
  if (first.id !== 1 || second.id !== 2) throw new Error('wrong items');`;

function testBody(variant: Variant, index: number): string {
  if (variant === 'pactjs') {
    return `test('gets two items', async () => {
${registrations('provider', index)}
  await provider.executeTest(async (mockServer) => {
${CALLS('mockServer.url')}
  });
});
`;
  }
  const register = variant === 'pactwright' ? `${registrations('pact', index)}\n` : '';
  return `test('gets two items', async () => {
${register}${CALLS(variant === 'pactwright' ? 'pact.url' : 'url')}
});
`;
}

const NAMES = { consumer: 'bench-web', provider: 'bench-api' };

/** The test file `index` of `variant` for `runner`. */
function testFile(runner: RunnerName, variant: Variant, index: number): string {
  const hooks = runner === 'mocha' ? '' : 'const before = beforeAll;\nconst after = afterAll;\n';
  if (variant === 'stub' || variant === 'unit') {
    const imports = runner === 'vitest' ? "import { afterAll, beforeAll, test } from 'vitest';\nimport { createServer } from 'node:http';" : runner === 'jest' ? "const { createServer } = require('node:http');" : "import { createServer } from 'node:http';\nconst test = it;";
    return `${imports}\n${hooks}${STUB}\n${testBody('stub', index)}`;
  }
  if (variant === 'pactjs') {
    if (runner !== 'vitest') throw new Error('the Pact JS projects are written for Vitest only');
    return `import { test } from 'vitest';
import { PactV3 } from '@pact-foundation/pact';
const provider = new PactV3({ consumer: '${NAMES.consumer}', provider: '${NAMES.provider}', dir: 'pacts', logLevel: 'error' });
${testBody('pactjs', index)}`;
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
export function writeProject(runner: RunnerName, variant: Variant, files: number, workDir = WORK_DIR, baselineEngine?: string): string {
  const dir = join(workDir, `${runner}-${variant}-${files}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'tests'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `bench-${runner}-${variant}`, private: true }));
  const pactwright = variant === 'pactwright' || variant === 'baseline' || variant === 'unit';
  if (variant === 'baseline' && baselineEngine === undefined) throw new Error('the baseline project needs the baseline engine (--baseline)');
  if (pactwright) installPactwright(dir, ADAPTER[runner], variant === 'baseline' ? baselineEngine : undefined);
  if (runner === 'vitest') {
    writeFileSync(
      join(dir, 'vitest.config.mjs'),
      pactwright
        ? `import { defineConfig } from 'vitest/config';\nimport { pactwright } from '@pactwright/vitest-plugin';\nexport default defineConfig({ plugins: [pactwright(${JSON.stringify(NAMES)})], test: { include: ['tests/*.test.mjs'] } });\n`
        : `import { defineConfig } from 'vitest/config';\nexport default defineConfig({ test: { include: ['tests/*.test.mjs'] } });\n`,
    );
  } else if (runner === 'jest') {
    const config = pactwright ? { preset: '@pactwright/jest-env', testEnvironmentOptions: { pactwright: NAMES } } : { testEnvironment: jestNodeEnvironment() };
    writeFileSync(join(dir, 'jest.config.js'), `module.exports = ${JSON.stringify({ ...config, testMatch: ['<rootDir>/tests/*.test.js'], cacheDirectory: `<rootDir>/${JEST_CACHE}` })};\n`);
  } else {
    // Mocha runs from the repository's node_modules and resolves a bare `require` from there: the
    // workspace's adapter and engine, loaded beside the copies the test files import. In a user's
    // project both names find the same install; the path makes that so here.
    const hooks = './node_modules/@pactwright/mocha-hooks/dist/index.js';
    writeFileSync(join(dir, '.mocharc.json'), JSON.stringify({ spec: ['tests/*.spec.mjs'], ...(pactwright ? { require: [hooks], pactwright: NAMES } : {}) }));
  }
  for (let index = 0; index < files; index++) writeFileSync(join(dir, 'tests', `file-${index}${EXTENSION[runner]}`), testFile(runner, variant, index));
  return dir;
}

/** One run of a project: its wall time, and the CPU time of its whole process tree where known. */
export interface RunTimes {
  wallMs: number;
  /** User + system CPU of the runner and every process it waited for (Linux only). */
  cpuMs?: number;
}

const CLOCK_TICKS_PER_SECOND = ((): number => {
  const ticks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim());
  return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
})();

/**
 * CPU milliseconds used so far by this process's waited-for children and their own waited-for
 * descendants (`cutime` + `cstime` of /proc/self/stat); undefined off Linux. On a shared machine it
 * moves less than wall time: time the runner spent waiting for a CPU does not count.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5); fields[0] is field 3.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** Each Jest project's own cache directory, so that a mode can forget its timings. */
const JEST_CACHE = '.jest-cache';

/** Deletes the durations Jest recorded for `dir` (its `perf-cache-*` files); keeps its transform cache. */
function forgetJestTimings(dir: string): void {
  const cache = join(dir, JEST_CACHE);
  if (!existsSync(cache)) return;
  for (const name of readdirSync(cache)) if (name.startsWith('perf-cache-')) rmSync(join(cache, name), { force: true });
}

/** Runs the runner over `dir` once in `mode`; wall and CPU milliseconds. Throws when the run is not green. */
export function measureOnce(mode: RunnerMode, dir: string): RunTimes {
  if (mode.forgetTimings === true) forgetJestTimings(dir);
  const args = mode.runner === 'vitest' ? ['run', ...mode.args] : mode.runner === 'jest' ? ['--ci', ...mode.args] : mode.args;
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !/^(VITEST|PACTWRIGHT_|NODE_OPTIONS$)/.test(key)) env[key] = value;
  const cpuBefore = childrenCpuMs();
  const begin = performance.now();
  const run = spawnSync(mode.node ?? process.execPath, [(mode.bin ?? BINS[mode.runner])(), ...args], { cwd: dir, env: { ...env, NO_COLOR: '1', CI: '1' }, encoding: 'utf8', timeout: 180_000 });
  const wallMs = performance.now() - begin;
  const cpuAfter = childrenCpuMs();
  if (run.status !== 0) throw new Error(`${mode.runner} ${mode.mode} in ${dir} exited ${run.status}:\n${run.stdout}${run.stderr}`);
  return { wallMs, ...(cpuBefore === undefined || cpuAfter === undefined ? {} : { cpuMs: cpuAfter - cpuBefore }) };
}

/** Runs the runner over `dir` once in `mode`; wall milliseconds. Throws when the run is not green. */
export function runOnce(mode: RunnerMode, dir: string): number {
  return measureOnce(mode, dir).wallMs;
}

/**
 * `reps` runs of each of `variants`' projects in `mode`, interleaved (the order rotated every
 * repetition), after one warm-up run each; the median wall time of each.
 */
function interleavedMedians<V extends Variant>(mode: RunnerMode, variants: readonly V[], files: number, reps: number, baselineEngine?: string): Record<V, { median: number; cpuMedian?: number; runs: number[] }> {
  const dirs = new Map(variants.map((v) => [v, writeProject(mode.runner, v, files, mode.workDir, baselineEngine)]));
  for (const dir of dirs.values()) runOnce(mode, dir);
  const times = new Map<V, RunTimes[]>(variants.map((v) => [v, []]));
  for (let rep = 0; rep < reps; rep++) {
    for (let k = 0; k < variants.length; k++) {
      const variant = variants[(rep + k) % variants.length] as V;
      times.get(variant)?.push(measureOnce(mode, dirs.get(variant) as string));
    }
  }
  return Object.fromEntries(
    variants.map((v) => {
      const list = times.get(v) ?? [];
      const cpu = list.map((t) => t.cpuMs).filter((ms): ms is number => ms !== undefined);
      return [v, { median: median(list.map((t) => t.wallMs)), ...(cpu.length === list.length && cpu.length > 0 ? { cpuMedian: median(cpu) } : {}), runs: list.map((t) => t.wallMs) }];
    }),
  ) as Record<V, { median: number; cpuMedian?: number; runs: number[] }>;
}

/** The runs' wall times to 0.1 ms, per project, in the order of the repetitions. */
function rounded<V extends Variant>(m: Record<V, { runs: number[] }>, variants: readonly V[]): Partial<Record<Variant, number[]>> {
  return Object.fromEntries(variants.map((v) => [v, m[v].runs.map((ms) => Math.round(ms * 10) / 10)]));
}

/**
 * Per-file cost per runner mode: the Pactwright and stub projects, interleaved; with
 * `baselineEngine` (the package folder of another commit's engine), a third project with it.
 */
export function perFileCosts(modes: readonly RunnerMode[], files: number, reps: number, onProgress: (line: string) => void = () => undefined, baselineEngine?: string): PerFileRow[] {
  const rows: PerFileRow[] = [];
  const variants: Array<'pactwright' | 'stub' | 'unit' | 'baseline'> = baselineEngine === undefined ? ['pactwright', 'stub', 'unit'] : ['pactwright', 'stub', 'unit', 'baseline'];
  for (const mode of modes) {
    const m = interleavedMedians(mode, variants, files, reps, baselineEngine);
    const row: PerFileRow = {
      runner: mode.runner,
      mode: mode.mode,
      files,
      reps,
      pactwrightMs: m.pactwright.median,
      stubMs: m.stub.median,
      perFileMs: (m.pactwright.median - m.stub.median) / files,
      perFileInterval: medianDifferenceInterval(m.pactwright.runs, m.stub.runs, 1 / files),
      perFilePairedMs: median(pairedDifferences(m.pactwright.runs, m.stub.runs, 1 / files)),
      perFilePairedInterval: pairedMedianInterval(m.pactwright.runs, m.stub.runs, 1 / files),
      runs: rounded(m, variants),
    };
    if (m.pactwright.cpuMedian !== undefined && m.stub.cpuMedian !== undefined) row.perFileCpuMs = (m.pactwright.cpuMedian - m.stub.cpuMedian) / files;
    row.unitPerFileMs = (m.unit.median - m.stub.median) / files;
    if (m.unit.cpuMedian !== undefined && m.stub.cpuMedian !== undefined) row.unitPerFileCpuMs = (m.unit.cpuMedian - m.stub.cpuMedian) / files;
    if (baselineEngine !== undefined) {
      row.baselineMs = m.baseline.median;
      row.baselinePerFileMs = (m.baseline.median - m.stub.median) / files;
    }
    const baseline = row.baselinePerFileMs === undefined ? '' : ` (baseline ${row.baselinePerFileMs.toFixed(1)})`;
    const interval = row.perFileInterval === undefined ? '' : ` (90%: ${row.perFileInterval.low.toFixed(1)} to ${row.perFileInterval.high.toFixed(1)})`;
    const paired = row.perFilePairedMs === undefined || row.perFilePairedInterval === undefined ? '' : `; paired ${row.perFilePairedMs.toFixed(1)} (90%: ${row.perFilePairedInterval.low.toFixed(1)} to ${row.perFilePairedInterval.high.toFixed(1)})`;
    const cpu = row.perFileCpuMs === undefined ? '' : `; CPU ${row.perFileCpuMs.toFixed(1)} ms per file`;
    const unit = `; a unit-test file in the Pactwright project ${row.unitPerFileMs.toFixed(1)} ms${row.unitPerFileCpuMs === undefined ? '' : ` (CPU ${row.unitPerFileCpuMs.toFixed(1)})`}`;
    onProgress(`FILE ${mode.runner} ${mode.mode}: pactwright ${row.pactwrightMs.toFixed(0)} ms, stub ${row.stubMs.toFixed(0)} ms → ${row.perFileMs.toFixed(1)} ms per file${interval}${paired}${baseline}${cpu}${unit} (${files} files, median of ${reps})`);
    rows.push(row);
  }
  return rows;
}

/** PACTJS: Pact JS, Pactwright and the stub on the same files, interleaved, in {@link PACT_JS_MODE}. */
export function pactJsCosts(files: number, reps: number, onProgress: (line: string) => void = () => undefined, baselineEngine?: string): PactJsRow {
  const variants: Array<'pactjs' | 'pactwright' | 'stub' | 'baseline'> = baselineEngine === undefined ? ['pactjs', 'pactwright', 'stub'] : ['pactjs', 'pactwright', 'stub', 'baseline'];
  const m = interleavedMedians(PACT_JS_MODE, variants, files, reps, baselineEngine);
  const row: PactJsRow = {
    mode: PACT_JS_MODE.mode,
    files,
    reps,
    pactJsMs: m.pactjs.median,
    pactwrightMs: m.pactwright.median,
    stubMs: m.stub.median,
    pactJsPerFileMs: (m.pactjs.median - m.stub.median) / files,
    pactwrightPerFileMs: (m.pactwright.median - m.stub.median) / files,
    pactJsPerFileInterval: medianDifferenceInterval(m.pactjs.runs, m.stub.runs, 1 / files),
    pactwrightPerFileInterval: medianDifferenceInterval(m.pactwright.runs, m.stub.runs, 1 / files),
    pactJsPerFilePairedMs: median(pairedDifferences(m.pactjs.runs, m.stub.runs, 1 / files)),
    pactwrightPerFilePairedMs: median(pairedDifferences(m.pactwright.runs, m.stub.runs, 1 / files)),
    runs: rounded(m, variants),
    ...(baselineEngine === undefined ? {} : { baselineMs: m.baseline.median, baselinePerFileMs: (m.baseline.median - m.stub.median) / files }),
    ...(m.pactjs.cpuMedian !== undefined && m.pactwright.cpuMedian !== undefined && m.stub.cpuMedian !== undefined
      ? { pactJsPerFileCpuMs: (m.pactjs.cpuMedian - m.stub.cpuMedian) / files, pactwrightPerFileCpuMs: (m.pactwright.cpuMedian - m.stub.cpuMedian) / files }
      : {}),
  };
  onProgress(`PACTJS ${row.mode}: Pact JS ${row.pactJsMs.toFixed(0)} ms, pactwright ${row.pactwrightMs.toFixed(0)} ms, stub ${row.stubMs.toFixed(0)} ms → ${row.pactJsPerFileMs.toFixed(1)} vs ${row.pactwrightPerFileMs.toFixed(1)} ms per file (paired ${row.pactJsPerFilePairedMs?.toFixed(1)} vs ${row.pactwrightPerFilePairedMs?.toFixed(1)})${row.baselinePerFileMs === undefined ? '' : ` (baseline ${row.baselinePerFileMs.toFixed(1)})`}${row.pactwrightPerFileCpuMs === undefined ? '' : `; CPU ${row.pactJsPerFileCpuMs?.toFixed(1)} vs ${row.pactwrightPerFileCpuMs.toFixed(1)} ms per file`} (${files} files, median of ${reps})`);
  return row;
}
