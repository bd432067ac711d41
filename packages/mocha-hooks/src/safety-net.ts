import { pluginState } from './state.js';

function closeOpenServers(): void {
  for (const run of pluginState().open) {
    // Nothing may be written on the way out: a pact needs a finished, green file.
    run.session.markFailed('the run was interrupted');
    try {
      // close() stops listening and drops idle sockets synchronously; the rest goes with the process.
      void run.session.server.close();
    } catch {
      // The server never started: nothing to close.
    }
  }
}

/**
 * Last-resort cleanup for runs that end without the file's "after all" hook: `process.exit` (`--exit`,
 * a reporter bailing out) and Ctrl-C. Installed once per process, when its first file starts (so not
 * in the main process of a `--parallel` run, where Mocha's own interrupt handling stops the workers).
 */
export function installSafetyNet(): void {
  const state = pluginState();
  if (state.safetyNetInstalled) return;
  state.safetyNetInstalled = true;
  process.once('exit', closeOpenServers);
  const onInterrupt = (): void => {
    closeOpenServers();
    process.removeListener('SIGINT', onInterrupt);
    // Listening for SIGINT replaced Node's default "exit on Ctrl-C", and listeners such as
    // signal-exit's (loaded by the pact-file lock) only re-raise when they are alone. Send the signal
    // again without us, once the other listeners of this one have run: the process ends the way an
    // unhandled Ctrl-C ends it (exit code 130) unless someone else chose to handle it.
    setImmediate(() => process.kill(process.pid, 'SIGINT'));
  };
  process.on('SIGINT', onInterrupt);
}
