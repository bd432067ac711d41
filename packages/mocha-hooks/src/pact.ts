import type { PactHandle } from '@pactwright/engine';
import { createBoundPact } from './bound-pact.js';

/**
 * The running test file's Pact mock server and consumer DSL:
 * `pact.given(…).uponReceiving(…).withRequest(…).willRespondWith(…)`, `pact.url`, `pact.port`,
 * `pact.addInteraction(json)`. Usable in tests and hooks of a Mocha run with
 * `--require @pactwright/mocha-hooks`; also available as `this.pact`.
 */
export const pact: PactHandle = createBoundPact();
