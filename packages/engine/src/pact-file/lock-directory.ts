// A cross-process lock as a directory next to the file (`<file>.lock`): `mkdir` either creates it
// or fails, atomically, on every file system Node supports. The holder touches it while it works;
// a lock nobody touched for `staleMs` belongs to a dead writer (a SIGKILLed test worker) and is
// taken over. Written here rather than taken from proper-lockfile, which does the same with four
// packages (graceful-fs, retry, signal-exit and itself) for a job of this size.
// Node's `fs.promises`, read at each call: `node:fs/promises` loads on first use, not with the engine
// (1-4 ms of every process's start, most of which never touch a pact file).
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** How to wait for a lock another process holds. */
export interface LockTiming {
  /** A lock older than this (not touched) is stale. */
  staleMs: number;
  /** Give up after this long. */
  timeoutMs: number;
  /** First and longest pause between attempts; pauses grow by half each time, with jitter. */
  minWaitMs: number;
  maxWaitMs: number;
}

/** A lock this process holds. */
export interface DirectoryLock {
  /** True once another process took the lock over (this one stopped touching it in time). */
  compromised(): boolean;
  release(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes the lock `lockDir`, waiting for its holder or taking over a stale one; rejects after `timeoutMs`. */
export async function acquireDirectoryLock(lockDir: string, timing: LockTiming): Promise<DirectoryLock> {
  const deadline = Date.now() + timing.timeoutMs;
  let wait = timing.minWaitMs;
  for (;;) {
    try {
      await fs.mkdir(lockDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await removeIfStale(lockDir, timing.staleMs)) continue;
      if (Date.now() >= deadline) throw new Error(`the lock ${lockDir} is held by another process (waited ${timing.timeoutMs} ms)`);
      await sleep(wait * (0.5 + Math.random()));
      wait = Math.min(timing.maxWaitMs, wait * 1.5);
      continue;
    }
    // Who holds it, so that a holder can tell its lock from one taken over after it went stale.
    const token = process.getBuiltinModule('node:crypto').randomBytes(8).toString('hex');
    try {
      await fs.writeFile(path.join(lockDir, OWNER), token);
    } catch (error) {
      // A lock nobody can tell is ours would block every writer until it goes stale.
      await fs.rm(lockDir, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
    return hold(lockDir, timing.staleMs, token);
  }
}

const OWNER = 'owner';

/**
 * Removes a lock nobody touched for `staleMs`. It is first renamed to a unique name, which only one
 * of several processes that found it stale can do, so none of them removes a lock another one has
 * just taken.
 */
async function removeIfStale(lockDir: string, staleMs: number): Promise<boolean> {
  let touched: number;
  try {
    touched = (await fs.stat(lockDir)).mtimeMs;
  } catch (error) {
    // Released in the meantime: try again at once.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
  if (Date.now() - touched < staleMs) return false;
  const aside = `${lockDir}.stale-${process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex')}`;
  try {
    await fs.rename(lockDir, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
  await fs.rm(aside, { recursive: true, force: true }).catch(() => undefined);
  return true;
}

function hold(lockDir: string, staleMs: number, token: string): DirectoryLock {
  let compromised = false;
  const touch = async (): Promise<void> => {
    try {
      // A lock taken over after ours went stale has another owner.
      if ((await fs.readFile(path.join(lockDir, OWNER), 'utf8')) !== token) compromised = true;
      if (compromised) return;
      const now = new Date();
      await fs.utimes(lockDir, now, now);
    } catch {
      compromised = true;
    }
  };
  // Touched well within `staleMs`, so that a slow write is never mistaken for a dead writer.
  const timer = setInterval(() => void touch(), Math.max(50, Math.floor(staleMs / 5)));
  timer.unref();
  let released = false;
  return {
    compromised: () => compromised,
    async release(): Promise<void> {
      // Once only: a second rmdir could remove a lock another process has taken since.
      if (released) return;
      released = true;
      clearInterval(timer);
      if (!compromised) await fs.rm(lockDir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}
