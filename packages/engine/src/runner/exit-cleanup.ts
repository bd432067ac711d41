import { abortOpenFileRuns } from './file-run.js';
import { onlyListenerFor, resendWithout } from './resend-signal.js';

const installedKey = Symbol.for('@pactwright/engine/runner/exit-cleanup');

function abortOpenFiles(): void {
  // Marks every open file failed at once (nothing may be written on the way out) and starts
  // closing its server; what is left of the closing goes with the process.
  void abortOpenFileRuns('the run was interrupted');
}

/**
 * Last-resort cleanup for runs that end without a file's last hook: `process.exit` (Mocha's
 * `--exit`, a reporter bailing out) and Ctrl-C. Installed once per process.
 *
 * Ctrl-C is listened for only beside another SIGINT listener (a runner that handles it, as Mocha's
 * watch mode does by running its teardown): there the open files are marked failed before that
 * teardown could write them, and the other listener decides how the process ends. Alone, a
 * listener would keep Ctrl-C from ending a process whose event loop a test blocks, and Node's
 * default does what the cleanup would: the process ends, and no open file's end ever comes.
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
    // The other listener went away meanwhile: end as an unhandled Ctrl-C would (exit by SIGINT).
    if (onlyListenerFor('SIGINT')) resendWithout('SIGINT', onInterrupt);
  };
  if (process.listenerCount('SIGINT') > 0) {
    process.on('SIGINT', onInterrupt);
    return;
  }
  const beside = (event: string | symbol): void => {
    if (event !== 'SIGINT') return;
    process.removeListener('newListener', beside);
    process.on('SIGINT', onInterrupt);
  };
  process.on('newListener', beside);
}
