/**
 * Matching a response: status, headers and body (matching.md §2.0). Responses are lenient about
 * what is received: unexpected object keys, XML attributes and children are fine (arrays still
 * length-strict).
 */
import type { HttpResponse, SpecVersion } from '../model/types.js';
import { normalizeResponse } from '../model/normalize-http.js';
import type { Mismatch } from './types.js';
import { matchBody } from './body/match-body.js';
import { matchHeaders } from './headers.js';
import { matchStatus } from './status.js';
import { compileRules } from './rules/compile.js';
import { orderMismatches } from './mismatch-order.js';
import { withPlainValues } from './shown-values.js';

/** Matches a normalized actual response against an expected one; `[]` means it matches. */
export function matchHttpResponse(expected: HttpResponse, actual: HttpResponse, _options: { spec: SpecVersion }): Mismatch[] {
  const rules = compileRules(expected.matchingRules);
  const found = [
    ...matchStatus(expected.status, actual.status, rules.status),
    ...matchHeaders(expected.headers, actual.headers, rules.header),
    ...matchBody({ body: expected.body, headers: expected.headers }, { body: actual.body, headers: actual.headers }, rules, false),
  ];
  withPlainValues(found);
  return orderMismatches(found);
}

/**
 * Matches two responses given as plain pact JSON of spec version `spec`. Returns every mismatch;
 * `[]` means the actual response matches. Throws `PactParseError` for invalid input.
 */
export function matchResponse(expected: object, actual: object, options: { spec: SpecVersion }): Mismatch[] {
  return matchHttpResponse(normalizeResponse(expected, options.spec, 'expected'), normalizeResponse(actual, options.spec, 'actual'), options);
}
