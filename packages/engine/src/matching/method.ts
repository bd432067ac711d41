// Method: case-insensitive equality; no rules apply (matching.md §2.1).
import type { Mismatch } from './types.js';

export function matchMethod(expected: string, actual: string): Mismatch[] {
  if (expected.toUpperCase() === actual.toUpperCase()) return [];
  return [{ type: 'MethodMismatch', expected: expected.toUpperCase(), actual: actual.toUpperCase(), mismatch: '' }];
}
