/**
 * `npm run bench [-- --quick] [-- --profile]`: the three targets side by side on the five workloads
 * and the memory checks, interleaved, each server in its own pinned process, load from wrk.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Child } from './child.js';
import { sendRequests } from './http-load.js';
import { machineInfo } from './machine.js';
import { BENCH_DIR, RESULTS_DIR, RUNTIME_NODE, sharedBenchAvailable, SHARED_BENCH_DIR } from './paths.js';
import { summarizeProfile } from './profile-summary.js';
import type { ChildJob } from './protocol.js';
import { renderMarkdown, type Check, type LifecycleRow, type LoadRow, type MemRow, type Report } from './report.js';
import { median, percentile } from './stats.js';
import { TARGETS, type TargetName } from './targets/types.js';
import { LOAD_WORKLOADS, loadWorkload, type LoadWorkloadId, type Workload } from './workloads.js';
import { coldStarts, type ColdRow } from './cold-start.js';
import { BASELINE_ENGINE_VAR, prepareBaseline } from './baseline.js';
import { pactJsCosts, perFileCosts, RUNNER_MODES, type PactJsRow, type PerFileRow } from './per-file.js';
import { ensureRuntime } from './runtime.js';
import { runWrk, writeWrkScript, wrkVersion, type WrkResult } from './wrk.js';

interface Settings {
  reps: number;
  durationSec: number;
  warmupSec: number;
  connections: number;
  w1Cycles: number;
  w1Warmup: number;
  memServers: number;
  memRequests: number;
  /** COLD: fresh processes per Node binary. */
  coldRuns: number;
  /** FILE and PACTJS: test files per project, and runs of each project per runner mode. */
  fileCount: number;
  fileReps: number;
}

const FULL: Settings = { reps: 3, durationSec: 5, warmupSec: 1, connections: 10, w1Cycles: 300, w1Warmup: 30, memServers: 50, memRequests: 200_000, coldRuns: 15, fileCount: 16, fileReps: 5 };
const QUICK: Settings = { reps: 1, durationSec: 1, warmupSec: 1, connections: 10, w1Cycles: 40, w1Warmup: 10, memServers: 10, memRequests: 20_000, coldRuns: 5, fileCount: 16, fileReps: 1 };
const MEM_BASELINE_REQUESTS = 1_000;

const argv = process.argv.slice(2);
const flag = (name: string): boolean => argv.includes(`--${name}`);
const option = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

/** Server on CPU 0, wrk on CPU 1, when there are two CPUs and taskset exists. */
const pin = availableParallelism() >= 2 && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
const SERVER_CPU = pin ? 0 : undefined;
const LOAD_CPU = pin ? 1 : undefined;

/** Step-by-step progress on stderr with BENCH_DEBUG=1. */
function debug(message: string): void {
  if (process.env['BENCH_DEBUG']) console.error(`[${new Date().toISOString().slice(11, 23)}] ${message}`);
}

function fail(message: string): never {
  console.error(`\nBENCH FAILED: ${message}`);
  process.exit(1);
}

