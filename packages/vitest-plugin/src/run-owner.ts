import { RunOwner } from '@pactwright/engine/runner';
import { providedRunDirKey } from './provided-options.js';

/** The parts of Vitest's reporter hooks the owner uses (Vitest 3.2 to 5 agree on these). */
interface TestModuleLike {
  ok(): boolean;
}

/** What `configureVitest` hands a plugin, as far as the owner needs it. */
export interface VitestContextLike {
  vitest: { config: { reporters: unknown[] }; onClose?(listener: () => Promise<void> | void): void };
  project: { provide(key: string, value: unknown): void };
}


const owners = new WeakMap<object, RunOwner>();

/**
 * Makes the run owner of one Vitest instance (every project of a workspace shares it) and adds the
 * reporter that starts and ends each run, watch re-runs included. Vitest calls `configureVitest`
 * before it creates its reporters and before any worker starts.
 */
export function installRunOwner({ vitest, project }: VitestContextLike): string {
  let owner = owners.get(vitest);
  if (owner === undefined) {
    owner = RunOwner.create();
    owners.set(vitest, owner);
    vitest.config.reporters.push(ownerReporter(owner));
  }
  project.provide(providedRunDirKey, owner.runDir);
  return owner.runDir;
}

function ownerReporter(owner: RunOwner): object {
  return {
    onTestRunStart(): void {
      owner.beginRun();
    },
    async onTestRunEnd(modules: readonly TestModuleLike[], errors: readonly unknown[], reason: 'passed' | 'failed' | 'interrupted'): Promise<void> {
      const failedFiles = modules.filter((module) => !module.ok()).length;
      const failed =
        reason === 'interrupted'
          ? 'the run was interrupted'
          : failedFiles > 0
            ? `${failedFiles} test file${failedFiles === 1 ? '' : 's'} failed`
            : errors.length > 0 || reason === 'failed'
              ? 'the run had errors outside tests'
              : undefined;
      const summary = await owner.endRun(failed === undefined ? {} : { failed });
      for (const line of [...summary.lines, ...summary.errors]) process.stderr.write(`pactwright: ${line}\n`);
      if (summary.errors.length > 0) process.exitCode = 1;
    },
  };
}
