// JSON text <-> values without losing number literals. Pact bodies must keep `1.0` distinct from
// `1` (matching treats them differently), which JSON.parse cannot do; lossless-json can but is ~4x
// slower, so it is used only when the text contains a literal that JSON.parse would change.
import { isLosslessNumber, LosslessNumber, parse as losslessParse, stringify as losslessStringify } from 'lossless-json';
import type { JsonValue } from './types.js';

export { isLosslessNumber, LosslessNumber };

// A number literal (after `:`, `[`, `,` or whitespace, i.e. not inside a word) whose JavaScript
// number would print differently: trailing fraction zeros, exponents, 16+ digits, tiny fractions,
// negative zero. Matches inside strings too — that only costs the slower parser, never correctness.
const NON_CANONICAL_NUMBER =
  /(?:^|[:[,\s])(?:-?\d+\.\d*0(?![\d.\w])|-?\d+(?:\.\d+)?[eE]|-?[\d.]{16}|-?0\.0{6}|-0(?![.\d\w]))/;

/**
 * Could `JSON.parse` change a number literal of this text (its kind, digits or spelling)? The one
 * gate both the pact loader and body matching use to decide whether the slower lossless parse is
 * needed; `false` guarantees `JSON.parse` keeps every literal as written.
 */
export function mayChangeNumberLiteral(text: string): boolean {
  return NON_CANONICAL_NUMBER.test(text);
}

/**
 * Parse JSON text with lossless-json, handing every number literal to `literal` (which returns a
 * plain number or its own lossless representation). Duplicate keys keep the last value, as
 * `JSON.parse` does, so the lossless path never rejects text the native path accepts. Throws
 * `SyntaxError` (with a position) on bad text.
 */
export function parseJsonWithLiterals(text: string, literal: (raw: string) => unknown): unknown {
  return losslessParse(text, null, { parseNumber: literal, onDuplicateKey: ({ newValue }) => newValue });
}

/** Result of parsing JSON text. `lossless` is true when some numbers are `LosslessNumber`s. */
export interface ParsedJson {
  value: unknown;
  lossless: boolean;
}

/**
 * Parse JSON text keeping every number literal that a JavaScript number would not reproduce as a
 * `LosslessNumber`; all other numbers are plain. Throws `SyntaxError` (with a position) on bad text.
 */
export function parseJsonText(text: string): ParsedJson {
  if (!mayChangeNumberLiteral(text)) return { value: JSON.parse(text) as unknown, lossless: false };
  let lossless = false;
  const value = parseJsonWithLiterals(text, (raw) => {
    const n = Number(raw);
    if (String(n) === raw) return n;
    lossless = true;
    return new LosslessNumber(raw);
  });
  return { value, lossless };
}

/** Does this (parsed) value contain a `LosslessNumber` anywhere? */
export function containsLosslessNumber(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (isLosslessNumber(value)) return true;
  if (Array.isArray(value)) return value.some(containsLosslessNumber);
  for (const key in value) {
    if (containsLosslessNumber((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/** A copy with every `LosslessNumber` turned into a plain number (for schema checks and model fields). */
export function toPlainJson(value: unknown): JsonValue {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    return null;
  }
  if (isLosslessNumber(value)) return Number(value.value);
  if (Array.isArray(value)) return value.map(toPlainJson);
  const out: { [key: string]: JsonValue } = {};
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) out[key] = toPlainJson(item);
  }
  return out;
}

/** A number from a JSON value that may be a plain number or a `LosslessNumber`. */
export function jsonNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (isLosslessNumber(value)) return Number(value.value);
  return undefined;
}

/** Compact JSON text; `LosslessNumber`s are written with their original literal. */
export function jsonText(value: unknown): string {
  return losslessStringify(value) ?? 'null';
}

/** Is this a JSON object (not an array, not a `LosslessNumber`)? */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !isLosslessNumber(value);
}

/** A short rendering of a value for error messages: `42`, `"abc"`, `an object`, `an array`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isLosslessNumber(value)) return value.value;
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** The JSON type name used in messages: `a string`, `an integer`, ... */
export function typeArticle(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