function preflight(): void {
  if (!sharedBenchAvailable()) fail(`the workload pacts are missing: expected them in ${SHARED_BENCH_DIR}`);
  if (!wrkVersion()) fail('wrk is not installed. Install it with `apt-get install -y wrk` (Debian/Ubuntu) or `brew install wrk`.');
  try {
    ensureRuntime((line) => console.log(line));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

function nodeFor(target: TargetName): string {
  return target === 'rust' ? RUNTIME_NODE : process.execPath;
}

async function serverChild(target: TargetName, workload: LoadWorkloadId, nodeArgs: string[] = []): Promise<{ child: Child; port: number }> {
  const job: ChildJob = { mode: 'serve', target, workload };
  const child = Child.spawn(job, { node: nodeFor(target), cpu: SERVER_CPU, nodeArgs });
  try {
    const { port } = await child.next('ready');
    return { child, port };
  } catch (error) {
    child.kill();
    throw error;
  }
}

function checkWrk(label: string, r: WrkResult): void {
  const e = r.errors;
  const socketErrors = e.connect + e.read + e.write + e.timeout;
  if (r.requests === 0) fail(`${label}: no response at all`);
  if (r.non200 > 0 || e.status > 0) fail(`${label}: ${r.non200} of ${r.requests} responses were not 200 — a benchmark of errors is a bug`);
  if (socketErrors > 0) fail(`${label}: socket errors ${JSON.stringify(e)}`);
}

async function checkServer(label: string, child: Child, answered: number): Promise<void> {
  const { problems, matched } = await child.ask({ type: 'check' }, 'check');
  if (problems.length > 0) fail(`${label}: the server recorded ${problems.length} problem(s), first: ${problems[0]}`);
  if (matched !== undefined && matched < answered) fail(`${label}: the server matched ${matched} requests but ${answered} were answered`);
}

interface Sample {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  cpuMsPerReq: number;
  requests: number;
}

/** One measured phase: fresh server, warm-up, measured load with the server's CPU time around it, checks. */
async function loadPhase(target: TargetName, workload: Workload, s: Settings, script: string, nodeArgs: string[] = []): Promise<Sample> {
  const label = `${workload.id} ${target}`;
  const { child, port } = await serverChild(target, workload.id, nodeArgs);
  try {
    const warm = await runWrk({ port, script, durationSec: s.warmupSec, connections: s.connections, cpu: LOAD_CPU });
    checkWrk(`${label} warm-up`, warm);
    const before = await child.ask({ type: 'usage' }, 'usage');
    const run = await runWrk({ port, script, durationSec: s.durationSec, connections: s.connections, cpu: LOAD_CPU });
    const after = await child.ask({ type: 'usage' }, 'usage');
    checkWrk(label, run);
    await checkServer(label, child, warm.requests + run.requests);
    const cpuMs = (after.user + after.system - before.user - before.system) / 1000;
    return {
      rps: run.requests / (run.durationUs / 1e6),
      p50Ms: run.p50Us / 1000,
      p99Ms: run.p99Us / 1000,
      cpuMsPerReq: cpuMs / run.requests,
      requests: run.requests,
    };
  } finally {
    await child.finish();
  }
}

async function lifecycle(target: TargetName, s: Settings, nodeArgs: string[] = []): Promise<number[]> {
  const job: ChildJob = { mode: 'w1', target, cycles: s.w1Cycles, warmup: s.w1Warmup };
  const child = Child.spawn(job, { node: nodeFor(target), cpu: SERVER_CPU, nodeArgs });
  try {
    return (await child.next('w1')).samplesMs;
  } finally {
    await child.finish();
  }
}

async function memServers(target: TargetName, s: Settings): Promise<number> {
  const job: ChildJob = { mode: 'mem-servers', target, count: s.memServers };
  const child = Child.spawn(job, { node: nodeFor(target), cpu: SERVER_CPU, nodeArgs: ['--expose-gc'] });
  debug(`MEM servers ${target}: child ${child.pid}`);
  try {
    const r = await child.next('mem-servers');
    return (r.rssAfter - r.rssBefore) / r.count / 2 ** 20;
  } finally {
    await child.finish();
  }
}

/** RSS of one W2 server after 1k requests and after `memRequests` (bounded by count, not time). */
async function memRequests(target: TargetName, s: Settings): Promise<{ after1k: number; afterMany: number }> {
  const label = `MEM ${target}`;
  const { request } = loadWorkload('W2');
  const { child, port } = await serverChild(target, 'W2', ['--expose-gc']);
  const send = async (count: number): Promise<void> => {
    const r = await sendRequests(port, request, count, s.connections);
    if (r.statuses[200] !== count) fail(`${label}: not every response was a 200: ${JSON.stringify(r.statuses)}; first failure: ${r.firstFailure ?? ''}`);
  };
  try {
    debug(`${label}: server on ${port}`);
    await send(MEM_BASELINE_REQUESTS);
    const a = await child.ask({ type: 'usage', gc: true }, 'usage');
    await send(s.memRequests - MEM_BASELINE_REQUESTS);
    await checkServer(label, child, s.memRequests);
    const b = await child.ask({ type: 'usage', gc: true }, 'usage');
    return { after1k: a.rss / 2 ** 20, afterMany: b.rss / 2 ** 20 };
  } finally {
    await child.finish();
  }
}

function rotate<T>(list: readonly T[], by: number): T[] {
  const n = by % list.length;
  return [...list.slice(n), ...list.slice(0, n)];
}

function checks(load: LoadRow[], life: LifecycleRow[], mem: MemRow[], s: Settings, cold: ColdRow[], perFile: PerFileRow[], pactJs: PactJsRow | undefined): Check[] {
  const row = (w: string, t: string): LoadRow | undefined => load.find((r) => r.workload === w && r.target === t);
  const out: Check[] = [];
  const ratio = (w: string, goal: number): void => {
    const pw = row(w, 'pactwright');
    const rs = row(w, 'rust');
    if (!pw || !rs) return;
    const x = pw.rps / rs.rps;
    out.push({ name: `${w} req/s vs rust`, goal: `≥ ${goal}×`, measured: `${x.toFixed(1)}×`, met: x >= goal });
  };
  const pl = life.find((r) => r.target === 'pactwright');
  const rl = life.find((r) => r.target === 'rust');
  if (pl && rl) {
    const x = pl.medianMs / rl.medianMs;
    out.push({ name: 'W1 cycle time vs rust', goal: '≤ 0.5×', measured: `${x.toFixed(2)}× (${pl.medianMs.toFixed(3)} vs ${rl.medianMs.toFixed(3)} ms)`, met: x <= 0.5 });
  }
  ratio('W2', 2);
  const w2 = row('W2', 'pactwright');
  const w2c = row('W2', 'ceiling');
  if (w2 && w2c) {
    const x = w2.rps / w2c.rps;
    out.push({ name: 'W2 req/s vs ceiling', goal: '≥ 0.6×', measured: `${x.toFixed(2)}×`, met: x >= 0.6 });
  }
  ratio('W3', 20);
  const w3 = row('W3', 'pactwright');
  if (w3) out.push({ name: 'W3 server CPU per request', goal: '≤ 0.8 ms', measured: `${w3.cpuMsPerReq.toFixed(3)} ms`, met: w3.cpuMsPerReq <= 0.8 });
  ratio('W4', 100);
  const w4 = row('W4', 'pactwright');
  if (w4 && w2) {
    const x = w4.cpuMsPerReq / w2.cpuMsPerReq;
    out.push({ name: 'W4 CPU per request vs W2', goal: '≤ 2×', measured: `${x.toFixed(2)}×`, met: x <= 2 });
  }
  ratio('W5', 3);
  const pm = mem.find((r) => r.target === 'pactwright');
  if (pm?.perServerMb !== undefined) {
    out.push({ name: 'MEM per W4 server', goal: '≤ 0.5 MB', measured: `${pm.perServerMb.toFixed(3)} MB`, met: pm.perServerMb <= 0.5 });
  }
  if (pm?.rssAfter1kMb !== undefined && pm.rssAfterManyMb !== undefined) {
    const growth = pm.rssAfterManyMb - pm.rssAfter1kMb;
    out.push({ name: `MEM RSS growth 1k → ${s.memRequests / 1000}k requests`, goal: '≤ 50 MB', measured: `${growth.toFixed(1)} MB`, met: growth <= 50 });
  }
  for (const r of cold) out.push({ name: `COLD engine import + first server, ${r.node}`, goal: '≤ 20 ms', measured: `${r.totalMs.toFixed(1)} ms`, met: r.totalMs <= 20 });
  for (const r of perFile) {
    const within = r.perFileInterval === undefined ? '' : ` (90%: ${r.perFileInterval.low.toFixed(1)} to ${r.perFileInterval.high.toFixed(1)})`;
    out.push({ name: `FILE per-file cost vs a stub, ${r.runner} ${r.mode}`, goal: '≤ 10 ms', measured: `${r.perFileMs.toFixed(1)} ms${within}`, met: r.perFileMs <= 10 });
  }
  if (pactJs !== undefined) {
    const x = pactJs.pactwrightPerFileMs / pactJs.pactJsPerFileMs;
    out.push({ name: 'PACTJS per-file cost vs Pact JS 17 (Vitest 3.2.7, Node 24)', goal: '≤ 0.1×', measured: `${x.toFixed(2)}× (${pactJs.pactwrightPerFileMs.toFixed(1)} vs ${pactJs.pactJsPerFileMs.toFixed(1)} ms)`, met: x <= 0.1 });
  }
  return out;
}

/** --profile: the pactwright server under W1-W5 with --cpu-prof; prints the top self-time frames. */
async function profile(s: Settings, only: string[]): Promise<void> {
  const dir = join(RESULTS_DIR, 'profiles', new Date().toISOString().replace(/[:.]/g, '-'));
  mkdirSync(dir, { recursive: true });
  if (only.includes('W1')) {
    const sub = join(dir, 'W1');
    mkdirSync(sub);
    const ms = await lifecycle('pactwright', { ...s, w1Cycles: 2000 }, ['--cpu-prof', '--cpu-prof-dir', sub]);
    const text = `W1 (${median(ms).toFixed(3)} ms/cycle under the profiler)\n${summarizeProfile(sub, 15)}`;
    writeFileSync(join(dir, 'W1.txt'), text);
    console.log(`\n${text}`);
  }
  for (const id of LOAD_WORKLOADS.filter((w) => only.includes(w))) {
    const workload = loadWorkload(id);
    const script = writeWrkScript(workload.request, id);
    const sub = join(dir, id);
    mkdirSync(sub);
    const sample = await loadPhase('pactwright', workload, s, script, ['--cpu-prof', '--cpu-prof-dir', sub]);
    const summary = summarizeProfile(sub, 15);
    const text = `${id} (${sample.rps.toFixed(0)} req/s under the profiler)\n${summary}`;
    writeFileSync(join(dir, `${id}.txt`), text);
    console.log(`\n${text}`);
  }
  console.log(`\nprofiles and summaries in ${dir}`);
}

function updateReadme(markdown: string): void {
  const file = join(BENCH_DIR, 'README.md');
  const start = '<!-- results:start -->';
  const end = '<!-- results:end -->';
  const text = readFileSync(file, 'utf8');
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a === -1 || b === -1) return;
  writeFileSync(file, `${text.slice(0, a + start.length)}\n${markdown}\n${text.slice(b)}`);
}

async function main(): Promise<void> {
  preflight();
  const s: Settings = { ...(flag('quick') ? QUICK : FULL) };
  if (option('reps')) s.reps = Number(option('reps'));
  if (option('duration')) s.durationSec = Number(option('duration'));
  if (option('file-reps')) {
    s.fileReps = Number(option('file-reps'));
    if (!Number.isInteger(s.fileReps) || s.fileReps < 1) throw new Error(`--file-reps must be a whole number of runs, at least 1 (got ${JSON.stringify(option('file-reps'))})`);
  }
  const workloads = (option('workloads')?.split(',') as string[] | undefined) ?? ['W1', ...LOAD_WORKLOADS, 'MEM', 'COLD', 'FILE', 'PACTJS'];
  if (flag('profile')) return profile(s, workloads);
  const targets = (option('targets')?.split(',') as TargetName[] | undefined) ?? [...TARGETS];
  const baseline = option('baseline');
  let baselineEngine: string | undefined;
  if (baseline !== undefined) {
    const { commit, entry, packageDir } = prepareBaseline(baseline);
    baselineEngine = packageDir;
    process.env[BASELINE_ENGINE_VAR] = entry;
    if (!targets.includes('baseline')) targets.push('baseline');
    console.log(`baseline: the engine at ${commit.slice(0, 12)} (${baseline}), built under bench/.tmp/baseline`);
  }
  console.log(`pactwright bench (${flag('quick') ? 'quick' : 'full'}): ${s.reps} rep(s) × ${s.durationSec}s, ${s.connections} connections, ` + (pin ? 'server on CPU 0, wrk on CPU 1' : 'no CPU pinning'));

  const samples = new Map<string, Sample[]>();
  const lifeSamples = new Map<TargetName, number[]>();
  const loads = LOAD_WORKLOADS.filter((w) => workloads.includes(w)).map((id) => {
    const workload = loadWorkload(id);
    return { workload, script: writeWrkScript(workload.request, id) };
  });

  for (let rep = 0; rep < s.reps; rep++) {
    // Targets interleaved, and in a different order each repetition.
    if (workloads.includes('W1')) {
      for (const target of rotate(targets, rep)) {
        const ms = await lifecycle(target, s);
        lifeSamples.set(target, [...(lifeSamples.get(target) ?? []), ...ms]);
        console.log(`rep ${rep + 1} W1 ${target}: median ${median(ms).toFixed(3)} ms/cycle`);
      }
    }
    for (const { workload, script } of loads) {
      for (const target of rotate(targets, rep)) {
        const sample = await loadPhase(target, workload, s, script);
        const key = `${workload.id}|${target}`;
        samples.set(key, [...(samples.get(key) ?? []), sample]);
        console.log(
          `rep ${rep + 1} ${workload.id} ${target}: ${sample.rps.toFixed(0)} req/s, p50 ${sample.p50Ms.toFixed(2)} ms, ` +
            `p99 ${sample.p99Ms.toFixed(2)} ms, CPU ${sample.cpuMsPerReq.toFixed(3)} ms/req (${sample.requests} requests, all 200 and matched)`,
        );
      }
    }
  }

  const mem: MemRow[] = [];
  if (workloads.includes('MEM')) {
    for (const target of targets) {
      const perServerMb = target === 'ceiling' ? undefined : await memServers(target, s);
      const r = await memRequests(target, s);
      mem.push({ target, perServerMb, rssAfter1kMb: r.after1k, rssAfterManyMb: r.afterMany, manyRequests: s.memRequests });
      console.log(`MEM ${target}: ${perServerMb?.toFixed(3) ?? 'n/a'} MB per W4 server; RSS ${r.after1k.toFixed(1)} MB after 1k, ${r.afterMany.toFixed(1)} MB after ${s.memRequests}`);
    }
  }

  const cold: ColdRow[] = [];
  if (workloads.includes('COLD')) {
    const nodes = [{ label: `Node ${process.versions.node}`, path: process.execPath }];
    if (existsSync(RUNTIME_NODE)) nodes.push({ label: `Node ${spawnSync(RUNTIME_NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim()}`, path: RUNTIME_NODE });
    cold.push(...coldStarts(nodes, s.coldRuns));
    for (const r of cold) console.log(`COLD ${r.node}: engine import ${r.importMs.toFixed(1)} ms + first server ${r.startMs.toFixed(1)} ms = ${r.totalMs.toFixed(1)} ms; without the code cache ${r.totalNoCacheMs?.toFixed(1)} ms (medians of ${r.runs})`);
  }

  const perFile: PerFileRow[] = workloads.includes('FILE') ? perFileCosts(RUNNER_MODES, s.fileCount, s.fileReps, (line) => console.log(line), baselineEngine) : [];
  const pactJs: PactJsRow | undefined = workloads.includes('PACTJS') ? pactJsCosts(s.fileCount, s.fileReps, (line) => console.log(line), baselineEngine) : undefined;

  const load: LoadRow[] = [];
  for (const { workload } of loads) {
    for (const target of targets) {
      const list = samples.get(`${workload.id}|${target}`) ?? [];
      load.push({
        workload: workload.id,
        title: workload.title,
        target,
        reps: list.length,
        rps: median(list.map((x) => x.rps)),
        p50Ms: median(list.map((x) => x.p50Ms)),
        p99Ms: median(list.map((x) => x.p99Ms)),
        cpuMsPerReq: median(list.map((x) => x.cpuMsPerReq)),
        requests: list.reduce((n, x) => n + x.requests, 0),
      });
    }
  }
  const life: LifecycleRow[] = [...lifeSamples].map(([target, ms]) => ({ target, medianMs: median(ms), p95Ms: percentile(ms, 95), cycles: ms.length }));
  const report: Report = {
    machine: machineInfo(),
    quick: flag('quick'),
    settings: { ...s },
    load,
    lifecycle: life,
    mem,
    cold,
    perFile,
    ...(pactJs === undefined ? {} : { pactJs }),
    checks: checks(load, life, mem, s, cold, perFile, pactJs),
  };
  const markdown = renderMarkdown(report);
  console.log(`\n${markdown}\n`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `bench-${report.machine.date.replace(/[:.]/g, '-')}${report.quick ? '-quick' : ''}.json`);
  writeFileSync(`${file}.tmp`, JSON.stringify(report, null, 2));
  renameSync(`${file}.tmp`, file);
  console.log(`results written to ${file}`);
  const complete = targets.length === TARGETS.length && workloads.length === LOAD_WORKLOADS.length + 5;
  if (!report.quick && complete && !flag('no-readme')) {
    updateReadme(markdown);
    console.log('bench/README.md updated');
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
