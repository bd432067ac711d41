import type { ShownValue } from '../matching/shown-values.js';
import type { JsonValue } from '../model/types.js';

/** A value from a mismatch entry, for display. */
export type DisplayValue = ShownValue;

/** Body values longer than this (compact) are shown as a multi-line diff instead of inline. */
const INLINE_LIMIT = 60;

// The decoders below read the official mismatch JSON of other mock servers (formatMismatches);
// the engine's own problems carry their values (matching/shown-values.ts).

/**
 * Decodes the JSON text a `BodyMismatch` carries (`"\"Bob\""` → the string `Bob`); whole-body
 * problems carry raw body text instead, which stays text; `null` means there was no body.
 */
export function decodeJsonText(text: string | null | undefined): DisplayValue {
  if (text === null || text === undefined) return { kind: 'absent' };
  try {
    return { kind: 'json', value: JSON.parse(text) as JsonValue };
  } catch {
    return { kind: 'text', text };
  }
}

/**
 * Header and query values are plain text, except that the official format debug-prints them in
 * two cases: a missing header's expected value is wrapped in quotes, and a missing/unexpected query
 * parameter is a list such as `["1"]`. An empty string stands for "not there".
 */
export function decodePlainText(text: string | undefined): DisplayValue {
  if (text === undefined || text === '') return { kind: 'absent' };
  if (/^".*"$/s.test(text) || /^\[.*\]$/s.test(text)) {
    const decoded = decodeJsonText(text);
    if (decoded.kind === 'json') {
      const { value } = decoded;
      if (typeof value === 'string') return { kind: 'text', text: value };
      if (Array.isArray(value) && value.every((item) => typeof item === 'string' || item === null)) {
        return { kind: 'text', text: value.map((item) => item ?? '(no value)').join(', ') };
      }
    }
  }
  return { kind: 'text', text };
}

/** One-line rendering: JSON compact (strings quoted so types stay visible), text as is. */
export function inlineValue(value: DisplayValue, absent = '(missing)'): string {
  switch (value.kind) {
    case 'absent':
      return absent;
    case 'text':
      return value.text;
    case 'json':
      return JSON.stringify(value.value);
  }
}

/** Multi-line rendering for diffs: JSON pretty-printed, text as is. */
export function blockValue(value: DisplayValue, absent = '(no body)'): string {
  switch (value.kind) {
    case 'absent':
      return absent;
    case 'text':
      return value.text;
    case 'json':
      return JSON.stringify(value.value, null, 2);
  }
}

/** True when the value reads better as a block (large containers, multi-line text). */
export function wantsBlock(value: DisplayValue): boolean {
  if (value.kind === 'text') return value.text.includes('\n');
  if (value.kind === 'json' && value.value !== null && typeof value.value === 'object') {
    return JSON.stringify(value.value).length > INLINE_LIMIT;
  }
  return false;
}
