import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fixturesDir, type VitestRuntime } from './paths.js';

/** A throwaway consumer project wired like a real install of the plugin next to one Vitest major. */
export interface FixtureProject {
  dir: string;
  runtime: VitestRuntime;
  pactDir: string;
  remove(): Promise<void>;
}

/**
 * Copies fixture folders into a temp dir whose `node_modules` is the store of that Vitest major
 * (see store.ts): `vitest` is the harness's Vitest and the plugin a real copy of the built package,
 * so the plugin's own `import 'vitest'` resolves to the Vitest that runs the fixture.
 */
export async function createFixtureProject(
  runtime: VitestRuntime,
  storeModules: string,
  fixtures: readonly string[],
  extraFiles: Record<string, string> = {},
): Promise<FixtureProject> {
  const dir = await mkdtemp(join(tmpdir(), `pactwright-vitest${runtime.major}-`));
  for (const fixture of fixtures) await cp(join(fixturesDir, fixture), dir, { recursive: true });
  for (const [name, text] of Object.entries(extraFiles)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'fixture-consumer', private: true, type: 'module' }));
  await symlink(storeModules, join(dir, 'node_modules'), 'dir');
  return { dir, runtime, pactDir: join(dir, 'pacts'), remove: () => rm(dir, { recursive: true, force: true }) };
}

/** One assertion result of Vitest's JSON reporter (the Jest-compatible shape). */
export interface JsonAssertion {
  title: string;
  fullName: string;
  status: 'passed' | 'failed' | 'skipped' | 'pending' | 'todo' | 'disabled';
  failureMessages: string[];
}

export interface JsonReport {
  numFailedTests: number;
  numPassedTests: number;
  success: boolean;
  testResults: { name: string; status: string; message: string; assertionResults: JsonAssertion[] }[];
}

export interface VitestRun {
  code: number | null;
  /** stdout and stderr of the run, colours off. */
  output: string;
  report: JsonReport | undefined;
  /** Status of a test by its title (the last one wins on duplicates). */
  status(title: string): JsonAssertion['status'] | undefined;
  failure(title: string): string;
}

/**
 * Runs `vitest run` of the project's Vitest major as a child process (default and JSON reporters),
 * bounded by `timeoutMs`.
 */
export async function runVitest(
  project: FixtureProject,
  args: readonly string[] = [],
  options: { env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<VitestRun> {
  const reportFile = join(project.dir, `report-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // The parent is itself a Vitest worker; none of its VITEST_* or our PACTWRIGHT_* may leak in.
    if (value !== undefined && !/^(VITEST|PACTWRIGHT_|NODE_OPTIONS$|FORCE_COLOR$)/.test(key)) env[key] = value;
  }
  // These runs check each file's verdict by the pact it writes, also in red runs; the run owner
  // (one write from a green run) has its own scenarios (test/run-owner.test.ts).
  Object.assign(env, { NO_COLOR: '1', CI: '1', PACTWRIGHT_WRITE_PACTS: 'file' }, options.env);
  const bin = join(project.dir, 'node_modules/vitest/vitest.mjs');
  const child = spawn(project.runtime.node, [bin, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...args], {
    cwd: project.dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // Generous: Vitest 5 under its own Node binary on a busy 2-core machine can take a while.
  const timeoutMs = options.timeoutMs ?? 180_000;
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`vitest ${project.runtime.version} did not finish within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  const report = await readFile(reportFile, 'utf8').then((text) => JSON.parse(text) as JsonReport, () => undefined);
  const assertions = report?.testResults.flatMap((file) => file.assertionResults) ?? [];
  const find = (title: string): JsonAssertion | undefined => assertions.filter((a) => a.title === title).at(-1);
  return {
    code,
    output,
    report,
    status: (title) => find(title)?.status,
    failure: (title) => find(title)?.failureMessages.join('\n') ?? '',
  };
}

/** Names of the pact files written into the project's `pacts` dir. */
export async function pactFiles(project: FixtureProject): Promise<string[]> {
  // Pact files only: the run owner keeps its owners record in .pactwright/ beside them.
  return readdir(project.pactDir).then((names) => names.filter((name) => name.endsWith('.json')).sort(), () => []);
}

/** The parsed pact file `consumer-provider.json`. */
export async function readPact(project: FixtureProject, name: string): Promise<{ interactions: { description: string }[] } & Record<string, unknown>> {
  return JSON.parse(await readFile(join(project.pactDir, name), 'utf8')) as { interactions: { description: string }[] };
}
