import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PactWriteError, PactwrightError } from '../errors.js';
import { parsePact } from '../model/parse.js';
import { MAX_DEPTH_CEILING } from '../model/limits.js';
import type { Pact } from '../model/types.js';
import { ownerName, ownerPath, readOwners, writeOwners } from '../pact-file/owners.js';
import { planRunPact } from '../pact-file/run-plan.js';
import type { RunContribution } from '../pact-file/run-plan.js';
import { writePactToDir } from '../pact-file/write.js';
import { removeWhenProcessEnds } from './run-dir-removal.js';
import { clearFileRecords, readFileRecords, RUN_DIR_VARIABLE } from './run-records.js';
import type { FileRecord, FileRecordKeeper } from './run-records.js';

/** How the runner saw the run end. */
export interface RunVerdict {
  /** Why the run is red, as the runner knows it (`3 tests failed`, `the run was interrupted`); unset when green. */
  failed?: string;
}

/** What the owner did at the end of a run. */
export interface RunSummary {
  /** One line per pact worth telling the user about (not written, removed, keeps unowned interactions). */
  lines: string[];
  /** Pact files written or confirmed unchanged. */
  written: string[];
  /** Problems that kept a pact from being written on a green run (conflicts, unwritable files). */
  errors: string[];
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function readPact(file: string): Pact | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return parsePact(text, { maxDepth: MAX_DEPTH_CEILING });
  } catch (error) {
    throw new PactWriteError(`${file} is not a valid pact (${(error as Error).message}); delete it and run again`, file, { cause: error });
  }
}

/**
 * The one writer of a test run. The runner's main process creates it before any test file runs;
 * test files (in that process or in workers started after it) leave their outcomes in its run
 * directory instead of writing pacts; at the end of each run it writes every pact once, and only
 * when the whole run is green.
 *
 * @example
 * ```ts
 * const owner = RunOwner.create();
 * owner.beginRun();
 * // … the runner runs the test files …
 * const summary = await owner.endRun({ failed: failures > 0 ? `${failures} tests failed` : undefined });
 * for (const line of summary.lines) console.warn(line);
 * ```
 */
export class RunOwner {
  readonly runDir: string;
  /** The records of files run in this process ({@link keepRecord}), by test file. */
  private readonly kept = new Map<string, FileRecord>();
  private disposed = false;

  private constructor(
    runDir: string,
    private readonly removeRunDir: () => void,
  ) {
    this.runDir = runDir;
  }

  /**
   * Takes a file's record directly, for a file run in the owner's own process (the
   * `keepRecord` of `createFileRun`'s context): the record replaces that file's earlier one, as a
   * record file in the run directory would.
   */
  readonly keepRecord: FileRecordKeeper = (record) => {
    this.kept.set(record.testFile, record);
  };

  /**
   * Creates the run directory and points `PACTWRIGHT_RUN_DIR` at it, overriding one inherited from
   * an outer run (a test that runs a test runner). Removed when the process exits, or is ended by
   * a SIGTERM nothing else handles, or by {@link dispose}.
   */
  static create(): RunOwner {
    const runDir = mkdtempSync(path.join(process.getBuiltinModule('node:os').tmpdir(), 'pactwright-run-'));
    process.env[RUN_DIR_VARIABLE] = runDir;
    return new RunOwner(runDir, removeWhenProcessEnds(runDir));
  }

  /**
   * Removes the run directory now, for a process that goes on after its runs (a test of an
   * adapter). The owner takes no run after it: `beginRun` and `endRun` then throw, saying so.
   *
   * @example
   * ```ts
   * const owner = RunOwner.create();
   * try {
   *   owner.beginRun();
   *   // … the test files run …
   *   await owner.endRun();
   * } finally {
   *   owner.dispose();
   * }
   * ```
   */
  dispose(): void {
    this.disposed = true;
    this.kept.clear();
    this.removeRunDir();
  }

  /** A run asked of a disposed owner would find no records, and say nothing of it. */
  private assertNotDisposed(call: string): void {
    if (this.disposed) throw new PactwrightError(`RunOwner.${call}() after dispose(): its run directory is gone; create another owner with RunOwner.create()`);
  }

