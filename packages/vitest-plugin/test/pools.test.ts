import { afterEach, describe, expect, it } from 'vitest';
import { availableMajors } from './support/majors.js';
import { isListening, recordedPorts } from './support/ports.js';
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
  for (const port of await recordedPorts(project.dir)) if (await isListening(port)) open.push(port);
  return open;
}

describe.each(majors)('Vitest $runtime.version pools', ({ runtime, store }) => {
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

  it('keeps files apart when one worker runs them all without isolation', async () => {
    const project = await createFixtureProject(runtime, store, ['cases']);
    projects.push(project);
    const run = await runVitest(project, ['--project', 'green-api', '--project', 'mismatch-api', '--no-isolate', '--maxWorkers', '1', '--no-file-parallelism']);
    expect(run.status('creates an order with the wrong quantity')).toBe('failed');
    expect(run.report?.numPassedTests, run.output).toBe(5);
    // The red file shared the worker but not its verdict: the green pact holds only green interactions.
    expect(await greenPact(project)).toEqual(greenInteractions);
    expect(await openPorts(project)).toEqual([]);
  });

  it('closes every server when --bail stops the run early', async () => {
    const project = await createFixtureProject(runtime, store, ['cases']);
    projects.push(project);
    const run = await runVitest(project, ['--bail', '1']);
    expect(run.code).toBe(1);
    expect(await openPorts(project)).toEqual([]);
  });
});
