import { invalid } from './check.js';
import type { Matcher } from './types.js';

type NumberMatcher = Matcher<number> & { readonly value: number };

/**
 * A whole number. Without an example the mock server answers with a random integer (`RandomInt`).
 * @example integer(42)
 */
export function integer(example?: number): NumberMatcher {
  if (example === undefined) return { 'pact:generator:type': 'RandomInt', 'pact:matcher:type': 'integer', value: 101 };
  if (typeof example !== 'number' || !Number.isInteger(example)) {
    throw invalid('integer', example, 'the example is not an integer');
  }
  return { 'pact:matcher:type': 'integer', value: example };
}

/**
 * A number with a fractional part. Without an example the mock server answers with a random
 * decimal (`RandomDecimal`).
 * @example decimal(12.5)
 */
export function decimal(example?: number): NumberMatcher {
  if (example === undefined) return { 'pact:generator:type': 'RandomDecimal', 'pact:matcher:type': 'decimal', value: 12.34 };
  // Pact JS accepts any finite number here; a whole number would fail its own `decimal` rule
  // (JSON has no way to write 12 as "12.0" from JavaScript), so it is refused up front.
  if (typeof example !== 'number' || !Number.isFinite(example) || Number.isInteger(example)) {
    throw invalid('decimal', example, 'the example must be a finite number with a fractional part (use number() for any number)');
  }
  return { 'pact:matcher:type': 'decimal', value: example };
}

/**
 * Any number. Without an example the mock server answers with a random integer (`RandomInt`).
 * @example number(3.5)
 */
export function number(example?: number): NumberMatcher {
  if (example === undefined) return { 'pact:generator:type': 'RandomInt', 'pact:matcher:type': 'number', value: 1234 };
  if (typeof example !== 'number' || !Number.isFinite(example)) {
    throw invalid('number', example, 'the example must be a finite number');
  }
  return { 'pact:matcher:type': 'number', value: example };
}
