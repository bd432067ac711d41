import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { availableMajors } from './support/majors.js';
import { recordedPorts, stillListening } from './support/ports.js';
import { createFixtureProject, readPact, runVitest, type FixtureProject } from './support/project.js';

const majors = availableMajors();
const greenInteractions = ['a request for the orders', 'a request for user 1', 'a request for user 2', 'a request for user 3'];

const projects: FixtureProject[] = [];
afterEach(async () => {
  await Promise.all(projects.splice(0).map((project) => project.remove()));
});

async function greenPact(project: FixtureProject): Promise<string[]> {
  const pact = await readPact(project, 'fixture-web-green-api.json');
  return pact.interactions.map((i) => i.description).sort();
}

async function openPorts(project: FixtureProject): Promise<number[]> {
  const open: number[] = [];
  for (const port of await recordedPorts(project.dir)) if (await stillListening(port)) open.push(port);
  return open;
}

// A unit test in a pact project (the green-api project's include matches it) that never imports
// the plugin. It writes down whether its worker had loaded the engine, and whether the plugin's
// setup file ran there (it leaves Vitest's \`test\` on globalThis), for the outer test to check.
const unitTestFile = {
  'tests/green-unit.test.ts': `import { appendFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';

test('adds two numbers (a unit test beside the pact tests)', () => {
  expect(1 + 1).toBe(2);
  const require = createRequire(import.meta.url);
  const loader = require(require.resolve('@pactwright/engine').replace(/index\\.cjs$/, 'load.cjs'));
  mkdirSync('ports', { recursive: true });
  appendFileSync('ports/engine.txt', loader.codeCacheStatus() + '\\n');
  const setupRan = globalThis[Symbol.for('pactwright.vitest.baseTest')] !== undefined;
  appendFileSync('ports/setup.txt', (setupRan ? 'setup file' : 'no setup file') + '\\n');
});
`,
};

// A file that imports the plugin only inside a test: it was not a pact test when its hooks ran, so
// it has no server, and `pact` says why.
const lateImportFile = {
  'tests/green-late.test.ts': `import { expect, test } from 'vitest';

test('imports the plugin only inside a test', async () => {
  const { pact } = await import('@pactwright/vitest-plugin');
  expect(() => pact.url).toThrow(/in the test file's own imports \\(a file that does not import it gets no mock server\\)/);
});
`,
};

// A pact test file that records the same: on the http transport its server runs in Vitest's main
// process, and its worker loads only the DSL.
const pactProbeFile = {
  'tests/green-probe.test.ts': `import { appendFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { pact } from '@pactwright/vitest-plugin';

test('has a mock server without loading the engine', () => {
  expect(pact.url).toMatch(/^http:\\/\\/127\\.0\\.0\\.1:\\d+$/);
  const require = createRequire(import.meta.url);
  const loader = require(require.resolve('@pactwright/engine').replace(/index\\.cjs$/, 'load.cjs'));
  mkdirSync('ports', { recursive: true });
  appendFileSync('ports/engine-pact.txt', loader.codeCacheStatus() + '\\n');
});
`,
};

async function engineStatusesOfUnitTest(project: FixtureProject): Promise<string[]> {
  return (await readFile(join(project.dir, 'ports', 'engine.txt'), 'utf8')).trim().split('\n');
}

async function setupFileOfUnitTest(project: FixtureProject): Promise<string[]> {
  return (await readFile(join(project.dir, 'ports', 'setup.txt'), 'utf8')).trim().split('\n');
}

describe.each(majors)('Vitest $runtime.version pools', ({ major, runtime, store }) => {
  it.each(['forks', 'threads'])('loads no engine in any test worker, and starts no server for a file that does not import the plugin (%s pool, isolated)', async (pool) => {
    const project = await createFixtureProject(runtime, store, ['cases'], { ...unitTestFile, ...lateImportFile, ...pactProbeFile });
    projects.push(project);
    const run = await runVitest(project, ['--project', 'green-api', '--pool', pool]);
    expect(run.code, run.output).toBe(0);
    expect(run.report?.numPassedTests).toBe(7);
    expect(await engineStatusesOfUnitTest(project)).toEqual(['not-loaded']);
    // Vitest 4 and 5 give each file a worker of its own: the pact files install their lifecycle as
    // they import the plugin, and the unit test runs nothing of Pactwright's (fresh-workers.ts).
    expect(await setupFileOfUnitTest(project)).toEqual([major >= 4 ? 'no setup file' : 'setup file']);
    // A pact test file's worker did not load it either: its server ran in the main process.
    expect((await readFile(join(project.dir, 'ports', 'engine-pact.txt'), 'utf8')).trim()).toBe('not-loaded');
    // Its neighbours, which import the plugin, still get their servers and write the pact.
    expect(await greenPact(project)).toEqual(greenInteractions);
    expect(await openPorts(project)).toEqual([]);
  });


  it('works in the threads pool: both files of one pact verified and merged', async () => {
    const project = await createFixtureProject(runtime, store, ['cases']);
    projects.push(project);
    const run = await runVitest(project, ['--project', 'green-api', '--pool', 'threads']);
    expect(run.code, run.output).toBe(0);
    expect(run.report?.numPassedTests).toBe(4);
    expect(await greenPact(project)).toEqual(greenInteractions);
    expect(await openPorts(project)).toEqual([]);
  });
});

