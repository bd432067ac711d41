import { abortOpenFileRunsOnExit, createFileRun } from '@pactwright/engine/runner';
import type { PactwrightOptions } from '@pactwright/engine';
import type { MochaRunnable, MochaSuite } from './mocha-types.js';
import { mochaOptionSource } from './options.js';
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
  if (current !== undefined) await finishFileQuietly(current);
  // Not in the main process of a `--parallel` run, where Mocha's own interrupt handling stops the workers.
  abortOpenFileRunsOnExit();
  const run = createFileRun(options, { source: mochaOptionSource });
  const entry: MochaFile = { file, run, started: run.start(), suites: new Set() };
  state.current = entry;
  try {
    await entry.started;
  } catch (error) {
    // A file whose server cannot start fails in the hook that reported it, and writes no pact.
    entry.finished = Promise.resolve({});
    if (state.current === entry) state.current = undefined;
    throw error;
  }
  return entry;
}

/**
 * End of a file: a failed hook anywhere in the file's suites also keeps the pact from being written
 * (the root `afterEach` only sees tests), then the run writes the pact if green and closes.
 */
export function finishFile(entry: MochaFile): Promise<{ pactFile?: string }> {
  const state = pluginState();
  if (entry.finished === undefined) {
    const failed = [...entry.suites].flatMap(failedRunnables);
    if (failed.length > 0) entry.run.markFailed(`${failed[0]?.fullTitle() ?? 'a hook'} failed`);
    entry.finished = entry.run.finish();
  }
  if (state.current === entry) state.current = undefined;
  return entry.finished;
}

/** Finishing a previous file from another file's hook: its errors belong to no test here. */
async function finishFileQuietly(entry: MochaFile): Promise<void> {
  try {
    await finishFile(entry);
  } catch (error) {
    process.stderr.write(`@pactwright/mocha-hooks: finishing ${entry.file} failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}

function failedRunnables(suite: MochaSuite): MochaRunnable[] {
  const hooks = hookTypes.flatMap((type) => suite.getHooks?.(type) ?? []);
  return [...hooks, ...suite.tests].filter((runnable) => runnable.state === 'failed').concat(suite.suites.flatMap(failedRunnables));
}

/** The suite directly under the root that holds `runnable` (where its file's hooks live). */
export function topLevelSuite(runnable: MochaRunnable): MochaSuite | undefined {
  let suite = runnable.parent;
  if (suite === undefined || suite.root === true) return undefined;
  while (suite.parent !== undefined && suite.parent.root !== true) suite = suite.parent;
  return suite;
}
