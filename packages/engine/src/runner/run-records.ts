import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SpecVersion } from '../model/types.js';
import { fnvHash } from '../fnv-hash.js';

/**
 * The variable through which a run owner tells test files (in its own process or in workers the
 * runner starts after it) where to leave their outcomes. Set by the owner, never by users.
 */
export const RUN_DIR_VARIABLE = 'PACTWRIGHT_RUN_DIR';

/** What one test file leaves for the run owner. */
export interface FileRecord {
  /** Absolute path of the test file. */
  testFile: string;
  /** `running` until the file ends: a record still running when the run ends means a crashed file. */
  state: 'running' | 'passed' | 'failed';
  failures: string[];
  /** Every test of the file ran (no skip, name filter or `.only`). */
  complete: boolean;
  /** The pact file this file's tests write to, and its directory. */
  pactFile: string;
  pactDir: string;
  /** The verified pact (pact JSON in `spec`), when the file passed and verified something. */
  text?: string;
  spec?: SpecVersion;
}

/**
 * Takes a file's record where the run owner runs in the file's own process (`RunOwner.keepRecord`),
 * instead of a record file in the run directory.
 */
export type FileRecordKeeper = (record: FileRecord) => void;

/** The run directory the owner set for this process, if a run owner is active. */
export function runDirFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const dir = env[RUN_DIR_VARIABLE];
  return dir === undefined || dir === '' ? undefined : dir;
}

function recordPath(runDir: string, testFile: string): string {
  return path.join(runDir, `${fnvHash(testFile)}.json`);
}

/**
 * Leaves `record` for the owner, replacing the file's earlier one. Synchronous, so exit handlers
 * can use it too; written beside and renamed, so the owner never reads half a record.
 */
export function writeFileRecord(runDir: string, record: FileRecord): void {
  const file = recordPath(runDir, record.testFile);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(record));
  renameSync(temporary, file);
}

/** Every record the run's files left, in test file order. */
export function readFileRecords(runDir: string): FileRecord[] {
  let names: string[];
  try {
    names = readdirSync(runDir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  const records = names.flatMap((name) => {
    try {
      return [JSON.parse(readFileSync(path.join(runDir, name), 'utf8')) as FileRecord];
    } catch {
      return [];
    }
  });
  return records.sort((a, b) => (a.testFile < b.testFile ? -1 : a.testFile > b.testFile ? 1 : 0));
}

/** Forgets the records of the previous run (a watch re-run starts clean). */
export function clearFileRecords(runDir: string): void {
  for (const name of readdirSync(runDir)) rmSync(path.join(runDir, name), { force: true, recursive: true });
}
