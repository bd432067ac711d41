import type { PactHandle } from '@pactwright/engine';
import { PactNotRunningError } from './errors.js';
import { pluginState } from './state.js';

function runningPact(property: PropertyKey): PactHandle {
  const run = pluginState().current;
  if (run === undefined) {
    throw new PactNotRunningError(
      `pact.${String(property)} was used outside a Pactwright test file. Run Mocha with ` +
        '`--require @pactwright/mocha-hooks` (or "require": ["@pactwright/mocha-hooks"] in .mocharc) ' +
        'and use pact inside tests and hooks (describe bodies run before any server starts).',
    );
  }
  return run.session.pact;
}

/**
 * A stand-in for the running file's `pact` that forwards every access to the current session, so
 * it can be imported once at the top of a test file (and destructured methods keep working).
 */
export function createBoundPact(): PactHandle {
  return new Proxy({} as PactHandle, {
    get(_target, property) {
      const handle = runningPact(property);
      const value: unknown = Reflect.get(handle, property, handle);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(handle) : value;
    },
    has(_target, property) {
      return Reflect.has(runningPact(property), property);
    },
    set() {
      return false;
    },
  });
}
