import { RunOwner } from '@pactwright/engine/runner';

/** The owner of this process's runs, and whether a run is open (begun and not yet ended). */
interface OwnerState {
  owner: RunOwner;
  open: boolean;
}

// One owner per main process, kept across watch re-runs and across the ESM and CJS copies of this
// package. `--parallel` workers never run the global setup, so they have none.
const ownerKey = Symbol.for('@pactwright/mocha-hooks/run-owner');

function ownerState(create: boolean): OwnerState | undefined {
  const holder = globalThis as { [ownerKey]?: OwnerState };
  if (create && holder[ownerKey] === undefined) {
    const state: OwnerState = { owner: RunOwner.create(), open: false };
    holder[ownerKey] = state;
    // A serial run that cannot load a test file ends the process before any hook or teardown.
    process.once('exit', () => {
      if (state.open) process.stderr.write(`pactwright: ${RUN_STOPPED}\n`);
    });
  }
  return holder[ownerKey];
}

/** Said when the process ends inside a run. */
export const RUN_STOPPED = 'no pact written: the run stopped before its end (a test file failed to load, or the run was interrupted)';

/** Starts a run of the owner in this process, unless one is open already. */
export function beginOwnedRun(): void {
  const state = ownerState(false);
  if (state === undefined || state.open) return;
  state.owner.beginRun();
  state.open = true;
}

/**
 * Ends the open run of this process's owner: writes the pacts when `failures` is 0 and every file
 * was green, prints one line per pact otherwise. Nothing when this process owns no open run.
 */
export async function endOwnedRun(failures: number): Promise<void> {
  const state = ownerState(false);
  if (state === undefined || !state.open) return;
  state.open = false;
  const summary = await state.owner.endRun(failures > 0 ? { failed: `${failures} test${failures === 1 ? '' : 's'} failed` } : {});
  for (const line of [...summary.lines, ...summary.errors]) process.stderr.write(`pactwright: ${line}\n`);
  if (summary.errors.length > 0) throw new Error(`pactwright: ${summary.errors.length === 1 ? 'a pact was' : 'pacts were'} not written (see above)`);
}

/**
 * Mocha's global setup: runs in the main process before any file, and before `--parallel`
 * workers start, so they inherit where to hand their outcomes.
 */
export function mochaGlobalSetup(): void {
  ownerState(true);
  beginOwnedRun();
}

/**
 * Mocha's global teardown: ends a `--parallel` run, with Mocha's runner as `this`, whose failure
 * count covers every file, also one that failed to load in a worker. A serial run (watch re-runs
 * included, where Mocha runs this only at exit) was ended by the root "after all" hook.
 */
export async function mochaGlobalTeardown(this: { failures?: unknown } | undefined): Promise<void> {
  await endOwnedRun(typeof this?.failures === 'number' ? this.failures : 0);
}
