// The run owner (pacts written once, from a green run) on real Mocha 10, 11 and 12, with the
// README's setup (`require: ['@pactwright/mocha-hooks']` in .mocharc) and nothing else. The steps
// are the shared scenario (harnesses/scenarios, runOwnerScenario).
import { fileURLToPath } from 'node:url';
import { makeProject, runCommand, runOwnerScenario, type OwnerRunOptions } from '@pactwright/adapter-scenarios';
import { afterAll, describe, it } from 'vitest';
import { mochaBin, mochaMajors, type MochaMajor } from './support/run-mocha.js';

// Inside the repository, so the project resolves @pactwright/mocha-hooks as a user's would.
const projectsDir = fileURLToPath(new URL('./.tmp', import.meta.url));
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function project(): string {
  const { dir, cleanup } = makeProject(projectsDir, 'run-owner-', {
    'package.json': JSON.stringify({ name: 'run-owner', private: true, type: 'module' }),
    // No `spec` here: Mocha adds a config's spec to the files named on the command line, and a run
    // of some files must run only those.
    '.mocharc.json': JSON.stringify({ require: ['@pactwright/mocha-hooks'], timeout: 10_000, pactwright: { consumer: 'scenarios', provider: 'scenarios-api' } }),
  });
  cleanups.push(cleanup);
  return dir;
}

function run(major: MochaMajor, dir: string, options: OwnerRunOptions): Promise<{ output: string }> {
  const all = ['tests/owner-a-esm.spec.js', 'tests/owner-b-esm.spec.js'];
  // Mocha has no --shard: a CI matrix gives each machine some of the files.
  const files = options.shard ? all.filter((_file, index) => index % options.shard![1] === options.shard![0] - 1) : (options.files ?? ['tests/*.spec.js']);
  const args = [mochaBin(major), ...(options.parallel ? ['--parallel', '--jobs', '2'] : []), ...(options.filter ? ['--grep', options.filter] : []), ...files];
  return runCommand(process.execPath, args, { cwd: dir });
}

describe.each(mochaMajors)('the run owner on Mocha %i', (major) => {
  it('writes once from a green run: renames, deletions, filters, a red run, parallel workers and merged shards', async () => {
    const dir = project();
    // A file that fails to load stops serial Mocha while it loads the files, before the global
    // setup and any hook: the pact stays as it was, and Mocha's own error is the only message.
    await runOwnerScenario({ runner: 'mocha', dir, run: (options) => run(major, dir, options), loadFailureMessage: null });
  }, 120_000);
});
