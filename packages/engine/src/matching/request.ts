/**
 * Matching a request: method, path, query, headers and body, every mismatch collected
 * (matching.md §2.0). Requests are strict about what is sent: unexpected body keys, query
 * parameters, XML attributes and children fail.
 */
import type { HttpRequest, SpecVersion } from '../model/types.js';
import { normalizeRequest } from '../model/normalize-http.js';
import type { Mismatch } from './types.js';
import type { InputLimits } from '../model/limits.js';
import { compareHttpRequest } from './request-match.js';

/** Matches a normalized actual request against an expected one; `[]` means it matches. */
export function matchHttpRequest(expected: HttpRequest, actual: HttpRequest, options: { spec: SpecVersion; limits?: InputLimits }): Mismatch[] {
  return compareHttpRequest(expected, actual, options).mismatches();
}

/**
 * Matches two requests given as plain pact JSON of spec version `spec` (exactly a spec test case's
 * `expected`/`actual`). Returns every mismatch; `[]` means the actual request matches.
 * Throws `PactParseError` when either object is not a valid request of that version.
 */
export function matchRequest(expected: object, actual: object, options: { spec: SpecVersion }): Mismatch[] {
  return matchHttpRequest(normalizeRequest(expected, options.spec, 'expected'), normalizeRequest(actual, options.spec, 'actual'), options);
}
