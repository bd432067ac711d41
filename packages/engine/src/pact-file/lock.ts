import { PactWriteError } from '../errors.js';
import { acquireDirectoryLock, type DirectoryLock } from './lock-directory.js';

/**
 * How long a lock may go without its holder refreshing it before others treat the holder as dead
 * (a SIGKILLed writer). The holder refreshes it every `STALE_MS / 5`.
 */
export const STALE_MS = 5_000;
/** Longest total wait for the lock before giving up (well above STALE_MS so a dead holder is outlived). */
const TIMING = { staleMs: STALE_MS, timeoutMs: 60_000, minWaitMs: 5, maxWaitMs: 150 };

/** A held lock: `compromised` turns true if another process took it over (we were too slow). */
export interface HeldLock {
  readonly compromised: () => boolean;
  release(): Promise<void>;
}

/** Writes of one process are queued per file, so they never compete for the cross-process lock. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `work` while holding both the in-process queue slot and the cross-process lock of `file`
 * (a `<file>.lock` directory next to it; see lock-directory.ts).
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
  let lock: DirectoryLock;
  try {
    lock = await acquireDirectoryLock(`${file}.lock`, TIMING);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PactWriteError(`could not lock ${file} for writing: ${reason}`, file, { cause: error });
  }
  try {
    return await work({ compromised: () => lock.compromised(), release: () => lock.release() });
  } finally {
    await lock.release().catch(() => undefined);
  }
}
