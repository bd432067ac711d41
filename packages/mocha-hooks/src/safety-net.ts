import { pluginState } from './state.js';

/** How long an interrupt waits for servers to close before letting the signal kill the process. */
const interruptGraceMs = 1000;

function closeOpenServers(): Promise<unknown> {
  const closing: Promise<unknown>[] = [];
  for (const run of pluginState().open) {
    // Nothing may be written on the way out: a pact needs a finished, green file.
    run.session.markFailed('the run was interrupted');
    try {
      // close() stops listening and drops idle sockets synchronously; the rest goes with the process.
      closing.push(run.session.server.close());
    } catch {
      // The server never started: nothing to close.
    }
  }
  return Promise.all(closing);
}

/**
 * Last-resort cleanup for runs that end without the file's "after all" hook: `process.exit` (`--exit`,
 * a reporter bailing out) and Ctrl-C. Installed once per process, whichever entry loaded first.
 */
export function installSafetyNet(): void {
  const state = pluginState();
  if (state.safetyNetInstalled) return;
  state.safetyNetInstalled = true;
  process.once('exit', () => {
    void closeOpenServers();
  });
  const onInterrupt = (): void => {
    const grace = new Promise((resolve) => setTimeout(resolve, interruptGraceMs).unref());
    void Promise.race([closeOpenServers(), grace]).then(() => {
      process.removeListener('SIGINT', onInterrupt);
      // Someone else (Mocha's parallel runner) handles the signal: leave the exit to them. Otherwise
      // re-raise it so the process ends the way an unhandled Ctrl-C does (exit code 130).
      if (process.listenerCount('SIGINT') === 0) process.kill(process.pid, 'SIGINT');
    });
  };
  process.on('SIGINT', onInterrupt);
}
