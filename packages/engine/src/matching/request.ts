/**
 * Matching a request: method, path, query, headers and body, every mismatch collected
 * (matching.md §2.0). Requests are strict about what is sent: unexpected body keys, query
 * parameters, XML attributes and children fail.
 */
import type { HttpRequest, SpecVersion } from '../model/types.js';
import { normalizeRequest } from '../model/normalize-http.js';
import type { Mismatch } from './types.js';
import type { InputLimits } from '../model/limits.js';
import { matchBody } from './body/match-body.js';
import { matchHeaders } from './headers.js';
import { matchMethod } from './method.js';
import { matchPath } from './path.js';
import { matchQuery } from './query.js';
import { compileRules } from './rules/compile.js';

/** Matches a normalized actual request against an expected one; `[]` means it matches. */
export function matchHttpRequest(expected: HttpRequest, actual: HttpRequest, options: { spec: SpecVersion; limits?: InputLimits }): Mismatch[] {
  const rules = compileRules(expected.matchingRules);
  return [
    ...matchMethod(expected.method, actual.method),
    ...matchPath(expected.path, actual.path, rules.path),
    ...matchQuery(expected, actual, rules.query, options.spec),
    ...matchHeaders(expected.headers, actual.headers, rules.header),
    ...matchBody({ body: expected.body, headers: expected.headers }, { body: actual.body, headers: actual.headers }, rules, true, options.limits),
  ];
}

/**
 * Matches two requests given as plain pact JSON of spec version `spec` (exactly a spec test case's
 * `expected`/`actual`). Returns every mismatch; `[]` means the actual request matches.
 * Throws `PactParseError` when either object is not a valid request of that version.
 */
export function matchRequest(expected: object, actual: object, options: { spec: SpecVersion }): Mismatch[] {
  return matchHttpRequest(normalizeRequest(expected, options.spec, 'expected'), normalizeRequest(actual, options.spec, 'actual'), options);
}
