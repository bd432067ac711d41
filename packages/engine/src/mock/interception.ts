/**
 * What a transport without a socket provides (the msw transport in `@pactwright/msw`): it carries
 * the requests the code under test sends to `baseUrl` to a mock's core, and stops when closed. The
 * engine defines the shape and loads the transport only when asked for it, so that it does not
 * depend on msw.
 */
import { ConfigurationError } from '../errors.js';
import type { MockCore } from './mock-core.js';

/** A running interception; `close` stops it and restores what it patched. */
export interface Interception {
  close(): Promise<void>;
}

/** Where an interception answers, and what it does with requests elsewhere. */
export interface InterceptOptions {
  /** Absolute URL the provider is reached at; interaction paths are matched under its path. */
  readonly baseUrl: string;
  /** Requests outside `baseUrl`: sent on as usual, or recorded as unexpected and answered 500. */
  readonly outside: 'passthrough' | 'fail';
}

/** Starts carrying requests to `core` (the export `interceptMock` of `@pactwright/msw`). */
export type InterceptMock = (core: MockCore, options: InterceptOptions) => Promise<Interception>;

/**
 * The key under which a session's `pact` handle carries its mock, for `pactHandlers(pact)`.
 * Registered globally, so that the ES module and CommonJS copies of the engine agree on it.
 */
export const PACT_MOCK: unique symbol = Symbol.for('pactwright.pact-mock');

/**
 * The one check of a base URL an interception answers at: an absolute `http:` or `https:` URL,
 * without a query or fragment. Returns it without a trailing slash.
 */
export function checkBaseUrl(value: unknown, label = 'baseUrl'): string {
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  let url: URL;
  try {
    if (typeof value !== 'string') throw new TypeError('not a string');
    url = new URL(value);
  } catch {
    throw new ConfigurationError(label, `expected an absolute URL such as "http://localhost/api", got ${shown}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigurationError(label, `expected an http: or https: URL, got ${shown}`);
  if (url.search !== '' || url.hash !== '') throw new ConfigurationError(label, `expected a URL without a query or fragment, got ${shown}`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
