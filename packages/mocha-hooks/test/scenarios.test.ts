// The shared adapter scenario list (harnesses/scenarios), run by real Mocha 10, 11 and 12: the
// main list in serial and in --parallel mode, the `.only` file and a --grep filter on their own.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkScenarios, renderFiles, runWatchScenario, type GroupName, type NormalizedRun } from '@pactwright/adapter-scenarios';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, mochaBin, mochaMajors, pactDescriptions, removeDir, runMocha, type MochaMajor } from './support/run-mocha.js';

const here = dirname(fileURLToPath(import.meta.url));
const reporter = join(here, 'support', 'scenario-reporter.cjs');
// Inside the repository, so the project resolves @pactwright/mocha-hooks and tsx as a user's would.
const projectsDir = join(here, '.tmp');
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

function project(group: GroupName): string {
  mkdirSync(projectsDir, { recursive: true });
  const dir = mkdtempSync(join(projectsDir, `scenarios-${group}-`));
  dirs.push(dir);
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'scenarios', private: true, type: 'module' }),
    '.mocharc.json': JSON.stringify({
      require: ['@pactwright/mocha-hooks'],
      spec: ['tests/*.spec.*'],
      timeout: 10_000,
      pactwright: { consumer: 'scenarios', provider: 'scenarios-api' },
    }),
    ...renderFiles('mocha', group),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function run(major: MochaMajor, group: GroupName, args: string[] = []): Promise<NormalizedRun> {
  const out = makeTempDir('scenarios');
  dirs.push(out);
  const report = join(out, 'scenarios.json');
  const result = await runMocha({
    major,
    fixture: project(group),
    out,
    reporter: 'custom',
    args: ['--reporter', reporter, '--reporter-option', `output=${report}`, ...args],
    // TypeScript test files load through tsx, in the main process and in --parallel workers.
    env: { NODE_OPTIONS: '--import tsx' },
  });
  expect(result.timedOut, `mocha ${major} did not exit by itself:\n${result.stderr}`).toBe(false);
  const tests = JSON.parse(readFileSync(report, 'utf8')) as NormalizedRun['tests'];
  return { tests, pactDescriptions: pactDescriptions(join(out, 'pacts')), output: result.stdout + result.stderr };
}

/** `mocha --watch` over the watch scenario: the first run, a change to the test file, the re-run. */
async function watchRun(major: MochaMajor): Promise<void> {
  const dir = project('watch');
  const out = makeTempDir('scenarios-watch');
  dirs.push(out);
  await runWatchScenario({
    runner: 'mocha',
    command: process.execPath,
    args: [mochaBin(major), '--watch', '--reporter', 'spec'],
    cwd: dir,
    env: { ...process.env, PACTWRIGHT_PACT_DIR: join(out, 'pacts'), NO_COLOR: '1', FORCE_COLOR: '0' },
    passed: '1 passing',
    changeFile: join(dir, 'tests', 'watch-cjs.spec.cjs'),
    portsFile: join(out, 'ports.txt'),
    pactDescriptions: () => pactDescriptions(join(out, 'pacts')),
  });
}

describe.each(mochaMajors)('the adapter scenarios on Mocha %i', (major) => {
  it('watch re-run', async () => {
    await watchRun(major);
  });

  it('main list, serial', async () => {
    checkScenarios('mocha', 'main', await run(major, 'main'));
  });

  it('main list, --parallel', async () => {
    checkScenarios('mocha', 'main', await run(major, 'main', ['--parallel', '--jobs', '2']));
  });

  it('.only', async () => {
    checkScenarios('mocha', 'only', await run(major, 'only'));
  });

  it('--grep', async () => {
    checkScenarios('mocha', 'filter', await run(major, 'filter', ['--grep', 'filter: kept']));
  });
});
