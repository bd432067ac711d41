import { http, passthrough, type HttpHandler } from 'msw';
import { ConfigurationError, MockCore, closestName, formatProblems, parsePact, requestFromFetch, responseFromAnswer } from '@pactwright/engine';
import type { MatchResult, Pact, PreparedInteraction } from '@pactwright/engine';

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
}

const OPTION_NAMES: readonly string[] = ['baseUrl', 'outside'] satisfies ReadonlyArray<keyof PactHandlersOptions>;

/** The msw handlers of a pact, and what they recorded. */
export interface PactHandlers extends Array<HttpHandler> {
  /** True when every request matched an interaction and every interaction was requested. */
  matched(): boolean;
  /** The problems in the official mock server's JSON format. */
  mismatches(): MatchResult[];
  /**
   * The readable report of what went wrong since the last call (the same text as a failing test
   * shows on the HTTP mock server), or `undefined` when nothing did; then forgets the problems.
   */
  verify(): string | undefined;
}

/**
 * msw request handlers that answer from a pact's interactions with the Pactwright engine: the same
 * selection, matching, generators and mismatch recording as the HTTP mock server. An unmatched
 * request gets the same 500 and is recorded.
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
export function pactHandlers(source: string | object | Pact, options: PactHandlersOptions = {}): PactHandlers {
  for (const key of Object.keys(options)) {
    if (OPTION_NAMES.includes(key)) continue;
    const near = closestName(key, OPTION_NAMES);
    throw new ConfigurationError(key, `unknown option${near ? `; did you mean "${near}"?` : ''} Known options: ${OPTION_NAMES.join(', ')}`);
  }
  const base = baseUrlOf(options.baseUrl);
  const pact = isParsedPact(source) ? source : parsePact(source);
  const core = new MockCore();
  const served: PreparedInteraction[] = pact.interactions.map((interaction) => core.register(interaction, pact.specVersion));
  const basePath = base.pathname.replace(/\/$/, '');
  const generatorContext = { mockServer: { url: `${base.origin}${basePath}`, port: Number(base.port) || (base.protocol === 'https:' ? 443 : 80) } };
  const outside = options.outside ?? 'passthrough';
  if (outside !== 'passthrough' && outside !== 'fail') throw new ConfigurationError('outside', `expected "passthrough" or "fail", got ${JSON.stringify(outside)}`);

  const handler = http.all('*', async ({ request }) => {
    const url = new URL(request.url);
    const inside = url.origin === base.origin && (basePath === '' || url.pathname === basePath || url.pathname.startsWith(`${basePath}/`));
    if (!inside && outside === 'passthrough') return passthrough();
    const model = await requestFromFetch(request, inside ? basePath : '');
    return responseFromAnswer(core.respond(model, generatorContext).answer);
  });

  const handlers = [handler] as PactHandlers;
  Object.defineProperties(handlers, {
    matched: { value: () => core.matched() },
    mismatches: { value: () => core.mismatches() },
    verify: {
      value: (): string | undefined => {
        const verification = core.verify(served);
        if (verification.ok) return undefined;
        return formatProblems(verification.problems, verification.missing, { color: false, interactions: served });
      },
    },
  });
  return handlers;
}

function baseUrlOf(given: string | undefined): URL {
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  const text = given ?? (origin !== undefined && origin !== 'null' ? origin : undefined);
  if (text === undefined) throw new ConfigurationError('baseUrl', 'is required outside a page: pass the URL the provider is reached at, e.g. { baseUrl: "http://localhost/api" }');
  try {
    return new URL(text);
  } catch {
    throw new ConfigurationError('baseUrl', `expected an absolute URL, got ${JSON.stringify(text)}`);
  }
}

function isParsedPact(source: unknown): source is Pact {
  return typeof source === 'object' && source !== null && Array.isArray((source as Pact).interactions) && Array.isArray((source as Pact).otherInteractions) && typeof (source as Pact).specVersion === 'string';
}
