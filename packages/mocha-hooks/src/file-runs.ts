import { isAbsolute } from 'node:path';
import { abortOpenFileRunsOnExit, createFileRun, optionSource } from '@pactwright/engine/runner';
import type { FileOutcome } from '@pactwright/engine';
import type { PactwrightOptions } from '@pactwright/engine';
import type { MochaRunnable, MochaSuite, MochaTest } from './mocha-types.js';
import { pluginState } from './state.js';
import type { MochaFile } from './state.js';

const hookTypes = ['beforeAll', 'beforeEach', 'afterEach', 'afterAll'] as const;

/**
 * The run of `file`, started. When another file's run is still open (its last suite's "after all"
 * hook did not run, e.g. tests at the top level of a file), that one is finished first: one server
 * per file, never two at once in a process.
 */
export async function enterFile(file: string, options: PactwrightOptions): Promise<MochaFile> {
  const state = pluginState();
  const current = state.current;
  if (current !== undefined && current.file === file && current.finished === undefined) {
    await current.started;
    return current;
  }
  // Finishing a previous file from another file's hook: its errors belong to no test here.
  if (current !== undefined) {
    await finishFile(current).catch((error: unknown) => {
      process.stderr.write(`@pactwright/mocha-hooks: finishing ${current.file} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  }
  // Not in the main process of a `--parallel` run, where Mocha's own interrupt handling stops the workers.
  abortOpenFileRunsOnExit();
  const run = createFileRun(options, { source: optionSource('mocha'), ...(isAbsolute(file) ? { testFile: file } : {}) });
  const entry: MochaFile = { file, run, started: run.start(), suites: new Set() };
  state.current = entry;
  // A server that cannot start fails the hook or test that waits for it (the run has written
  // nothing and closed itself); every later test of the file awaits the same failure.
  await entry.started;
  return entry;
}

/**
 * End of a file: a failed hook anywhere in the file's suites also keeps the pact from being written
 * (the root `afterEach` only sees tests), then the run writes the pact if green and closes.
 */
export function finishFile(entry: MochaFile): Promise<FileOutcome> {
  const state = pluginState();
  if (entry.finished === undefined) {
    const failed = [...entry.suites].flatMap(failedRunnables);
    if (failed.length > 0) entry.run.markFailed(`${failed[0]?.fullTitle() ?? 'a hook'} failed`);
    // `--grep` leaves tests unrun, `.skip` pending, `.only` anywhere drops tests from the run.
    if (state.onlyRun || [...entry.suites].flatMap(allTests).some((test) => test.state === undefined || test.state === 'pending')) entry.run.markPartial();
    entry.finished = entry.run.finish();
  }
  if (state.current === entry) state.current = undefined;
  return entry.finished;
}

function allTests(suite: MochaSuite): MochaTest[] {
  return [...suite.tests, ...suite.suites.flatMap(allTests)];
}

export function failedRunnables(suite: MochaSuite): MochaRunnable[] {
  const hooks = hookTypes.flatMap((type) => suite.getHooks?.(type) ?? []);
  return [...hooks, ...suite.tests].filter((runnable) => runnable.state === 'failed').concat(suite.suites.flatMap(failedRunnables));
}
