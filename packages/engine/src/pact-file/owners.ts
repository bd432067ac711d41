// Node's `fs.promises`, read at each call: `node:fs/promises` loads on first use, not with the engine
// (1-4 ms of every process's start, most of which never touch a pact file).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PactWriteError } from '../errors.js';
import type { ProviderState } from '../model/types.js';
import { writeFileAtomically } from './atomic-write.js';

/**
 * Which test file verified which interactions of the pacts in one directory. A run that did not
 * run every test file replaces only what its own files wrote before; this record is how it knows.
 * It lives beside the pacts, not inside them, so the pact files stay exactly what the official
 * verifier and the Pact Broker expect, and moving a test file does not change a published pact.
 */
export interface OwnersRecord {
  /** Per pact file name (`web-users-api.json`): per test file, the interactions it verified. */
  pacts: Record<string, Record<string, OwnedInteraction[]>>;
}

/** An interaction as ownership names it: the identity a pact merge uses. */
export interface OwnedInteraction {
  description: string;
  providerStates?: readonly ProviderState[];
}

/** The record's place: a folder the Pact Broker client's `publish <dir>` (top-level `*.json`) never reads. */
export const OWNERS_FOLDER = '.pactwright';
const OWNERS_FILE = 'owners.json';
const FORMAT_VERSION = 1;

/** Path of the owners record of the pacts in `pactDir`. */
export function ownersFilePath(pactDir: string): string {
  return path.join(pactDir, OWNERS_FOLDER, OWNERS_FILE);
}

/**
 * How a test file is named in the record: relative to the pact directory, with `/`, so the record
 * means the same on every machine and operating system that has the project at another path.
 */
export function ownerName(pactDir: string, testFile: string): string {
  return path.relative(path.resolve(pactDir), path.resolve(testFile)).split(path.sep).join('/');
}

/** The test file a record entry names, as a path. */
export function ownerPath(pactDir: string, owner: string): string {
  return path.resolve(pactDir, ...owner.split('/'));
}

/** Reads the owners record of `pactDir`; an empty one when there is none yet. */
export async function readOwners(pactDir: string): Promise<OwnersRecord> {
  const file = ownersFilePath(pactDir);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { pacts: {} };
    throw new PactWriteError(`cannot read ${file}: ${(error as Error).message}`, file, { cause: error });
  }
  try {
    const parsed = JSON.parse(text) as { version?: unknown; pacts?: unknown };
    if (parsed.version !== FORMAT_VERSION || typeof parsed.pacts !== 'object' || parsed.pacts === null) throw new Error(`expected { "version": ${FORMAT_VERSION}, "pacts": { … } }`);
    return { pacts: parsed.pacts as OwnersRecord['pacts'] };
  } catch (error) {
    throw new PactWriteError(
      `${file} is not a Pactwright owners record (${(error as Error).message}); delete it, and the next full run writes it again`,
      file,
      { cause: error },
    );
  }
}

/** Sorted at every level: the same ownership gives the same bytes. */
function ownersText(record: OwnersRecord): string {
  const pacts: OwnersRecord['pacts'] = {};
  for (const name of Object.keys(record.pacts).sort()) {
    const owners = record.pacts[name] ?? {};
    const names = Object.keys(owners).filter((owner) => (owners[owner]?.length ?? 0) > 0).sort();
    if (names.length === 0) continue;
    pacts[name] = Object.fromEntries(names.map((owner) => [owner, owners[owner] ?? []]));
  }
  return `${JSON.stringify({ version: FORMAT_VERSION, pacts }, null, 2)}\n`;
}

/** Writes the record (only when its content changed), or removes it when it owns nothing. */
export async function writeOwners(pactDir: string, record: OwnersRecord): Promise<void> {
  const file = ownersFilePath(pactDir);
  const text = ownersText(record);
  const empty = Object.keys((JSON.parse(text) as OwnersRecord).pacts).length === 0;
  const current = await fs.readFile(file, 'utf8').catch(() => undefined);
  try {
    if (empty) {
      if (current === undefined) return;
      await fs.rm(file, { force: true });
      // The folder holds nothing else of ours; anything a user put there keeps it.
      await fs.rmdir(path.dirname(file)).catch(() => undefined);
      return;
    }
    if (current === text) return;
    await fs.mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomically(file, text, () => undefined);
  } catch (error) {
    throw new PactWriteError(`cannot write ${file}: ${(error as Error).message}`, file, { cause: error });
  }
}

/**
 * The owners records of several directories (CI shards) as one: every test file's interactions,
 * each listed once.
 *
 * @example
 * ```ts
 * const owners = mergeOwners([await readOwners('shard-1/pacts'), await readOwners('shard-2/pacts')]);
 * await writeOwners('pacts', owners);
 * ```
 */
export function mergeOwners(records: readonly OwnersRecord[]): OwnersRecord {
  const merged: OwnersRecord = { pacts: {} };
  for (const record of records) {
    for (const [name, owners] of Object.entries(record.pacts)) {
      const target = (merged.pacts[name] ??= {});
      for (const [owner, list] of Object.entries(owners)) {
        const into = (target[owner] ??= []);
        for (const entry of list) {
          const same = into.some((known) => known.description === entry.description && JSON.stringify(known.providerStates ?? []) === JSON.stringify(entry.providerStates ?? []));
          if (!same) into.push(entry);
        }
      }
    }
  }
  return merged;
}
