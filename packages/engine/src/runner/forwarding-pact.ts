import { PactNotRunningError } from '../errors.js';
import type { PactHandle } from '../session/types.js';

/** What a forwarding `pact` stands for while a test file runs: its handle, and where calls are noted. */
export interface PactTarget {
  readonly pact: PactHandle;
  /** Called on every method call with the caller's stack; the run keeps the test's first one. */
  recordCallSite(site: Error): void;
}

/**
 * Names tools read off any object they are handed: `await pact` reads `then`; Jest's mock reset
 * reads `_isMockFunction` off every global when a test file fails to load, its matchers read
 * `asymmetricMatch`, serializers `toJSON`, `$$typeof` and `nodeType`.
 */
const probeNames: ReadonlySet<PropertyKey> = new Set(['then', '_isMockFunction', 'asymmetricMatch', 'toJSON', '$$typeof', 'nodeType']);

/**
 * Probes made by the language and by tools rather than by a test get `undefined` outside a
 * running file instead of an error.
 */
function isProbe(member: PropertyKey): boolean {
  return typeof member === 'symbol' || probeNames.has(member);
}

/**
 * A `pact` that forwards to whatever `current()` returns when it is used, so it can be imported
 * once at the top of a test file and destructured. Outside a running file every use throws a
 * `PactNotRunningError` saying what to do. Method calls record their call site, so a failure
 * reported after the test can point its code frame at the test's own line.
 *
 * @example
 * ```ts
 * export const pact = forwardingPact(() => currentRunOfThisWorker());
 * ```
 */
export function forwardingPact(current: () => PactTarget | undefined): PactHandle {
  const running = (member: PropertyKey): PactTarget => {
    const target = current();
    if (target === undefined) throw new PactNotRunningError(String(member));
    return target;
  };
  const handler: ProxyHandler<object> = {
    get(_target, member) {
      if (isProbe(member) && current() === undefined) return undefined;
      const target = running(member);
      const handle = target.pact;
      const value: unknown = Reflect.get(handle, member, handle);
      if (typeof value !== 'function') return value;
      const boundPactMethod = (...args: unknown[]): unknown => {
        // The stack starts at the caller (the user's test), without this wrapper's frame.
        const site = new Error('pact call site');
        Error.captureStackTrace(site, boundPactMethod);
        target.recordCallSite(site);
        return Reflect.apply(value, handle, args);
      };
      return boundPactMethod;
    },
    has(_target, member) {
      if (isProbe(member) && current() === undefined) return false;
      return Reflect.has(running(member).pact, member);
    },
    // Listing is a probe too (Jest 30 walks what a finished test file left behind): no keys.
    ownKeys() {
      const target = current();
      return target === undefined ? [] : Reflect.ownKeys(target.pact);
    },
    getOwnPropertyDescriptor(_target, member) {
      if (isProbe(member) && current() === undefined) return undefined;
      const descriptor = Reflect.getOwnPropertyDescriptor(running(member).pact, member);
      // The proxy's target is an empty extensible object, so every key it reports must be configurable.
      return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
    },
    set(_target, member) {
      throw new TypeError(`pact.${String(member)} cannot be assigned: pact belongs to the running test file`);
    },
  };
  return new Proxy({}, handler) as PactHandle;
}
