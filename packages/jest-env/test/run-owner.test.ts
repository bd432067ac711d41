// The run owner (pacts written once, from a green run) on real Jest 29 and 30, with the README's
// setup (`preset: '@pactwright/jest-env'`) and nothing else. The steps are the shared scenario
// (harnesses/scenarios, runOwnerScenario).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeProject, runCommand, runOwnerScenario, type OwnerRunOptions } from '@pactwright/adapter-scenarios';
import { afterAll, describe, it } from 'vitest';
import { harnessDir, jestBinary, jestMajors, type JestMajor } from './support/run-jest.js';

// Inside the repository, so the project resolves @pactwright/jest-env as a user's would.
const projectsDir = fileURLToPath(new URL('./.tmp', import.meta.url));
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function project(): string {
  const { dir, cleanup } = makeProject(projectsDir, 'run-owner-', { 'package.json': JSON.stringify({ name: 'run-owner', private: true }) });
  cleanups.push(cleanup);
  return dir;
}

function run(major: JestMajor, dir: string, options: OwnerRunOptions): Promise<{ output: string }> {
  const config = {
    rootDir: dir,
    preset: '@pactwright/jest-env',
    testEnvironmentOptions: { pactwright: { consumer: 'scenarios', provider: 'scenarios-api' } },
    cacheDirectory: join(dir, '.jest-cache'),
    watchman: false,
  };
  const args = [
    jestBinary(harnessDir(major)),
    '--config',
    JSON.stringify(config),
    '--ci',
    options.parallel ? '--maxWorkers=2' : '--runInBand',
    ...(options.filter ? ['-t', options.filter] : []),
    ...(options.shard ? [`--shard=${options.shard[0]}/${options.shard[1]}`] : []),
    ...(options.files ?? []),
  ];
  return runCommand(process.execPath, args, { cwd: dir });
}

describe.each(jestMajors)('the run owner on Jest %i', (major) => {
  it('writes once from a green run: renames, deletions, filters, a red run, parallel workers and merged shards', async () => {
    const dir = project();
    await runOwnerScenario({ runner: 'jest', dir, run: (options) => run(major, dir, options) });
  }, 180_000);
});
