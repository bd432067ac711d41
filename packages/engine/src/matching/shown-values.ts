import type { JsonValue } from '../model/types.js';
import type { Mismatch } from './types.js';

/** A value of a problem as a reader should see it. */
export type ShownValue = { readonly kind: 'json'; readonly value: JsonValue } | { readonly kind: 'text'; readonly text: string } | { readonly kind: 'absent' };

/** The expected and actual values a problem was found between, decoded. */
export interface ShownValues {
  readonly expected: ShownValue;
  readonly actual: ShownValue;
}

const SHOWN = Symbol('pactwright.shownValues');

/**
 * Attaches the values a matcher compared to the problem it found. The official mismatch JSON holds
 * them as text (JSON text for bodies, debug-printed lists for parameters); the readable report reads
 * these instead of decoding that text. Non-enumerable and keyed by a symbol: the official JSON and
 * object comparisons do not see it. `values` is called when the report needs them.
 */
export function withShownValues<M extends Mismatch>(mismatch: M, values: () => ShownValues): M {
  Object.defineProperty(mismatch, SHOWN, { value: values, enumerable: false });
  return mismatch;
}

/** The values attached by the matcher that found the problem, if it was one of the engine's. */
export function shownValues(mismatch: Mismatch): ShownValues | undefined {
  const values = (mismatch as { [SHOWN]?: () => ShownValues })[SHOWN];
  return values?.();
}

/** A plain text value; `undefined` means there was none. */
export function shownText(text: string | undefined): ShownValue {
  return text === undefined ? { kind: 'absent' } : { kind: 'text', text };
}

/**
 * Gives every problem that has no values attached the plain-text reading of its values: the
 * comparators that attach none (method, path, status, content types, text, binary, XML and
 * multipart bodies) report values as the text they compared. A number is JSON; `null` or `''`
 * means there was none.
 */
export function withPlainValues(mismatches: readonly Mismatch[]): void {
  for (const mismatch of mismatches) {
    if (Object.hasOwn(mismatch, SHOWN)) continue;
    const read = (value: string | number | null): ShownValue => (typeof value === 'number' ? { kind: 'json', value } : value === null || value === '' ? { kind: 'absent' } : { kind: 'text', text: value });
    withShownValues(mismatch, () => ({ expected: read(mismatch.expected), actual: read(mismatch.actual) }));
  }
}
