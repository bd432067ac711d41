import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableMajors } from './support/majors.js';
import { recordedPorts, stillListening } from './support/ports.js';
import { createFixtureProject, pactFiles, readPact, runVitest, type FixtureProject, type VitestRun } from './support/project.js';

const majors = availableMajors();

/**
 * One real Vitest run per major over the `cases` fixture: the Vitest-only parts (the `pact`
 * fixture, code frames, Vitest's diff, plugin options), a project per case, each writing to its own
 * consumer–provider pact so the presence or absence of each pact file tells one case apart. The
 * lifecycle scenarios every adapter shares are in scenarios.test.ts.
 */
describe.each(majors)('Vitest $runtime.version', ({ runtime, store }) => {
  let project: FixtureProject;
  let run: VitestRun;

  beforeAll(async () => {
    project = await createFixtureProject(runtime, store, ['cases']);
    run = await runVitest(project);
  });
  afterAll(() => project?.remove());

  it('runs every case and reports the failures it should', () => {
    expect(run.report, run.output).toBeDefined();
    expect(run.code).toBe(1);
    expect(run.output).not.toMatch(/Startup Error|Unhandled/);
  });

  it('writes the pact of a green file, merging two files (two workers) of the same pact', async () => {
    expect(run.status('gets user 1 (fixture)'), run.failure('gets user 1 (fixture)')).toBe('passed');
    expect(run.status('gets user 2 (import)'), run.failure('gets user 2 (import)')).toBe('passed');
    expect(run.status('lists orders'), run.failure('lists orders')).toBe('passed');
    expect(run.status('gets user 3 (extended fixture)'), run.failure('gets user 3 (extended fixture)')).toBe('passed');
    const pact = await readPact(project, 'fixture-web-green-api.json');
    expect(pact.interactions.map((i) => i.description).sort()).toEqual([
      'a request for the orders',
      'a request for user 1',
      'a request for user 2',
      'a request for user 3',
    ]);
  });

  it('fails a test whose request does not match, with the diff in the output, and writes no pact', () => {
    expect(run.status('creates an order with the wrong quantity')).toBe('failed');
    expect(run.status('a passing neighbour still runs'), run.failure('a passing neighbour still runs')).toBe('passed');
    const failure = run.failure('creates an order with the wrong quantity');
    expect(failure).toContain('PactVerificationError');
    expect(failure).toContain('a request to create an order');
    expect(failure).toMatch(/quantity/);
    // Vitest's own diff of actual/expected, from the error's `actual`/`expected`.
    expect(run.output).toMatch(/- Expected[\s\S]*\+ Received/);
    expect(run.output).toMatch(/"quantity": 3/);
  });

  it('fails only the test whose request body is nested past the limit set in the plugin options, with the report', () => {
    expect(run.status('sends a request body nested 20,000 deep')).toBe('failed');
    const failure = run.failure('sends a request body nested 20,000 deep');
    expect(failure).toContain('PactVerificationError');
    expect(failure).toContain('nested more than 300 levels deep (the maxDepth limit)');
    expect(failure).not.toContain('Maximum call stack');
    expect(run.status('matches a 250-level document the raised limit allows'), run.failure('matches a 250-level document the raised limit allows')).toBe('passed');
  });

  it('writes a V4 pact with the V4 fields when the plugin options set spec 4', async () => {
    expect(run.status('writes a V4 interaction with its key, pending flag and comments'), run.failure('writes a V4 interaction with its key, pending flag and comments')).toBe('passed');
    const pact = (await readPact(project, 'fixture-web-v4-api.json')) as unknown as { metadata: { pactSpecification: unknown }; interactions: Array<Record<string, unknown>> };
    expect(pact.metadata.pactSpecification).toEqual({ version: '4.0' });
    expect(pact.interactions[0]).toMatchObject({ type: 'Synchronous/HTTP', key: 'widget-1', pending: true, comments: { text: ['shown on the widget page'] } });
  });

  it('fails a test that never sends a declared request, naming the interaction', () => {
    expect(run.status('declares an interaction it never calls')).toBe('failed');
    expect(run.failure('declares an interaction it never calls')).toContain('a request for the invoices');
  });

  it('fails a test that sends a request nobody declared', () => {
    expect(run.status('calls an endpoint nobody declared')).toBe('failed');
    expect(run.failure('calls an endpoint nobody declared')).toMatch(/DELETE \/surprise/);
  });

  it('points the code frame at the test, not at the plugin', () => {
    expect(run.output).toMatch(/❯ tests\/missing\.test\.ts:6:\d+/);
    expect(run.output).toMatch(/❯ tests\/unexpected\.test\.ts:5:\d+/);
    expect(run.output).not.toMatch(/vitest-plugin\/(dist|src)\//);
    expect(run.output).not.toMatch(/boundPactMethod|Object\.apply/);
  });

  it('keeps a file whose test fails on every retry attempt red', () => {
    expect(run.status('fails on every attempt')).toBe('failed');
  });

  it('writes only the pacts of green files', async () => {
    expect(await pactFiles(project)).toEqual(['fixture-web-green-api.json', 'fixture-web-v4-api.json']);
  });

  it('closes every mock server', async () => {
    const ports = await recordedPorts(project.dir);
    // One server per file that reached a test and recorded its port: 2 green, mismatch, missing, unexpected.
    expect(ports.length).toBe(5);
    const stillOpen = [];
    for (const port of ports) if (await stillListening(port)) stillOpen.push(port);
    expect(stillOpen).toEqual([]);
  });
});
