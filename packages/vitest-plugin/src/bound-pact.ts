import type { PactSession } from '@pactwright/engine';
import { PactNotRunningError } from './errors.js';
import { currentRun } from './worker-state.js';

/** What a test sees as `pact`: the DSL bound to its file's mock server, plus `url` and `port`. */
export type PactwrightPact = PactSession['pact'];

function runningPact(property: PropertyKey): { pact: PactwrightPact; record: (site: Error) => void } {
  const run = currentRun();
  if (run === undefined) {
    throw new PactNotRunningError(
      `pact.${String(property)} was used outside a Pactwright test file. Add the plugin to your ` +
        'Vitest config (plugins: [pactwright({ consumer, provider })]) and use pact inside tests or hooks.',
    );
  }
  return {
    pact: run.session.pact,
    record: (site) => {
      if (run.test !== undefined && run.callSite === undefined) run.callSite = site;
    },
  };
}

/**
 * A stand-in for the running file's `pact` that always forwards to the current session. Method
 * calls also capture their call site, so that a failure reported after the test (in `afterEach`)
 * can point its code frame at the test line that declared the interaction.
 */
export function createBoundPact(): PactwrightPact {
  const handler: ProxyHandler<object> = {
    get(_target, property) {
      const { pact, record } = runningPact(property);
      const value: unknown = Reflect.get(pact, property, pact);
      if (typeof value !== 'function') return value;
      const boundPactMethod = (...args: unknown[]): unknown => {
        // Starts the stack at the caller (the user's test), dropping this wrapper's own frame.
        const site = new Error('pact call site');
        Error.captureStackTrace(site, boundPactMethod);
        record(site);
        return Reflect.apply(value, pact, args);
      };
      return boundPactMethod;
    },
    has(_target, property) {
      return property in runningPact(property).pact;
    },
    ownKeys() {
      return Reflect.ownKeys(runningPact('keys').pact);
    },
    getOwnPropertyDescriptor(_target, property) {
      const descriptor = Reflect.getOwnPropertyDescriptor(runningPact(property).pact, property);
      // The proxy's own target is an empty extensible object, so every reported key must be configurable.
      return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
    },
    set() {
      return false;
    },
  };
  return new Proxy({}, handler) as PactwrightPact;
}
