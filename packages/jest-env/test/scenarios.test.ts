// The shared adapter scenario list (harnesses/scenarios), run by real Jest 29 and 30: the main
// list with two workers, the `.only` file and a -t filter on their own. CommonJS test files run
// as they are; import syntax and TypeScript go through babel-jest, as in most Jest projects.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkScenarios, renderFiles, runWatchScenario, type GroupName, type NormalizedRun, type NormalizedTest } from '@pactwright/adapter-scenarios';
import { afterAll, describe, it } from 'vitest';
import { harnessDir, jestBinary, jestMajors, makeTempDir, readPacts, removeDir, runJest, type JestMajor } from './support/run-jest.js';

const here = dirname(fileURLToPath(import.meta.url));
const projectsDir = join(here, '.tmp');
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

const modules = '@babel/plugin-transform-modules-commonjs';
const transform = {
  '-esm\\.test\\.js$': ['babel-jest', { plugins: [modules] }],
  '\\.ts$': ['babel-jest', { presets: ['@babel/preset-typescript'], plugins: [modules] }],
};

function project(group: GroupName): string {
  mkdirSync(projectsDir, { recursive: true });
  const dir = mkdtempSync(join(projectsDir, `scenarios-${group}-`));
  dirs.push(dir);
  for (const [name, text] of Object.entries(renderFiles('jest', group))) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function normalize(status: string, failureMessages: string[]): Pick<NormalizedTest, 'status' | 'message'> {
  return { status: status === 'passed' || status === 'failed' ? status : 'skipped', message: failureMessages.join('\n') };
}

/**
 * The cause Jest printed under a failed test's report ("Cause:"): the JSON report's failure
 * messages hold the error's own stack only.
 */
function printedCause(output: string, title: string): string | undefined {
  const block = output.split(/\n\s*● /).find((entry) => (entry.split('\n')[0] ?? '').endsWith(title));
  const at = block?.indexOf('Cause:') ?? -1;
  return block === undefined || at < 0 ? undefined : block.slice(at);
}

async function run(major: JestMajor, group: GroupName, args: string[] = []): Promise<NormalizedRun> {
  const pactDir = makeTempDir('scenario-pacts');
  dirs.push(pactDir);
  const result = await runJest({ major, fixture: project(group), pactDir, transform, args });
  const output = result.stdout + result.stderr;
  const tests: NormalizedTest[] = result.results.testResults.flatMap((file) =>
    file.assertionResults.map((test) => {
      const cause = printedCause(output, test.title);
      return { title: test.title, ...normalize(test.status, test.failureMessages), ...(cause === undefined ? {} : { cause }) };
    }),
  );
  return { tests, pactDescriptions: descriptions(pactDir), output };
}

const descriptions = (pactDir: string): string[] =>
  Object.values(readPacts(pactDir)).flatMap((pact) => pact.interactions.map((interaction) => interaction.description));

/**
 * `jest --watchAll` over the watch scenario, set up as the README shows (`preset` alone, pacts in
 * the project's own `pacts/`): the first run, a change to the test file, exactly one re-run.
 */
async function watchRun(major: JestMajor): Promise<void> {
  const dir = project('watch');
  const out = makeTempDir('scenarios-watch');
  dirs.push(out);
  const config = {
    rootDir: dir,
    preset: '@pactwright/jest-env',
    testEnvironmentOptions: { pactwright: { consumer: 'scenarios', provider: 'scenarios-api' } },
    cacheDirectory: join(out, 'cache'),
    watchman: false,
  };
  await runWatchScenario({
    runner: 'jest',
    command: process.execPath,
    args: [jestBinary(harnessDir(major)), '--config', JSON.stringify(config), '--watchAll'],
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    passed: /Tests:\s+1 passed, 1 total/,
    changeFile: join(dir, 'tests', 'watch-cjs.test.js'),
    portsFile: join(out, 'ports.txt'),
    pactDescriptions: () => descriptions(join(dir, 'pacts')),
  });
}

describe.each(jestMajors)('the adapter scenarios on Jest %i', (major) => {
  it('watch re-run', async () => {
    await watchRun(major);
  });

  it('main list, two workers', async () => {
    checkScenarios('jest', 'main', await run(major, 'main', ['--maxWorkers=2']));
  });

  it('.only', async () => {
    checkScenarios('jest', 'only', await run(major, 'only'));
  });

  it('-t', async () => {
    checkScenarios('jest', 'filter', await run(major, 'filter', ['-t', 'filter: kept']));
  });
});
