import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { coldStartOnce, type ColdSample } from './cold-start.js';
import { sendRequests } from './http-load.js';
import { BINS, PACT_JS_MODE, RUNNER_MODES, runOnce, writeProject } from './per-file.js';
import { ensureRuntime } from './runtime.js';
import { pactwrightTarget } from './targets/pactwright.js';
import { LOAD_WORKLOADS, loadWorkload, pactText, type LoadWorkloadId } from './workloads.js';

export interface WorkloadCheck {
  workload: LoadWorkloadId;
  sent: number;
  statuses: Record<number, number>;
  firstFailure: string | undefined;
  /** Requests the server counted as matched. */
  matched: number | undefined;
  problems: string[];
}

/**
 * Each load workload against the pactwright engine in this process, for `requests` requests: what
 * the server answered and recorded. Cheap enough for `npm test`; it keeps the harness honest
 * (workload requests that stop matching would turn every benchmark into a benchmark of 500s).
 */
export async function selfCheck(requests: number, concurrency = 4): Promise<WorkloadCheck[]> {
  const out: WorkloadCheck[] = [];
  for (const id of LOAD_WORKLOADS) {
    const workload = loadWorkload(id);
    const server = await pactwrightTarget.start(workload.pactText);
    try {
      const r = await sendRequests(server.port, workload.request, requests, concurrency);
      out.push({ workload: id, sent: r.sent, statuses: r.statuses, firstFailure: r.firstFailure, matched: server.matchedCount(), problems: server.problems() });
    } finally {
      await server.close();
    }
  }
  return out;
}

/** A few W1 start+stop cycles (throws if a cycle fails). */
export async function lifecycleCheck(cycles: number): Promise<void> {
  const text = pactText('W1');
  for (let i = 0; i < cycles; i++) await pactwrightTarget.cycle(text);
}

/**
 * Two COLD runs under this Node: each child imports the built engine and starts and closes a
 * server; the second finds the code cache the first one left (or an earlier run did).
 */
export function coldStartCheck(): ColdSample[] {
  return [coldStartOnce(process.execPath), coldStartOnce(process.execPath)];
}

/** The FILE projects (Pactwright, stub, and unit tests in a Pactwright project) run green once in each runner's first mode (2 files each). */
export function perFileCheck(): string[] {
  const ran: string[] = [];
  for (const runner of ['vitest', 'jest', 'mocha'] as const) {
    const mode = RUNNER_MODES.find((m) => m.runner === runner);
    if (mode === undefined) continue;
    for (const variant of ['pactwright', 'stub', 'unit'] as const) {
      runOnce(mode, writeProject(runner, variant, 2));
      ran.push(`${runner} ${variant}`);
    }
  }
  return ran;
}

/**
 * What a FILE project loads where the repository, not the project, could decide it, side by side
 * with what a user's project would load: the directory of the Jest node environment the stub names
 * against the one beside the Jest that runs it, and the file Mocha's `require` names against the
 * one the test files import.
 */
export function sameRuntimeCheck(): { jestEnvironment: [string, string]; mochaAdapter: [string, string] } {
  const jestDir = writeProject('jest', 'stub', 1);
  const named = (createRequire(import.meta.url)(join(jestDir, 'jest.config.js')) as { testEnvironment: string }).testEnvironment;
  const besideJest = createRequire(BINS.jest()).resolve('jest-environment-node/package.json');
  const mochaDir = writeProject('mocha', 'pactwright', 1);
  const required = (JSON.parse(readFileSync(join(mochaDir, '.mocharc.json'), 'utf8')) as { require: string[] }).require[0] ?? '';
  const imported = spawnSync(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('@pactwright/mocha-hooks'))"], { cwd: join(mochaDir, 'tests'), encoding: 'utf8' });
  return {
    jestEnvironment: [realpathSync(dirname(dirname(named))), realpathSync(dirname(besideJest))],
    mochaAdapter: [pathToFileURL(resolve(mochaDir, required)).href, imported.stdout.trim()],
  };
}

/**
 * The PACTJS projects (Pact JS 17, Pactwright, the stub; 2 files each) run green once under
 * Vitest 3.2.7 on Node 24, installing bench/runtime first when it is missing. Returns the pacts'
 * interaction counts of the two contract projects.
 */
export function pactJsCheck(): Record<'pactjs' | 'pactwright' | 'stub', number | undefined> {
  ensureRuntime();
  const out: Record<string, number | undefined> = {};
  for (const variant of ['pactjs', 'pactwright', 'stub'] as const) {
    const dir = writeProject('vitest', variant, 2, PACT_JS_MODE.workDir);
    runOnce(PACT_JS_MODE, dir);
    const pactFile = join(dir, 'pacts', 'bench-web-bench-api.json');
    out[variant] = existsSync(pactFile) ? (JSON.parse(readFileSync(pactFile, 'utf8')) as { interactions: unknown[] }).interactions.length : undefined;
  }
  return out as Record<'pactjs' | 'pactwright' | 'stub', number | undefined>;
}
