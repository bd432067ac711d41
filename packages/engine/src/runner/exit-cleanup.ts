import { abortOpenFileRuns } from './file-run.js';

const installedKey = Symbol.for('@pactwright/engine/runner/exit-cleanup');

function abortOpenFiles(): void {
  // Marks every open file failed at once (nothing may be written on the way out) and starts
  // closing its server; what is left of the closing goes with the process.
  void abortOpenFileRuns('the run was interrupted');
}

/**
 * Last-resort cleanup for runs that end without a file's last hook: `process.exit` (Mocha's
 * `--exit`, a reporter bailing out) and Ctrl-C. Installed once per process. After its own cleanup
 * on Ctrl-C it sends the signal again without itself, so the process ends as an unhandled Ctrl-C
 * would (exit code 130) unless another listener chose to handle it.
 *
 * @example
 * ```ts
 * abortOpenFileRunsOnExit();
 * ```
 */
export function abortOpenFileRunsOnExit(): void {
  const holder = globalThis as { [installedKey]?: boolean };
  if (holder[installedKey] === true) return;
  holder[installedKey] = true;
  process.once('exit', abortOpenFiles);
  const onInterrupt = (): void => {
    abortOpenFiles();
    process.removeListener('SIGINT', onInterrupt);
    setImmediate(() => process.kill(process.pid, 'SIGINT'));
  };
  process.on('SIGINT', onInterrupt);
}
