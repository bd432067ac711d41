import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MochaMajor, MochaRun } from './support/run-mocha.js';
import { makeTempDir, mochaBin, packageRoot, pactDescriptions, readPacts, removeDir, runMocha } from './support/run-mocha.js';

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = makeTempDir(prefix);
  tempDirs.push(dir);
  return dir;
}

beforeAll(() => {
  if (!existsSync(join(packageRoot, 'dist', 'index.js')) || !existsSync(join(packageRoot, 'dist', 'index.cjs'))) {
    throw new Error('@pactwright/mocha-hooks is not built: run `npm run build -w packages/mocha-hooks` first');
  }
});

afterAll(() => {
  for (const dir of tempDirs) removeDir(dir);
});

function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

async function closedPort(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return false;
  } catch {
    return true;
  }
}

/**
 * What every run of the `esm` fixture must show, whatever the Mocha version or mode: the Mocha-only
 * parts (done-style tests, `this.pact`, the diff Mocha renders). The lifecycle scenarios every
 * adapter shares are in scenarios.test.ts.
 */
async function expectEsmSuiteOutcome(run: MochaRun, out: string): Promise<void> {
  expect(run.timedOut, `mocha did not exit by itself (a server left open?)\n${run.stderr}`).toBe(false);
  expect(run.exitCode).toBe(1);
  expect(run.report?.stats).toMatchObject({ tests: 7, passes: 6, failures: 1 });

  // Green file and the retried/done-style file: passed and written; the other files: nothing.
  expect(pactDescriptions(join(out, 'pacts'))).toEqual([
    'green: a request for orders',
    'green: a request for user 1',
    'retries: a flaky request',
    'retries: a request that is right on retry',
    'retries: a timed request',
  ]);

  // A mismatching request fails that test with the engine's report and a diff Mocha can render…
  const mismatch = run.test('sends the wrong body');
  expect(mismatch.err.message).toContain('Pact verification failed (consumer "mocha-web", provider "users-api"): 1 problem');
  expect(mismatch.err.message).toContain('Request did not match interaction "mismatch: create an order"');
  expect(mismatch.err.message).toContain("body $.item — Expected 'pear' (String) to be equal to 'apple' (String)");
  // Mocha stringifies actual/expected before reporters see them.
  expect(mismatch.err).toMatchObject({ showDiff: true });
  expect(text(mismatch.err.expected)).toContain('"item": "apple"');
  expect(text(mismatch.err.actual)).toContain('"item": "pear"');
  // …and the next test of the same file still runs.
  expect(run.passed('runs after the mismatch')).toBe(true);

  expect(run.passed('gets user 1 (done-style)')).toBe(true);
  expect(run.passed('lists orders through this.pact')).toBe(true);
  expect(run.passed('passes on the second attempt')).toBe(true);
  expect(run.passed('done-style with a timer')).toBe(true);
  // A pact problem on an attempt Mocha retries does not count once the retry passes.
  expect(run.passed('calls the wrong path first, the right one on retry')).toBe(true);
}

describe.each([
  { major: 12, mode: 'serial', args: [] },
  { major: 12, mode: 'parallel', args: ['--parallel', '--jobs', '2'] },
  { major: 11, mode: 'serial', args: [] },
  { major: 10, mode: 'parallel', args: ['--parallel', '--jobs', '2'] },
] as { major: MochaMajor; mode: string; args: string[] }[])('Mocha $major, $mode, ESM test files', ({ major, args }) => {
  it('verifies every test, fails only the tests with pact problems, and writes only green files', async () => {
    const out = tempDir(`esm${major}`);
    const run = await runMocha({ major, fixture: 'esm', out, args });
    await expectEsmSuiteOutcome(run, out);
  });
});