  /** A run (or a watch re-run) starts: the records of the previous one are forgotten. */
  beginRun(): void {
    this.assertNotDisposed('beginRun');
    clearFileRecords(this.runDir);
    this.kept.clear();
  }

  /** The run ended: writes every pact from a green run; leaves every pact as it was after a red one. */
  async endRun(verdict: RunVerdict = {}): Promise<RunSummary> {
    this.assertNotDisposed('endRun');
    const records = this.records();
    const pactFiles = [...new Set(records.map((record) => record.pactFile))].sort();
    const failedFiles = records.filter((record) => record.state !== 'passed');
    if (failedFiles.length > 0 || verdict.failed !== undefined) {
      const why = failedFiles.length > 0 ? `${plural(failedFiles.length, 'test file')} failed` : (verdict.failed as string);
      return { lines: pactFiles.map((file) => `${shown(file)} not written: ${why}`), written: [], errors: [] };
    }
    const summary: RunSummary = { lines: [], written: [], errors: [] };
    const byDir = new Map<string, FileRecord[]>();
    for (const record of records) byDir.set(record.pactDir, [...(byDir.get(record.pactDir) ?? []), record]);
    for (const [pactDir, dirRecords] of byDir) await this.writeDir(pactDir, dirRecords, summary);
    return summary;
  }

  /** Every record of the run, from the run directory and kept in this process, in test file order. */
  private records(): FileRecord[] {
    const fromFiles = readFileRecords(this.runDir).filter((record) => !this.kept.has(record.testFile));
    return [...fromFiles, ...this.kept.values()].sort((a, b) => (a.testFile < b.testFile ? -1 : a.testFile > b.testFile ? 1 : 0));
  }

  private async writeDir(pactDir: string, records: readonly FileRecord[], summary: RunSummary): Promise<void> {
    let owners: Awaited<ReturnType<typeof readOwners>>;
    try {
      owners = await readOwners(pactDir);
    } catch (error) {
      // Without knowing who owns what, no pact of the directory can be written safely.
      summary.errors.push(`the pacts in ${shown(pactDir)} were not written: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const names = new Set([...records.map((record) => path.basename(record.pactFile)), ...Object.keys(owners.pacts)]);
    for (const name of [...names].sort()) {
      const file = path.join(pactDir, name);
      try {
        const contributions: RunContribution[] = records.map((record) => {
          const mine = path.basename(record.pactFile) === name && record.text !== undefined;
          return {
            owner: ownerName(pactDir, record.testFile),
            complete: record.complete,
            ...(mine ? { pact: parsePact(record.text as string, { maxDepth: MAX_DEPTH_CEILING }), ...(record.spec ? { spec: record.spec } : {}) } : {}),
          };
        });
        const existing = readPact(file);
        const plan = planRunPact({
          name,
          ...(existing ? { existing } : {}),
          owners: owners.pacts[name] ?? {},
          contributions,
          ownerExists: (owner) => existsSync(ownerPath(pactDir, owner)),
        });
        if (plan.conflicts.length > 0) {
          summary.errors.push(...plan.conflicts.map((conflict) => `${shown(file)} not written: ${conflict}; give one of them another description`));
          continue;
        }
        if (plan.pact === undefined) {
          if (existing !== undefined) {
            rmSync(file, { force: true });
            summary.lines.push(`${shown(file)} removed: no test verifies any of its interactions any more`);
          }
        } else {
          summary.written.push(await writePactToDir(plan.pact, pactDir, { overwrite: true, ...(plan.spec ? { spec: plan.spec } : {}) }));
        }
        if (plan.unowned > 0) {
          summary.lines.push(
            `${shown(file)} keeps ${plural(plan.unowned, 'interaction')} no test file owns (written before Pactwright recorded owners, or by other means); delete the file once and run every test to start clean`,
          );
        }
        owners.pacts[name] = plan.owners;
      } catch (error) {
        summary.errors.push(`${shown(file)} not written: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    try {
      await writeOwners(pactDir, owners);
    } catch (error) {
      summary.errors.push(error instanceof Error ? error.message : String(error));
    }
  }
}
