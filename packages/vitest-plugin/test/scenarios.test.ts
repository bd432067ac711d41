// The shared adapter scenario list (harnesses/scenarios), run by real Vitest 3, 4 and 5 (Vitest 5
// under Node 24): the main list with files in parallel workers, the `.only` file and a -t filter
// on their own.
import { join } from 'node:path';
import { checkScenarios, renderFiles, runWatchScenario, type GroupName, type NormalizedRun, type NormalizedTest } from '@pactwright/adapter-scenarios';
import { describe, it } from 'vitest';
import { availableMajors, type AvailableMajor } from './support/majors.js';
import { createFixtureProject, readPact, pactFiles, runVitest } from './support/project.js';

const config = `import { defineConfig } from 'vitest/config';
import { pactwright } from '@pactwright/vitest-plugin';

export default defineConfig({
  plugins: [pactwright({ consumer: 'scenarios', provider: 'scenarios-api', pactDir: './pacts' })],
  test: { include: ['tests/**/*.test.{ts,js}'], allowOnly: true },
});
`;

/** The cause Vitest printed under a failed test ("Caused by: …"); its JSON report leaves causes out. */
function printedCause(output: string, title: string): string | undefined {
  const block = output.split(/\n\s*FAIL\s+/).find((entry) => (entry.split('\n')[0] ?? '').trim().endsWith(title));
  const at = block?.indexOf('Caused by:') ?? -1;
  return block === undefined || at < 0 ? undefined : block.slice(at);
}

async function run({ runtime, store }: AvailableMajor, group: GroupName, args: string[] = []): Promise<NormalizedRun> {
  const project = await createFixtureProject(runtime, store, [], { 'vitest.config.ts': config, ...renderFiles('vitest', group) });
  try {
    const result = await runVitest(project, args);
    const tests: NormalizedTest[] = (result.report?.testResults ?? []).flatMap((file) =>
      file.assertionResults.map((test) => {
        const cause = printedCause(result.output, test.title);
        const status = test.status === 'passed' || test.status === 'failed' ? test.status : 'skipped';
        return { title: test.title, status, message: test.failureMessages.join('\n'), ...(cause === undefined ? {} : { cause }) };
      }),
    );
    const pacts = await Promise.all((await pactFiles(project)).map((name) => readPact(project, name)));
    return { tests, pactDescriptions: pacts.flatMap((pact) => pact.interactions.map((interaction) => interaction.description)), output: result.output };
  } finally {
    await project.remove();
  }
}

/** `vitest watch` over the watch scenario: the first run, a change to the test file, the re-run. */
async function watchRun({ runtime, store }: AvailableMajor): Promise<void> {
  const project = await createFixtureProject(runtime, store, [], { 'vitest.config.ts': config, ...renderFiles('vitest', 'watch') });
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !/^(VITEST|PACTWRIGHT_)/.test(key)) env[key] = value;
  try {
    await runWatchScenario({
      runner: 'vitest',
      command: runtime.node,
      args: [join(project.dir, 'node_modules/vitest/vitest.mjs'), 'watch'],
      cwd: project.dir,
      env: { ...env, NO_COLOR: '1', CI: '' },
      passed: /Tests\s+1 passed \(1\)/,
      changeFile: join(project.dir, 'tests', 'watch-ts.test.ts'),
      portsFile: join(project.dir, 'ports.txt'),
      pactDescriptions: async () => {
        const pacts = await Promise.all((await pactFiles(project)).map((name) => readPact(project, name)));
        return pacts.flatMap((pact) => pact.interactions.map((interaction) => interaction.description));
      },
    });
  } finally {
    await project.remove();
  }
}

describe.each(availableMajors())('the adapter scenarios on Vitest $runtime.version', (major) => {
  it('watch re-run', async () => {
    await watchRun(major);
  });

  it('main list, files in parallel workers', async () => {
    checkScenarios('vitest', 'main', await run(major, 'main'));
  });

  it('.only', async () => {
    checkScenarios('vitest', 'only', await run(major, 'only'));
  });

  it('-t', async () => {
    checkScenarios('vitest', 'filter', await run(major, 'filter', ['-t', 'filter: kept']));
  });
});