describe.each([
  { major: 12, mode: 'serial', args: [] },
  { major: 11, mode: 'parallel', args: ['--parallel', '--jobs', '2'] },
  { major: 10, mode: 'serial', args: [] },
] as { major: MochaMajor; mode: string; args: string[] }[])('Mocha $major, $mode, CommonJS test files', ({ major, args }) => {
  it('reads .mocharc.cjs and pactwright.config.js, writes the green file, fails the mismatch', async () => {
    const out = tempDir(`cjs${major}`);
    const run = await runMocha({ major, fixture: 'cjs', out, args });
    expect(run.timedOut).toBe(false);
    expect(run.report?.stats).toMatchObject({ tests: 4, passes: 3, failures: 1 });
    expect(run.passed('gets order 5')).toBe(true);
    expect(run.passed('done-style test')).toBe(true);
    expect(run.passed('still runs')).toBe(true);
    const failure = run.test('asks for the wrong order').err;
    expect(failure.message).toContain('closest interaction: "cjs: a request for order 6" (GET /orders/6; path differs)');
    expect(failure).toMatchObject({ showDiff: true });
    expect(text(failure.expected)).toContain('"path": "/orders/6"');
    expect(text(failure.actual)).toContain('"path": "/orders/7"');
    expect(Object.keys(readPactsNamed(join(out, 'pacts')))).toEqual(['mocha-cjs-orders-api.json']);
    expect(pactDescriptions(join(out, 'pacts'))).toEqual(['cjs: a done-style request', 'cjs: a request for order 5']);
  });
});

/** Runs only some fixture files, through a `--config` file (Mocha adds positional specs to the config's). */
function subset(specs: string, args: string[] = []): { args: string[]; env: Record<string, string> } {
  return { args: ['--config', 'subset.mocharc.cjs', ...args], env: { FIXTURE_SPEC: specs } };
}

function readPactsNamed(dir: string): Record<string, unknown> {
  return Object.fromEntries(
    (existsSync(dir) ? execFileSync('ls', [dir], { encoding: 'utf8' }).split('\n').filter(Boolean) : []).map((name) => [name, true]),
  );
}

