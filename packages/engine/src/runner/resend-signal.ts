/**
 * Whether the only listener for `signal` is the one running: then the signal would have ended the
 * process had that cleanup not listened, and the cleanup should end it the same way.
 */
export function onlyListenerFor(signal: NodeJS.Signals): boolean {
  return process.listenerCount(signal) === 1;
}

/**
 * Ends the process as `signal` would have without `listener`: removes it and sends the signal
 * again, so that the process dies of it (the exit status its parent sees) once nothing listens.
 *
 * @example
 * ```ts
 * const onTerm = (): void => {
 *   cleanUp();
 *   if (onlyListenerFor('SIGTERM')) resendWithout('SIGTERM', onTerm);
 * };
 * process.on('SIGTERM', onTerm);
 * ```
 */
export function resendWithout(signal: NodeJS.Signals, listener: () => void): void {
  process.removeListener(signal, listener);
  setImmediate(() => process.kill(process.pid, signal));
}
