// The shared adapter scenario list (harnesses/scenarios), run by real Vitest 3, 4 and 5 (Vitest 5
// under Node 24): the main list with files in parallel workers, the `.only` file and a -t filter
// on their own.
import { spawn } from 'node:child_process';
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkScenarios, checkWatch, renderFiles, waitFor, type GroupName, type NormalizedRun, type NormalizedTest } from '@pactwright/adapter-scenarios';
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
  const ports = join(project.dir, 'ports.txt');
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !/^(VITEST|PACTWRIGHT_)/.test(key)) env[key] = value;
  const child = spawn(runtime.node, [join(project.dir, 'node_modules/vitest/vitest.mjs'), 'watch'], {
    cwd: project.dir,
    env: { ...env, SCENARIO_PORTS: ports, NO_COLOR: '1', CI: '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const runs = (): number => output.split(/Tests\s+1 passed \(1\)/).length - 1;
  const recorded = async (): Promise<number[]> => (await readFile(ports, 'utf8').catch(() => '')).split('\n').filter(Boolean).map(Number);
  try {
    await waitFor(async () => runs() >= 1 && (await recorded()).length >= 1, 60_000, () => `the first run:\n${output}`);
    // Give the watcher a moment to settle, then change the test file.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await appendFile(join(project.dir, 'tests', 'watch-ts.test.ts'), '\n// changed\n');
    await waitFor(async () => runs() >= 2 && (await recorded()).length >= 2, 60_000, () => `the re-run:\n${output}`);
    const pacts = await Promise.all((await pactFiles(project)).map((name) => readPact(project, name)));
    await checkWatch('vitest', await recorded(), pacts.flatMap((pact) => pact.interactions.map((interaction) => interaction.description)));
  } finally {
    child.kill('SIGTERM');
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
