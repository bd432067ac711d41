// Node's `fs.promises`, read at each call: `node:fs/promises` loads on first use, not with the engine
// (1-4 ms of every process's start, most of which never touch a pact file).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Pact, SpecVersion } from '../model/types.js';
import { parsePact } from '../model/parse.js';
import { MAX_DEPTH_CEILING } from '../model/limits.js';
import { serializePact, writtenSpec } from '../model/serialize.js';
import { versionLosses } from '../model/version-losses.js';
import { newerSpec, specVersionString } from '../model/spec-version.js';
import { PactWriteError, PactwrightError } from '../errors.js';
import { pactFilePath } from './file-name.js';
import { withFileLock } from './lock.js';
import { removeAbandonedTemporaries, writeFileAtomically } from './atomic-write.js';
import { mergePacts, normalizeInteractions } from './merge.js';
import { pactwrightVersion } from './version.js';

/** Options of `writePactToDir`. */
export interface WritePactOptions {
  /** Replace the existing file instead of merging with it. Default `false`. */
  overwrite?: boolean;
  /** The spec version to write (`2`, `3`, `4`; see `serializePact`). Default: the pact's own version. */
  spec?: SpecVersion | 2 | 3 | 4;
  /** Told, at info level, when a merge upgrades the file on disk to a newer version. */
  onInfo?: (message: string) => void;
  /** Told when the version written has no place for some of the pact's data, which is left out. */
  onWarn?: (message: string) => void;
}

/**
 * Writes `pact` as a pact file `<consumer>-<provider>.json` in `dir` (created if missing) and
 * resolves to its path. Unless `overwrite`, merges with the file already there: same V4 `key`, or
 * same description and provider states → replaced, new → added, others kept, sorted by
 * description then states.
 *
 * The file is written in `spec` (default: the pact's version), except that a merge never
 * downgrades: merged into a file of a newer version, the newer version is kept; merged into an
 * older one, the file is upgraded and `onInfo` is told.
 *
 * Safe when several processes write the same file at once: the read-merge-write runs under a
 * cross-process lock and the file is replaced atomically, so no interaction is lost and no reader
 * sees a half-written file. Throws `PactWriteError` (nothing written) when the names are unsafe,
 * the directory is unwritable, the existing file is not a valid pact or belongs to another pair.
 */
export async function writePactToDir(pact: Pact, dir: string, options: WritePactOptions = {}): Promise<string> {
  const file = pactFilePath(dir, pact.consumer.name, pact.provider.name);
  const asked = writtenSpec(options.spec, pact.specVersion);
  try {
    await makeDirectory(dir);
  } catch (error) {
    throw new PactWriteError(`cannot create the pact directory ${dir}: ${reason(error)}`, file, { cause: error });
  }
  return withFileLock(file, async (lock) => {
    await removeAbandonedTemporaries(file);
    const found = options.overwrite ? undefined : await readExisting(file, pact);
    const existing = found?.pact;
    // Replacing still compares: a file whose content is the same keeps its mtime.
    const currentText = options.overwrite ? await fs.readFile(file, 'utf8').catch(() => undefined) : found?.text;
    const merged = existing ? mergePacts(existing, pact) : normalizeInteractions(pact);
    const spec = existing ? newerSpec(existing.specVersion, asked) : asked;
    if (existing && spec !== existing.specVersion) {
      options.onInfo?.(`${file}: the existing pact is specification version ${specVersionString(existing.specVersion)}; it is upgraded to ${specVersionString(spec)}`);
    }
    const losses = versionLosses(merged, spec);
    if (losses.length > 0) {
      options.onWarn?.(`${file} is written as pact specification ${specVersionString(spec)}, which has no place for ${losses.join('; ')}: left out`);
    }
    const text = serializePact(
      {
        ...merged,
        metadata: {
          ...merged.metadata,
          pactSpecification: { version: specVersionString(spec) },
          pactwright: { version: pactwrightVersion() },
        },
      },
      { spec },
    );
    // Unchanged content is not written again: the file keeps its mtime, so no watcher (Jest's
    // --watchAll, nodemon, an IDE) sees a change and starts another run.
    if (currentText === text) return file;
    try {
      await writeFileAtomically(file, text, () => {
        if (lock.compromised()) throw new Error('the file lock was taken over by another process while writing');
      });
    } catch (error) {
      throw new PactWriteError(`cannot write the pact file ${file}: ${reason(error)}`, file, { cause: error });
    }
    return file;
  });
}

/**
 * `mkdir -p`, one level at a time. Node's own `recursive: true` never returns on file systems
 * that answer ENOENT to every mkdir (procfs: `/proc/x/pacts` spins forever in Node 20), which
 * would hang the test run instead of failing the write.
 */
async function makeDirectory(dir: string): Promise<void> {
  const target = path.resolve(dir);
  const missing: string[] = [];
  for (let at = target; ; at = path.dirname(at)) {
    try {
      await fs.mkdir(at);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') {
        if (at === target && !(await fs.stat(at)).isDirectory()) throw error;
        break;
      }
      if (code !== 'ENOENT' || path.dirname(at) === at) throw error;
      missing.push(at);
    }
  }
  // Create from the outermost missing level inwards; an EEXIST from a concurrent writer is fine.
  for (const at of missing.reverse()) {
    await fs.mkdir(at).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}

async function readExisting(file: string, pact: Pact): Promise<{ pact: Pact; text: string } | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new PactWriteError(`cannot read the existing pact file ${file}: ${reason(error)}`, file, { cause: error });
  }
  let existing: Pact;
  try {
    // The file may hold bodies a raised `limits.maxDepth` allowed; the ceiling keeps reading it safe.
    existing = parsePact(text, { maxDepth: MAX_DEPTH_CEILING });
  } catch (error) {
    throw new PactWriteError(
      `cannot merge with the existing pact file ${file}: it is not a valid pact (${reason(error)}); delete it or write with overwrite`,
      file,
      { cause: error },
    );
  }
  if (existing.consumer.name !== pact.consumer.name || existing.provider.name !== pact.provider.name) {
    throw new PactWriteError(
      `cannot merge with ${file}: it is the pact between '${existing.consumer.name}' and '${existing.provider.name}', not '${pact.consumer.name}' and '${pact.provider.name}'`,
      file,
    );
  }
  return { pact: existing, text };
}

function reason(error: unknown): string {
  return error instanceof PactwrightError || error instanceof Error ? error.message : String(error);
}
