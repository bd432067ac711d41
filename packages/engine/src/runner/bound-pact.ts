import type { PactHandle } from '../session/types.js';
import { currentFileRun } from './file-run.js';
import { forwardingPact } from './forwarding-pact.js';

/**
 * The `pact` object every adapter exports: it forwards to the file run current when it is used
 * (see {@link forwardingPact}), so it can be imported once at the top of a test file and
 * destructured. Outside a running file every use throws a `PactNotRunningError` saying what to do.
 *
 * @example
 * ```ts
 * export const pact = createBoundPact();
 * // in a test: pact.uponReceiving('a request for user 1').withRequest({ method: 'GET', path: '/users/1' })…
 * ```
 */
export function createBoundPact(): PactHandle {
  return forwardingPact(() => {
    const run = currentFileRun();
    return run === undefined ? undefined : { pact: run.session.pact, recordCallSite: (site) => run.recordCallSite(site) };
  });
}
