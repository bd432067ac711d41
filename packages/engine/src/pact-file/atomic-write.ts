// Node's `fs.promises`, read at each call: `node:fs/promises` loads on first use, not with the engine
// (1-4 ms of every process's start, most of which never touch a pact file).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/**
 * Replaces `file` with `text` so that readers see either the old or the new content, never a mix:
 * the text goes to a temporary file in the same directory (same file system), is flushed to disk,
 * then renamed over the target. `beforeRename` may veto the swap by throwing.
 */
export async function writeFileAtomically(file: string, text: string, beforeRename?: () => void): Promise<void> {
  const temp = path.join(path.dirname(file), `${tempPrefix(file)}${process.pid}.${process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    beforeRename?.();
    await fs.rename(temp, file);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

function tempPrefix(file: string): string {
  return `.${path.basename(file)}.`;
}

/**
 * Deletes temporary files of `file` left by writers that died mid-write (SIGKILL, power loss):
 * nothing else would ever remove them, and each can be as large as the pact. Call it only while
 * holding the file's lock, so no live writer of another process is between open and rename.
 */
export async function removeAbandonedTemporaries(file: string): Promise<void> {
  const prefix = tempPrefix(file);
  let names: string[];
  try {
    names = await fs.readdir(path.dirname(file));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid) || pid === process.pid || isAlive(pid)) continue;
    await fs.unlink(path.join(path.dirname(file), name)).catch(() => undefined);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
