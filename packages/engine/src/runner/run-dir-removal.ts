import { rmSync } from 'node:fs';
import { onlyListenerFor, resendWithout } from './resend-signal.js';

const stateKey = Symbol.for('@pactwright/engine/runner/run-dir-removal');

interface RemovalState {
  dirs: Set<string>;
  installed: boolean;
}

function state(): RemovalState {
  const holder = globalThis as { [stateKey]?: RemovalState };
  return (holder[stateKey] ??= { dirs: new Set(), installed: false });
}

function removeAll(): void {
  const { dirs } = state();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs.clear();
}

/**
 * SIGTERM ends a test runner from outside: a CI job cancelled, a container stopped, a watcher's
 * parent done with it. Node ends on it without an `exit` event, so a run directory removed only at
 * `exit` stayed in the temp directory after every watch session stopped that way.
 *
 * Only SIGTERM: a listener keeps its signal from ending a process whose event loop a test blocks.
 * SIGTERM's senders follow with SIGKILL when the process lingers; Ctrl-C (SIGINT) and a closed
 * terminal (SIGHUP) have no such fallback. The runners end on Ctrl-C through `process.exit`
 * (their watch modes read it as a key, or listen for it), and the `exit` listener removes the
 * directories then.
 */
function onTerminate(): void {
  // Another listener owns the signal: it decides whether the process ends, and if it ends through
  // `process.exit` the `exit` listener removes the directories.
  if (!onlyListenerFor('SIGTERM')) return;
  removeAll();
  resendWithout('SIGTERM', onTerminate);
}

/**
 * Removes `dir` when the process ends: at `exit`, and on a SIGTERM that nothing else listens for.
 * One set of listeners serves every directory of the process.
 *
 * @returns removes `dir` now, and forgets it.
 * @example
 * ```ts
 * const removeNow = removeWhenProcessEnds(runDir);
 * // … later, done with it early:
 * removeNow();
 * ```
 */
export function removeWhenProcessEnds(dir: string): () => void {
  const removal = state();
  removal.dirs.add(dir);
  if (!removal.installed) {
    removal.installed = true;
    // First among the `exit` listeners: a runner that calls `process.exit()` from its own `exit`
    // listener (Vitest 3's logger does) ends the process there, before any listener after it.
    process.prependOnceListener('exit', removeAll);
    process.on('SIGTERM', onTerminate);
  }
  return () => {
    removal.dirs.delete(dir);
    rmSync(dir, { recursive: true, force: true });
  };
}
