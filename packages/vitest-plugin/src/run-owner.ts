import { RunOwner, type FileRecordKeeper } from '@pactwright/engine/runner';
import type { IsolationConfig } from './fresh-workers.js';
import { providedRunDirKey } from './provided-options.js';

/** The parts of Vitest's reporter hooks the owner uses (Vitest 3.2 to 5 agree on these). */
interface TestModuleLike {
  ok(): boolean;
}

/** What `configureVitest` hands a plugin, as far as the owner and the plugin (plugin.ts) need it. */
export interface VitestContextLike {
  vitest: { version?: string; config: { reporters: unknown[] }; onClose?(listener: () => Promise<void> | void): void };
  project: { provide(key: string, value: unknown): void; config?: IsolationConfig };
}


/** Work that must be done before the run's records are read, with the problems it met. */
export type RunSettler = () => Promise<string[]>;

interface OwnerOfVitest {
  owner: RunOwner;
  settlers: RunSettler[];
}

const owners = new WeakMap<object, OwnerOfVitest>();

/**
 * Makes the run owner of one Vitest instance (every project of a workspace shares it) and adds the
 * reporter that starts and ends each run, watch re-runs included. Vitest calls `configureVitest`
 * before it creates its reporters and before any worker starts.
 */
export function installRunOwner({ vitest, project }: VitestContextLike): { runDir: string; keepRecord: FileRecordKeeper; settleBeforeEnd(settle: RunSettler): void } {
  let installed = owners.get(vitest);
  if (installed === undefined) {
    installed = { owner: RunOwner.create(), settlers: [] };
    owners.set(vitest, installed);
    vitest.config.reporters.push(ownerReporter(installed));
  }
  const { owner, settlers } = installed;
  project.provide(providedRunDirKey, owner.runDir);
  return { runDir: owner.runDir, keepRecord: owner.keepRecord, settleBeforeEnd: (settle) => settlers.push(settle) };
}

function ownerReporter({ owner, settlers }: OwnerOfVitest): object {
  return {
    onTestRunStart(): void {
      owner.beginRun();
    },
    async onTestRunEnd(modules: readonly TestModuleLike[], errors: readonly unknown[], reason: 'passed' | 'failed' | 'interrupted'): Promise<void> {
      // Files whose workers finished without waiting for the host (file-host.ts) end first.
      const unsettled = (await Promise.all(settlers.map((settle) => settle()))).flat();
      const failedFiles = modules.filter((module) => !module.ok()).length;
      const failed =
        reason === 'interrupted'
          ? 'the run was interrupted'
          : failedFiles > 0
            ? `${failedFiles} test file${failedFiles === 1 ? '' : 's'} failed`
            : errors.length > 0 || reason === 'failed'
              ? 'the run had errors outside tests'
              : unsettled.length > 0
                ? `${unsettled.length} test file${unsettled.length === 1 ? '' : 's'} could not end`
                : undefined;
      const summary = await owner.endRun(failed === undefined ? {} : { failed });
      const errorLines = [...unsettled, ...summary.errors];
      for (const line of [...summary.lines, ...errorLines]) process.stderr.write(`pactwright: ${line}\n`);
      if (errorLines.length > 0) process.exitCode = 1;
    },
  };
}
