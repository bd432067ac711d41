import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Jest majors the adapter supports, each pinned by a harness package. */
export const jestMajors = [29, 30] as const;
export type JestMajor = (typeof jestMajors)[number];

const packageRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const fixturesDir = join(packageRoot, 'test', 'fixtures');

/** One assertion (test) of Jest's `--json` report. */
export interface JestAssertion {
  fullName: string;
  title: string;
  status: 'passed' | 'failed' | 'pending' | 'todo' | 'skipped' | 'disabled';
  failureMessages: string[];
}

/** One test file of Jest's `--json` report. */
export interface JestFileResult {
  name: string;
  status: 'passed' | 'failed';
  message: string;
  assertionResults: JestAssertion[];
}

export interface JestRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  results: { numFailedTests: number; numPassedTests: number; testResults: JestFileResult[] };
  /** The result of the fixture file named `file` (e.g. `green.test.js`). */
  file(file: string): JestFileResult;
}

export interface RunJestOptions {
  major: JestMajor;
  /** Folder under test/fixtures (or an absolute path) holding the test files. */
  fixture: string;
  /** Use `preset: '@pactwright/jest-env'` instead of setting `testEnvironment`. */
  preset?: boolean;
  /** Jest `transform` config; default: none (the fixtures run as they are, fast). */
  transform?: Record<string, unknown>;
  pactDir: string;
  args?: string[];
  env?: Record<string, string>;
  /** The Pactwright environment flavour to run (default `@pactwright/jest-env`). */
  testEnvironment?: string;
  /** Pactwright options besides the default consumer, provider and `pactDir`. */
  pactwright?: Record<string, unknown>;
}

/** The harness folder whose node_modules hold Jest `major`; also the run's rootDir. */
export function harnessDir(major: JestMajor): string {
  return join(packageRoot, '..', '..', 'harnesses', `jest${major}`);
}

export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `pactwright-jest-env-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Parsed pact files in `dir`, by file name. */
export function readPacts(dir: string): Record<string, { interactions: { description: string }[] }> {
  if (!existsSync(dir)) return {};
  const pacts: Record<string, { interactions: { description: string }[] }> = {};
  for (const name of readdirSync(dir).filter((entry) => entry.endsWith('.json'))) {
    pacts[name] = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { interactions: { description: string }[] };
  }
  return pacts;
}

/** The `jest` executable of the Jest installed for `dir` (jest's exports hide bin/ from require). */
export function jestBinary(dir: string): string {
  const manifest = createRequire(join(dir, 'package.json')).resolve('jest/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: string | Record<string, string> };
  return join(dirname(manifest), typeof bin === 'string' ? bin : (bin.jest ?? 'bin/jest.js'));
}

/**
 * Runs the harness's real Jest binary over a fixture folder, as a child process, with the
 * Pactwright environment from this package, and returns its `--json` report and output.
 * rootDir is the harness, so `@pactwright/jest-env` resolves the harness's own Jest packages.
 */
export async function runJest(options: RunJestOptions): Promise<JestRun> {
  const harness = harnessDir(options.major);
  const jestBin = jestBinary(harness);
  const work = makeTempDir('run');
  const outputFile = join(work, 'report.json');
  const config = {
    rootDir: harness,
    roots: [resolve(fixturesDir, options.fixture)],
    ...(options.preset === true ? { preset: '@pactwright/jest-env' } : { testEnvironment: options.testEnvironment ?? '@pactwright/jest-env' }),
    testEnvironmentOptions: {
      pactwright: { consumer: 'jest-env-fixture', provider: 'fixture-api', ...options.pactwright, pactDir: options.pactDir },
    },
    transform: options.transform ?? {},
    cacheDirectory: join(work, 'cache'),
    watchman: false,
  };
  const args = [jestBin, '--config', JSON.stringify(config), '--ci', '--json', '--outputFile', outputFile, ...(options.args ?? [])];
  try {
    const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number | null; stdout: string; stderr: string }>((done, fail) => {
      const child = spawn(process.execPath, args, {
        cwd: harness,
        env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      // A Jest that does not exit (an open handle) must fail the test, not hang the suite.
      const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
      child.on('error', fail);
      child.on('close', (code) => {
        clearTimeout(timer);
        done({ exitCode: code, stdout: out, stderr: err });
      });
    });
    if (!existsSync(outputFile)) throw new Error(`jest ${options.major} wrote no report (exit ${exitCode}):\n${stderr}`);
    const results = JSON.parse(readFileSync(outputFile, 'utf8')) as JestRun['results'];
    return {
      exitCode,
      stdout,
      stderr,
      results,
      file(file: string): JestFileResult {
        const found = results.testResults.find((entry) => entry.name.endsWith(`/${file}`));
        if (found === undefined) throw new Error(`no result for ${file} in: ${results.testResults.map((entry) => entry.name).join(', ')}`);
        return found;
      },
    };
  } finally {
    removeDir(work);
  }
}
