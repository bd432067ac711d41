import { open, rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';

/**
 * Replaces `file` with `text` so that readers see either the old or the new content, never a mix:
 * the text goes to a temporary file in the same directory (same file system), is flushed to disk,
 * then renamed over the target. `beforeRename` may veto the swap by throwing.
 */
export async function writeFileAtomically(file: string, text: string, beforeRename?: () => void): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    beforeRename?.();
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
