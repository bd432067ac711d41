import type * as ProperLockfile from 'proper-lockfile';
import { loadOnFirstUse } from '../load-on-first-use.js';

const lockfile = loadOnFirstUse<typeof ProperLockfile>('proper-lockfile');
import { PactWriteError } from '../errors.js';

/**
 * How long a lock may go without its holder refreshing it before others treat the holder as dead
 * (a SIGKILLed writer). The holder refreshes it every `STALE_MS / 5`.
 */
export const STALE_MS = 5_000;
/** Longest total wait for the lock before giving up (well above STALE_MS so a dead holder is outlived). */
const RETRY = { retries: 400, factor: 1.2, minTimeout: 5, maxTimeout: 150, randomize: true };

/** A held lock: `compromised` turns true if another process took it over (we were too slow). */
export interface HeldLock {
  readonly compromised: () => boolean;
  release(): Promise<void>;
}

/** Writes of one process are queued per file, so they never compete for the cross-process lock. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `work` while holding both the in-process queue slot and the cross-process lock of `file`
 * (a `<file>.lock` directory next to it, managed by proper-lockfile).
 */
export function withFileLock<T>(file: string, work: (lock: HeldLock) => Promise<T>): Promise<T> {
  const previous = queues.get(file) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => lockAndRun(file, work));
  const tail = run.catch(() => undefined);
  queues.set(file, tail);
  void tail.then(() => {
    if (queues.get(file) === tail) queues.delete(file);
  });
  return run;
}

async function lockAndRun<T>(file: string, work: (lock: HeldLock) => Promise<T>): Promise<T> {
  let compromised = false;
  let release: () => Promise<void>;
  try {
    release = await lockfile().lock(file, {
      realpath: false,
      lockfilePath: `${file}.lock`,
      stale: STALE_MS,
      update: STALE_MS / 5,
      retries: RETRY,
      onCompromised: () => {
        compromised = true;
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PactWriteError(`could not lock ${file} for writing: ${reason}`, file, { cause: error });
  }
  try {
    return await work({ compromised: () => compromised, release: () => release() });
  } finally {
    await release().catch(() => undefined);
  }
}
