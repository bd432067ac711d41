import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Mocha majors the plugin supports, each pinned by a harness package. */
export const mochaMajors = [10, 11, 12] as const;
export type MochaMajor = (typeof mochaMajors)[number];

export const packageRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const fixturesDir = join(packageRoot, 'test', 'fixtures');

/** A test's error as Mocha's JSON reporter writes it. */
export interface MochaJsonError {
  message?: string;
  stack?: string;
  showDiff?: boolean;
  actual?: unknown;
  expected?: unknown;
}

export interface MochaJsonTest {
  title: string;
  fullTitle: string;
  file?: string;
  err: MochaJsonError | Record<string, never>;
}

export interface MochaJsonReport {
  stats: { tests: number; passes: number; failures: number; pending: number };
  tests: MochaJsonTest[];
  passes: MochaJsonTest[];
  failures: MochaJsonTest[];
}

export interface MochaRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** True when the process had to be killed: something (a server) kept it alive. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** Parsed JSON report, when the run used the JSON reporter. */
  report: MochaJsonReport | undefined;
  /** The test titled `title` (a failure if it failed, else from all tests). */
  test(title: string): MochaJsonTest;
  passed(title: string): boolean;
}

export interface RunMochaOptions {
  major: MochaMajor;
  /** Folder under test/fixtures (or an absolute path): the working directory of the run. */
  fixture: string;
  /** Temp directory: pacts go to `<out>/pacts`, the JSON report to `<out>/report.json`. */
  out: string;
  args?: string[];
  env?: Record<string, string>;
  /** `spec` prints the human report on stdout instead of writing JSON; `custom` leaves it to `args`. */
  reporter?: 'json' | 'spec' | 'custom';
  timeoutMs?: number;
  /** Called with the running child, e.g. to interrupt it. */
  whileRunning?: (child: ChildProcess) => void;
}

export function mochaBin(major: MochaMajor): string {
  // Resolved like a user's project would: the harness's own copy, or the hoisted one npm chose for it.
  const harness = join(packageRoot, '..', '..', 'harnesses', `mocha${major}`);
  return join(dirname(createRequire(join(harness, 'package.json')).resolve('mocha/package.json')), 'bin', 'mocha.js');
}

export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `pactwright-mocha-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface PactJson {
  consumer: { name: string };
  provider: { name: string };
  interactions: { description: string }[];
}

/** Parsed pact files in `dir`, by file name. */
export function readPacts(dir: string): Record<string, PactJson> {
  if (!existsSync(dir)) return {};
  const pacts: Record<string, PactJson> = {};
  for (const name of readdirSync(dir).filter((entry) => entry.endsWith('.json'))) {
    pacts[name] = JSON.parse(readFileSync(join(dir, name), 'utf8')) as PactJson;
  }
  return pacts;
}

/** Every interaction description in the pact files of `dir`, sorted. */
export function pactDescriptions(dir: string): string[] {
  return Object.values(readPacts(dir))
    .flatMap((pact) => pact.interactions.map((interaction) => interaction.description))
    .sort();
}

/**
 * Runs a harness's real Mocha over a fixture project as a child process, without `--exit`: a
 * server left open keeps the process alive, which shows up as `timedOut`.
 */
export function runMocha(options: RunMochaOptions): Promise<MochaRun> {
  const reportFile = join(options.out, 'report.json');
  const reporterArgs =
    options.reporter === 'custom' ? [] : options.reporter === 'spec' ? ['--reporter', 'spec'] : ['--reporter', 'json', '--reporter-option', `output=${reportFile}`];
  const child = spawn(process.execPath, [mochaBin(options.major), ...reporterArgs, ...(options.args ?? [])], {
    cwd: resolve(fixturesDir, options.fixture),
    env: {
      ...process.env,
      PACTWRIGHT_PACT_DIR: join(options.out, 'pacts'),
      FIXTURE_OUT: options.out,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      // These runs check each file's verdict by the pact it writes, also in red runs; the run
      // owner (one write from a green run) has its own scenarios (test/run-owner.test.ts).
      PACTWRIGHT_WRITE_PACTS: 'file',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  options.whileRunning?.(child);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 60_000);
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      const report = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as MochaJsonReport) : undefined;
      const find = (title: string): MochaJsonTest => {
        const found = report?.failures.find((entry) => entry.title === title) ?? report?.tests.find((entry) => entry.title === title);
        if (found === undefined) throw new Error(`no test titled "${title}" in the report.\nstdout:\n${stdout}\nstderr:\n${stderr}`);
        return found;
      };
      resolvePromise({
        exitCode,
        signal,
        timedOut,
        stdout,
        stderr,
        report,
        test: find,
        passed: (title) => report?.passes.some((entry) => entry.title === title) ?? false,
      });
    });
  });
}
