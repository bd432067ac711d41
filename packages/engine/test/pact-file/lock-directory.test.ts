// The cross-process lock directory on its own: taken, waited for, taken over when stale, and the
// holder told when it was taken over.
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDirectoryLock } from '../../src/pact-file/lock-directory.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function lockPath(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-lock-'));
  dirs.push(dir);
  return path.join(dir, 'web-api.json.lock');
}
const timing = { staleMs: 1_000, timeoutMs: 400, minWaitMs: 5, maxWaitMs: 50 };

describe('acquireDirectoryLock', () => {
  it('takes a free lock and removes it on release (twice is harmless)', async () => {
    const at = lockPath();
    const lock = await acquireDirectoryLock(at, timing);
    expect(existsSync(at)).toBe(true);
    await lock.release();
    await lock.release();
    expect(existsSync(at)).toBe(false);
  });

  it('waits for a live holder, then gives up with a message naming the lock', async () => {
    const at = lockPath();
    const held = await acquireDirectoryLock(at, timing);
    const started = Date.now();
    await expect(acquireDirectoryLock(at, timing)).rejects.toThrow(`the lock ${at} is held by another process (waited 400 ms)`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    await held.release();
  });

  it('gets the lock as soon as the holder releases it', async () => {
    const at = lockPath();
    const held = await acquireDirectoryLock(at, { ...timing, timeoutMs: 5_000 });
    setTimeout(() => void held.release(), 100);
    const next = await acquireDirectoryLock(at, { ...timing, timeoutMs: 5_000 });
    expect(next.compromised()).toBe(false);
    await next.release();
  });

  it('takes over a lock nobody touched for staleMs (a dead writer), and the old holder learns it was taken over', async () => {
    const at = lockPath();
    mkdirSync(at);
    const old = new Date(Date.now() - 10_000);
    utimesSync(at, old, old);
    const lock = await acquireDirectoryLock(at, timing);
    expect(lock.compromised()).toBe(false);
    await lock.release();

    // A holder that stopped touching its lock (stalled longer than staleMs) loses it.
    const slow = await acquireDirectoryLock(at, { ...timing, staleMs: 200 });
    utimesSync(at, new Date(Date.now() - 10_000), new Date(Date.now() - 10_000));
    const taker = await acquireDirectoryLock(at, { ...timing, staleMs: 200 });
    await new Promise((r) => setTimeout(r, 150));
    expect(slow.compromised()).toBe(true);
    await slow.release();
    // The taker's lock is still there: the compromised holder does not remove it.
    expect(existsSync(at)).toBe(true);
    await taker.release();
  });
});