describe.each(majors.filter(({ major }) => major >= 4))('Vitest $runtime.version without isolation', ({ runtime, store }) => {
  it('keeps files apart when one worker runs them all without isolation', async () => {
    // With a unit test among them: whether it runs before or after the pact files, they all work.
    const project = await createFixtureProject(runtime, store, ['cases'], unitTestFile);
    projects.push(project);
    const run = await runVitest(project, ['--project', 'green-api', '--project', 'mismatch-api', '--no-isolate', '--maxWorkers', '1', '--no-file-parallelism']);
    expect(run.status('creates an order with the wrong quantity')).toBe('failed');
    expect(run.report?.numPassedTests, run.output).toBe(6);
    // The red file shared the worker but not its verdict: the green pact holds only green interactions.
    expect(await greenPact(project)).toEqual(greenInteractions);
    expect(await openPorts(project)).toEqual([]);
    // A worker that runs several files evaluates the plugin once: each file's setup file installs its lifecycle.
    expect(await setupFileOfUnitTest(project)).toEqual(['setup file']);
  });
});

// Preloaded into Vitest's processes: a Vitest that keeps no \`vitest\` module on globalThis, where
// the plugin's entry finds its hooks (vitest-of-worker.ts). It must then load its own lifecycle.
const withoutVitestIndex = {
  'hide-vitest-index.cjs': `const define = Object.defineProperty;
Object.defineProperty = function (target, key, descriptor) {
  if (target === globalThis && key === '__vitest_index__') return target;
  return define.call(this, target, key, descriptor);
};
`,
  'tests/green-index.test.ts': `import { appendFileSync, mkdirSync } from 'node:fs';
import { test } from 'vitest';

test('runs where Vitest keeps no module on the global', () => {
  mkdirSync('ports', { recursive: true });
  appendFileSync('ports/index.txt', String('__vitest_index__' in globalThis) + '\\n');
});
`,
};

describe.each(majors.filter(({ major }) => major >= 4))('Vitest $runtime.version without its module on the global', ({ runtime, store }) => {
  it('installs each file\'s lifecycle from its own import of vitest, with the same verdicts', async () => {
    const project = await createFixtureProject(runtime, store, ['cases'], withoutVitestIndex);
    projects.push(project);
    const run = await runVitest(project, ['--project', 'green-api', '--project', 'mismatch-api', '--pool', 'forks'], {
      env: { NODE_OPTIONS: `--require ${join(project.dir, 'hide-vitest-index.cjs')}` },
    });
    expect((await readFile(join(project.dir, 'ports', 'index.txt'), 'utf8')).trim()).toBe('false');
    expect(run.status('creates an order with the wrong quantity')).toBe('failed');
    expect(run.report?.numPassedTests, run.output).toBe(6);
    expect(await greenPact(project)).toEqual(greenInteractions);
    expect(await openPorts(project)).toEqual([]);
  });
});

describe.each(majors.filter(({ major }) => major === 4))('Vitest $runtime.version sharing and reuse', ({ runtime, store }) => {
  it('works in the vmThreads pool, where each file has its own global context', async () => {
    const project = await createFixtureProject(runtime, store, ['cases']);
    projects.push(project);
    const run = await runVitest(project, ['--project', 'green-api', '--project', 'mismatch-api', '--pool', 'vmThreads']);
    expect(run.status('creates an order with the wrong quantity')).toBe('failed');
    expect(run.report?.numPassedTests, run.output).toBe(5);
    expect(await greenPact(project)).toEqual(greenInteractions);
    expect(await openPorts(project)).toEqual([]);
  });

  it('two shards running at once write one pact holding both files', async () => {
    const project = await createFixtureProject(runtime, store, ['cases']);
    projects.push(project);
    const [first, second] = await Promise.all([
      runVitest(project, ['--project', 'green-api', '--shard', '1/2']),
      runVitest(project, ['--project', 'green-api', '--shard', '2/2']),
    ]);
    expect(first.code, first.output).toBe(0);
    expect(second.code, second.output).toBe(0);
    expect((first.report?.numPassedTests ?? 0) + (second.report?.numPassedTests ?? 0)).toBe(4);
    expect(await greenPact(project)).toEqual(greenInteractions);
  });

  it('closes every server when --bail stops the run early', async () => {
    const project = await createFixtureProject(runtime, store, ['cases']);
    projects.push(project);
    const run = await runVitest(project, ['--bail', '1']);
    expect(run.code).toBe(1);
    expect(await openPorts(project)).toEqual([]);
  });
});
