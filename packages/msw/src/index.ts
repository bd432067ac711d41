import type { HttpHandler } from 'msw';
import { ConfigurationError, MockCore, PACT_MOCK, checkBaseUrl, closestName, formatMismatches, formatProblems, parsePact } from '@pactwright/engine/core';
import type { MatchResult, Pact, PactHandle, PactMock, PreparedInteraction } from '@pactwright/engine/core';
import { mockHandler } from './mock-handler.js';

export { interceptMock } from './intercept-mock.js';

/** Options of {@link pactHandlers}. */
export interface PactHandlersOptions {
  /**
   * Where the pact's provider is reached, e.g. `http://localhost/api`. Interaction paths are
   * matched under its path. Default: the page's own origin (`location.origin`) under jsdom,
   * happy-dom or a browser.
   */
  baseUrl?: string;
  /**
   * What happens to a request outside `baseUrl`: `'passthrough'` (default) lets msw send it on;
   * `'fail'` records it as an unexpected request and answers 500, as the mock server would.
   */
  outside?: 'passthrough' | 'fail';
  /**
   * Answer with the HTTP mock server's CORS headers, and answer undescribed pre-flights, as a page
   * needs for a cross-origin `baseUrl`. Default: `true` in a page (jsdom, happy-dom, a browser),
   * `false` elsewhere. A live session's `pact` follows its own `cors` option.
   */
  cors?: boolean;
}

const OPTION_NAMES: readonly string[] = ['baseUrl', 'outside', 'cors'] satisfies ReadonlyArray<keyof PactHandlersOptions>;

/** The msw handlers of a pact, and what they recorded. */
export interface PactHandlers extends Array<HttpHandler> {
  /** True when every request matched an interaction and every interaction was requested. */
  matched(): boolean;
  /** The problems in the official mock server's JSON format. */
  mismatches(): MatchResult[];
  /**
   * The readable report of what went wrong since the last call (the same text as a failing test
   * shows on the HTTP mock server), or `undefined` when nothing did; then forgets the problems.
   * For a live adapter session's `pact`, the adapter verifies after each test: this only reports,
   * and forgets nothing.
   */
  verify(): string | undefined;
}

/**
 * msw request handlers that answer from the Pactwright engine: the same selection, matching,
 * generators and mismatch recording as the HTTP mock server. An unmatched request gets the same
 * 500 and is recorded.
 *
 * `source` is a pact (file text, JSON or parsed), for contract-backed mocks in development,
 * Storybook or unit tests; or a live adapter session's `pact` handle, whose interactions the test
 * registers and the adapter verifies after each test, for a suite that already runs an msw server.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { setupServer } from 'msw/node';
 * import { pactHandlers } from '@pactwright/msw';
 *
 * const pact = pactHandlers(readFileSync('pacts/web-users-api.json', 'utf8'), { baseUrl: 'http://localhost/api' });
 * const server = setupServer(...pact);
 * server.listen();
 * // … the code under test calls http://localhost/api/users/1 …
 * pact.verify(); // undefined when every interaction was requested and every request matched
 * ```
 */
export function pactHandlers(source: string | object | Pact | PactHandle, options: PactHandlersOptions = {}): PactHandlers {
  for (const key of Object.keys(options)) {
    if (OPTION_NAMES.includes(key)) continue;
    const near = closestName(key, OPTION_NAMES);
    throw new ConfigurationError(key, `unknown option${near ? `; did you mean "${near}"?` : ''} Known options: ${OPTION_NAMES.join(', ')}`);
  }
  const baseUrl = baseUrlOf(options.baseUrl);
  const outside = options.outside ?? 'passthrough';
  if (outside !== 'passthrough' && outside !== 'fail') throw new ConfigurationError('outside', `expected "passthrough" or "fail", got ${JSON.stringify(outside)}`);
  const live = liveMock(source);
  if (live !== undefined) return withReadings([mockHandler(live.core, { baseUrl, outside })], live.core, () => (live.matched() ? undefined : formatMismatches(live.mismatches(), { color: false })));

  const pact = isParsedPact(source) ? source : parsePact(source);
  const cors = options.cors ?? pageOrigin() !== undefined;
  if (typeof cors !== 'boolean') throw new ConfigurationError('cors', `expected true or false, got ${JSON.stringify(cors)}`);
  const core = new MockCore({ cors });
  const served: PreparedInteraction[] = pact.interactions.map((interaction) => core.register(interaction, pact.specVersion));
  return withReadings([mockHandler(core, { baseUrl, outside })], core, () => {
    const verification = core.verify(served);
    if (verification.ok) return undefined;
    return formatProblems(verification.problems, verification.missing, { color: false, interactions: served });
  });
}

function withReadings(list: HttpHandler[], core: MockCore, verify: () => string | undefined): PactHandlers {
  const handlers = list as PactHandlers;
  Object.defineProperties(handlers, {
    matched: { value: () => core.matched() },
    mismatches: { value: () => core.mismatches() },
    verify: { value: verify },
  });
  return handlers;
}

/** The mock behind an adapter session's `pact` handle; reading it throws when the session has not started. */
function liveMock(source: unknown): PactMock | undefined {
  if (typeof source !== 'object' || source === null || !(PACT_MOCK in source)) return undefined;
  return (source as PactHandle)[PACT_MOCK];
}

function pageOrigin(): string | undefined {
  const origin = (globalThis as { location?: { origin?: unknown } }).location?.origin;
  return typeof origin === 'string' && /^https?:/.test(origin) ? origin : undefined;
}

function baseUrlOf(given: string | undefined): string {
  if (given !== undefined) return checkBaseUrl(given);
  const origin = pageOrigin();
  if (origin === undefined) throw new ConfigurationError('baseUrl', 'is required outside a page: pass the URL the provider is reached at, e.g. { baseUrl: "http://localhost/api" }');
  return checkBaseUrl(origin);
}

function isParsedPact(source: unknown): source is Pact {
  return typeof source === 'object' && source !== null && Array.isArray((source as Pact).interactions) && Array.isArray((source as Pact).otherInteractions) && typeof (source as Pact).specVersion === 'string';
}