describe('Mocha 12, what a user sees', () => {
  it('prints the report and a + expected - actual diff in the spec reporter', async () => {
    const out = tempDir('spec');
    const run = await runMocha({ major: 12, fixture: 'esm', out, reporter: 'spec', ...subset('test/mismatch.spec.js') });
    expect(run.timedOut).toBe(false);
    expect(run.stdout).toContain('1) sends the wrong body');
    expect(run.stdout).toContain('✔ runs after the mismatch');
    expect(run.stdout).toContain('PactVerificationError: Pact verification failed');
    expect(run.stdout).toContain('+ expected - actual');
    expect(run.stdout).toMatch(/-\s+"item": "pear"/);
    expect(run.stdout).toMatch(/\+\s+"item": "apple"/);
    expect(pactDescriptions(join(out, 'pacts'))).toEqual([]);
  });

  it('names where to set a missing option (YAML .mocharc without a provider)', async () => {
    const out = tempDir('unconfigured');
    const run = await runMocha({ major: 12, fixture: 'unconfigured', out, env: { PACTWRIGHT_PROVIDER: '' } });
    expect(run.timedOut).toBe(false);
    expect(run.exitCode).not.toBe(0);
    const failure = run.report?.failures[0];
    expect(failure?.err.message).toBe(
      'provider: is required but was not set. Set it in the Mocha config (.mocharc: "pactwright": { "provider": "…" }), ' +
        'a pactwright.config.{js,mjs,json} file in the working directory, or the PACTWRIGHT_PROVIDER environment variable',
    );
  });

  it('takes options from PACTWRIGHT_* variables when the config has none', async () => {
    const out = tempDir('env');
    const run = await runMocha({ major: 12, fixture: 'unconfigured', out, env: { PACTWRIGHT_PROVIDER: 'from-env' } });
    expect(run.timedOut).toBe(false);
    expect(run.report?.stats).toMatchObject({ passes: 1, failures: 0 });
  });

  it('takes limits from PACTWRIGHT_LIMITS: a body past them fails only its test with the report, a raised one passes', async () => {
    const out = tempDir('limits');
    const run = await runMocha({ major: 12, fixture: 'limits', out, env: { PACTWRIGHT_LIMITS: '{"maxDepth": 300}' } });
    expect(run.timedOut).toBe(false);
    expect(run.report?.stats).toMatchObject({ passes: 1, failures: 1 });
    const message = run.test('sends a request body nested 20,000 deep').err.message ?? '';
    expect(message).toContain('Pact verification failed (consumer "mocha-limits", provider "deep-api"): 1 problem');
    expect(message).toContain('nested more than 300 levels deep (the maxDepth limit)');
    expect(run.passed('matches a 250-level document the raised limit allows')).toBe(true);
  });

  it('writes a V4 pact with the V4 fields when .mocharc sets spec 4', async () => {
    const out = tempDir('spec');
    const run = await runMocha({ major: 12, fixture: 'spec', out });
    expect(run.timedOut).toBe(false);
    expect(run.report?.stats).toMatchObject({ passes: 1, failures: 0 });
    const pact = readPacts(join(out, 'pacts'))['mocha-spec-v4-api.json'] as unknown as { metadata: { pactSpecification: unknown }; interactions: Array<Record<string, unknown>> };
    expect(pact.metadata.pactSpecification).toEqual({ version: '4.0' });
    expect(pact.interactions[0]).toMatchObject({ type: 'Synchronous/HTTP', key: 'widget-1', pending: true, comments: { text: ['shown on the widget page'] } });
  });

  it('reads --pactwright.* flags, also when node-option makes Mocha re-spawn itself', async () => {
    const out = tempDir('flags');
    const run = await runMocha({
      major: 12,
      fixture: 'cjs',
      out,
      args: ['--node-option', 'no-warnings', '--pactwright.provider=cli-api'],
    });
    expect(run.timedOut).toBe(false);
    expect(run.report?.stats).toMatchObject({ passes: 3, failures: 1 });
    expect(Object.keys(readPactsNamed(join(out, 'pacts')))).toEqual(['mocha-cjs-cli-api.json']);
  });

  it('closes every server and writes nothing for the failing file under --bail', async () => {
    const out = tempDir('bail');
    const run = await runMocha({ major: 12, fixture: 'esm', out, ...subset('test/green.spec.js,test/mismatch.spec.js,test/retries.spec.js', ['--bail']) });
    expect(run.timedOut).toBe(false);
    expect(run.report?.stats.failures).toBe(1);
    expect(pactDescriptions(join(out, 'pacts'))).toEqual(['green: a request for orders', 'green: a request for user 1']);
  });
});

describe('Mocha 12, runs that end early', () => {
  it('fails a timed-out test alone, ignores its late request and writes no pact for the file', async () => {
    const out = tempDir('timeout');
    const run = await runMocha({ major: 12, fixture: 'esm', out, ...subset('slow/timeout.spec.js') });
    expect(run.timedOut).toBe(false);
    expect(run.test('takes too long').err.message).toContain('Timeout of 200ms exceeded');
    expect(run.passed('runs after the timeout')).toBe(true);
    expect(pactDescriptions(join(out, 'pacts'))).toEqual([]);
  });

  it('closes the server and ends like an unhandled Ctrl-C on SIGINT', async () => {
    const out = tempDir('interrupt');
    const urlFile = join(out, 'interrupted-url.txt');
    const run = await runMocha({
      major: 12,
      fixture: 'esm',
      out,
      ...subset('slow/interrupted.spec.js'),
      timeoutMs: 20_000,
      whileRunning: (child) => {
        const poll = setInterval(() => {
          if (!existsSync(urlFile)) return;
          clearInterval(poll);
          child.kill('SIGINT');
        }, 50);
        child.once('close', () => clearInterval(poll));
      },
    });
    expect(run.timedOut).toBe(false);
    expect(run.signal).toBe('SIGINT');
    expect(await closedPort(readFileSync(urlFile, 'utf8'))).toBe(true);
    expect(pactDescriptions(join(out, 'pacts'))).toEqual([]);
  });
});

describe('harnesses', () => {
  it.each([10, 11, 12] as MochaMajor[])('Mocha %i harness resolves its own major', (major) => {
    const manifest = join(mochaBin(major), '..', '..', 'package.json');
    expect((JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version.split('.')[0]).toBe(String(major));
  });
});
