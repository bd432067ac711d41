import { createPactSession } from '@pactwright/engine';
import type { PactwrightOptions } from '@pactwright/engine';
import type { MochaRunnable, MochaSuite } from './mocha-types.js';
import { mochaOptionSource } from './options.js';
import { installSafetyNet } from './safety-net.js';
import { pluginState } from './state.js';
import type { FileRun } from './state.js';

const hookTypes = ['beforeAll', 'beforeEach', 'afterEach', 'afterAll'] as const;

/**
 * The session of `file`, started. When another file's session is still open (its last suite's
 * "after all" hook did not run, e.g. tests at the top level of a file), that one is finished first:
 * one server per file, never two at once in a process.
 */
export async function enterFile(file: string, options: PactwrightOptions): Promise<FileRun> {
  const state = pluginState();
  const current = state.current;
  if (current !== undefined && current.file === file && current.finished === undefined) {
    await current.started;
    return current;
  }
  if (current !== undefined) await finishFileQuietly(current);
  installSafetyNet();
  const session = createPactSession(options, { source: mochaOptionSource });
  const run: FileRun = { file, session, started: session.start(), suites: new Set() };
  state.current = run;
  state.open.add(run);
  try {
    await run.started;
  } catch (error) {
    // A file whose server cannot start fails in the hook that reported it, and writes no pact.
    session.markFailed('the mock server did not start');
    await finishFile(run).catch(() => undefined);
    throw error;
  }
  return run;
}

/**
 * End of a file: a failed hook anywhere in the file's suites also keeps the pact from being written
 * (the root `afterEach` only sees tests), then the session writes the pact if green and closes.
 */
export function finishFile(run: FileRun): Promise<{ pactFile?: string }> {
  const state = pluginState();
  if (run.finished === undefined) {
    const failed = [...run.suites].flatMap(failedRunnables);
    if (failed.length > 0) run.session.markFailed(`${failed[0]?.fullTitle() ?? 'a hook'} failed`);
    run.finished = run.session.finish().finally(() => state.open.delete(run));
  }
  if (state.current === run) state.current = undefined;
  return run.finished;
}

/** Finishing a previous file from another file's hook: its errors belong to no test here. */
async function finishFileQuietly(run: FileRun): Promise<void> {
  try {
    await finishFile(run);
  } catch (error) {
    process.stderr.write(`@pactwright/mocha-hooks: finishing ${run.file} failed: ${error instanceof Error ? error.message : String(error)}\n`);
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
