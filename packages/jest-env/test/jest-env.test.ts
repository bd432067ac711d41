import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JestRun } from './support/run-jest.js';
import { harnessDir, jestBinary, jestMajors, makeTempDir, readPacts, removeDir, runJest } from './support/run-jest.js';

const pactName = (provider: string): string => `jest-env-fixture-${provider}.json`;

describe.each(jestMajors)('@pactwright/jest-env on Jest %i', (major) => {
  // One Jest run covers the Jest-only cases (one fixture file per case, each with its own provider
  // so each writes or does not write its own pact), under --detectOpenHandles. The lifecycle
  // scenarios every adapter shares are in scenarios.test.ts.
  let suite: JestRun;
  let suitePacts: ReturnType<typeof readPacts>;
  // A second run: two workers writing the same consumer–provider pact at the same moment.
  let parallel: JestRun;
  let parallelPacts: ReturnType<typeof readPacts>;
  const dirs: string[] = [];

  beforeAll(async () => {
    const suiteDir = makeTempDir('suite-pacts');
    const parallelDir = makeTempDir('parallel-pacts');
    const barrierDir = makeTempDir('barrier');
    dirs.push(suiteDir, parallelDir, barrierDir);
    [suite, parallel] = await Promise.all([
      runJest({ major, fixture: 'suite', pactDir: suiteDir, args: ['--detectOpenHandles'] }),
      runJest({ major, fixture: 'parallel', pactDir: parallelDir, args: ['--maxWorkers=2'], env: { PW_BARRIER_DIR: barrierDir } }),
    ]);
    suitePacts = readPacts(suiteDir);
    parallelPacts = readPacts(parallelDir);
  });

  afterAll(() => dirs.forEach(removeDir));

  it('closes every server: --detectOpenHandles finds nothing and Jest exits by itself', () => {
    expect(suite.exitCode).toBe(1);
    expect(suite.stderr).not.toMatch(/open handle/i);
    expect(suite.stderr).not.toContain('did not exit');
  });

  it('reports an invalid docblock option as a suite failure that names the option', () => {
    const file = suite.file('bad-option.test.js');
    expect(file.status).toBe('failed');
    expect(file.message).toContain('port: expected a port number');
    expect(file.message).toContain('"not-a-port"');
    // No code frame pointing into the engine: the message is the whole story.
    expect(file.message).not.toMatch(/options\.ts/);
  });

  it('a hostile 20,000-deep request body fails only its test, with the report naming the limit set by a docblock pragma', () => {
    const file = suite.file('deep-body.test.js');
    const [hostile, deep] = file.assertionResults;
    expect(hostile?.status).toBe('failed');
    const message = hostile?.failureMessages.join('\n') ?? '';
    expect(message).toContain('Pact verification failed');
    expect(message).toContain('a small document');
    expect(message).toContain('nested more than 300 levels deep (the maxDepth limit)');
    expect(message).not.toContain('Maximum call stack');
    // Jest printed it with a code frame at the user's test, not inside Pactwright.
    expect(suite.stderr).toMatch(/> \d+ \| test\('a request body nested 20,000 deep/);
    // The raised limit reaches the DSL and the server: a 250-level body is built, matched and passes.
    expect(deep?.status).toBe('passed');
    expect(suitePacts[pactName('deep-api')]).toBeUndefined();
  });

  it('writes a V4 pact with the V4 fields when a docblock pragma sets spec 4', () => {
    expect(suite.file('spec-v4.test.js').assertionResults.map((test) => test.status)).toEqual(['passed']);
    const pact = suitePacts[pactName('v4-api')] as unknown as { metadata: { pactSpecification: unknown }; interactions: Array<Record<string, unknown>> };
    expect(pact.metadata.pactSpecification).toEqual({ version: '4.0' });
    expect(pact.interactions[0]).toMatchObject({
      type: 'Synchronous/HTTP',
      key: 'widget-1',
      pending: true,
      comments: { text: ['shown on the widget page'] },
      response: { body: { content: { id: 1 }, contentType: 'application/json', encoded: false } },
    });
  });

  if (major === 30) {
    it('runs the jsdom flavour (XMLHttpRequest from jsdom, CORS on by default)', () => {
      expect(suite.file('jsdom.test.js').assertionResults.map((test) => test.status)).toEqual(['passed']);
      expect(suitePacts[pactName('jsdom-api')]?.interactions).toHaveLength(1);
    });
  } else {
    it('says what to install when jest-environment-jsdom of this Jest is missing', () => {
      const file = suite.file('jsdom.test.js');
      expect(file.status).toBe('failed');
      expect(file.message).toContain('npm install --save-dev jest-environment-jsdom@^29');
    });
  }

  it('gives a test file that requires the engine itself a copy in its own realm, whose lazy part runs there', () => {
    expect(suite.file('engine-in-realm.test.js')).toMatchObject({ status: 'passed', assertionResults: [{ status: 'passed' }] });
  });

  it('writes no other pact file', () => {
    const expected = [pactName('v4-api'), ...(major === 30 ? [pactName('jsdom-api')] : [])];
    expect(Object.keys(suitePacts).sort()).toEqual(expected.sort());
  });

  it('merges the interactions of two workers writing the same pact at the same moment', () => {
    expect(parallel.exitCode).toBe(0);
    const pact = parallelPacts[pactName('shared-api')];
    expect(pact?.interactions.map((interaction) => interaction.description).sort()).toEqual(['a request from file a', 'a request from file b']);
  });

  it("sets itself up from `preset: '@pactwright/jest-env'`, which also keeps the pact directory out of watch mode", async () => {
    const pactDir = makeTempDir('preset-pacts');
    dirs.push(pactDir);
    const run = await runJest({ major, fixture: 'preset', pactDir, preset: true });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(readPacts(pactDir)[pactName('fixture-api')]?.interactions.map((interaction) => interaction.description)).toEqual(['a request through the preset']);
    const harness = harnessDir(major);
    const shown = spawnSync(process.execPath, [jestBinary(harness), '--config', JSON.stringify({ rootDir: harness, preset: '@pactwright/jest-env' }), '--showConfig'], { cwd: harness, encoding: 'utf8' });
    const config = JSON.parse(shown.stdout) as { configs: Array<{ testEnvironment: string; watchPathIgnorePatterns: string[] }> };
    expect(config.configs[0]?.testEnvironment).toMatch(/jest-env[\\/]dist[\\/]index\.cjs$/);
    expect(config.configs[0]?.watchPathIgnorePatterns).toEqual([`${harness}/pacts/`]);
  });

  it('adds nothing to the output of a passing run', () => {
    const lines = parallel.stderr.split('\n').filter((line) => line.trim() !== '');
    const jestOwn = /^(PASS |Test Suites:|Tests:|Snapshots:|Time:|Ran all test suites|Test results written to:)/;
    expect(lines.filter((line) => !jestOwn.test(line))).toEqual([]);
    expect(parallel.stdout).toBe('');
  });
});

