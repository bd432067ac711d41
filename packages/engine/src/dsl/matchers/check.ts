import { DslError } from '../../errors.js';
import { compilePactRegex } from '../../matching/rules/regex.js';

/** How a value is shown in a DSL error message: JSON when it is JSON, else its JS spelling. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol' || typeof value === 'bigint') return String(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The error every matcher throws when its own arguments contradict each other. */
export function invalid(matcher: string, value: unknown, problem: string): DslError {
  return new DslError(`${matcher}(${show(value)}): ${problem}`);
}

/**
 * Whole-string match, exactly as the mock server will apply the regex (same compiler). Returns
 * undefined when the pattern cannot be compiled here, so that syntax a provider-side verifier may
 * understand is not rejected at definition time.
 */
export function matchesWhole(source: string, value: string): boolean | undefined {
  const re = compilePactRegex(source);
  return re instanceof Error ? undefined : re.test(value);
}

/** Throws unless `n` is a whole number ≥ `least` (array bounds and counts). */
export function checkCount(matcher: string, name: string, n: unknown, least: number): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < least) {
    throw new DslError(`${matcher}: ${name} must be a whole number >= ${least}, got ${show(n)}`);
  }
  return n;
}
