import type { PactSession } from '@pactwright/engine';
import type { TestContext } from 'vitest';

/** What the plugin knows about the test file running in this worker. */
export interface FileRun {
  readonly session: PactSession;
  /** The file's task tree, learnt from the first test context (used to spot failed hooks). */
  file?: TestContext['task']['file'];
  /** The running test, if any. */
  test?: TestContext['task'];
  /** Where the running test first touched `pact`: the code frame of a failure points there. */
  callSite?: Error;
}

/**
 * State lives on `globalThis` under a registered symbol, not in module scope: with a linked or
 * inlined package the setup file and the test's `import { pact }` can be evaluated as two module
 * instances, and they must still agree on the running file.
 */
const currentKey = Symbol.for('pactwright.vitest.currentRun');

/**
 * Sessions opened in this worker and not finished yet. Kept on `process` (one per thread or
 * child process, shared by the VM contexts of `vmThreads`) so a file that never reached its
 * `afterAll` — cancelled by `--bail`, a watch-mode re-run or a crash in a hook — has its server
 * closed when the next file starts in the same worker instead of holding its port.
 */
const openKey = Symbol.for('pactwright.vitest.openSessions');

type Holder = Record<symbol, unknown>;

function openSessions(): Set<PactSession> {
  const holder = process as unknown as Holder;
  let open = holder[openKey];
  if (!(open instanceof Set)) {
    open = new Set<PactSession>();
    holder[openKey] = open;
  }
  return open as Set<PactSession>;
}

/** The file run this worker is executing now, if the plugin's setup file started one. */
export function currentRun(): FileRun | undefined {
  return (globalThis as unknown as Holder)[currentKey] as FileRun | undefined;
}

/** Makes `run` the current one and remembers its session as open. */
export function beginRun(run: FileRun): void {
  (globalThis as unknown as Holder)[currentKey] = run;
  openSessions().add(run.session);
}

/** Forgets `run` (its session has been finished). */
export function endRun(run: FileRun): void {
  openSessions().delete(run.session);
  if (currentRun() === run) (globalThis as unknown as Holder)[currentKey] = undefined;
}

/**
 * Finishes the sessions of earlier files in this worker that are still open. A worker runs one
 * file at a time, so any session open when a file starts was abandoned. `markFailed` first: an
 * abandoned file is not green, so no pact is written for it.
 */
export async function closeAbandonedSessions(): Promise<void> {
  const open = openSessions();
  const abandoned = [...open];
  open.clear();
  await Promise.allSettled(
    abandoned.map(async (session) => {
      session.markFailed('the test file was stopped before it finished');
      await session.finish();
    }),
  );
}
