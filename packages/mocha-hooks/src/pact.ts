import { createBoundPact } from '@pactwright/engine/runner';
import type { PactHandle } from '@pactwright/engine';

/**
 * The running test file's Pact mock server and consumer DSL:
 * `pact.given(…).uponReceiving(…).withRequest(…).willRespondWith(…)`, `pact.url`, `pact.port`,
 * `pact.addInteraction(json)`. Usable in tests and hooks of a Mocha run with
 * `--require @pactwright/mocha-hooks`; also available as `this.pact`.
 *
 * @example
 * ```js
 * import { pact, like } from '@pactwright/mocha-hooks';
 *
 * it('gets a user', async () => {
 *   pact.uponReceiving('a request for user 1')
 *     .withRequest({ method: 'GET', path: '/users/1' })
 *     .willRespondWith({ status: 200, body: like({ id: 1 }) });
 *   await fetch(`${pact.url}/users/1`);
 * });
 * ```
 */
export const pact: PactHandle = createBoundPact();
