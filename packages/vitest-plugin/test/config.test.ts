import { afterEach, describe, expect, it } from 'vitest';
import { availableMajors } from './support/majors.js';
import { createFixtureProject, runVitest, type FixtureProject } from './support/project.js';

const majors = availableMajors();
const projects: FixtureProject[] = [];
afterEach(async () => {
  await Promise.all(projects.splice(0).map((project) => project.remove()));
});

describe.each(majors.filter(({ major }) => major === 4))('Vitest $runtime.version configuration errors', ({ runtime, store }) => {
  it('stops the run when consumer is missing, saying where to set it', async () => {
    const project = await createFixtureProject(runtime, store, ['unconfigured']);
    projects.push(project);
    const run = await runVitest(project);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/ConfigurationError: consumer: is required/);
    expect(run.output).toContain('PACTWRIGHT_CONSUMER');
    expect(run.output).not.toMatch(/never runs/);
  });

  it('takes a missing option from its environment variable', async () => {
    const project = await createFixtureProject(runtime, store, ['unconfigured']);
    projects.push(project);
    const run = await runVitest(project, [], { env: { PACTWRIGHT_CONSUMER: 'web' } });
    expect(run.code, run.output).toBe(0);
    expect(run.status('never runs')).toBe('passed');
  });

  it('names a misspelt option and suggests the right one', async () => {
    const project = await createFixtureProject(runtime, store, ['unconfigured']);
    projects.push(project);
    const run = await runVitest(project, [], { env: { FIXTURE_TYPO: '1' } });
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/pactdir: unknown option; did you mean "pactDir"\?/);
  });
});
