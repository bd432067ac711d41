/**
 * Parsed JSON bodies for matching. `JSON.parse` loses the difference between `1` and `1.0` (and the
 * digits of integers beyond 2^53), which equality, `integer` and `decimal` rules depend on. The
 * lossless parse (lossless-json, shared with the pact loader) costs ~3x the native one, so we parse
 * natively and only fall back when the text *may* contain a literal whose kind or digits the native
 * result cannot tell (see {@link mayHideNumberKind}).
 */
import { mayChangeNumberLiteral, parseJsonWithLiterals } from '../../model/json-value.js';

/** A number literal whose kind or digits a JS number cannot represent (e.g. `1.0`, `1e3`, 2^64). */
export class NumberLiteral {
  constructor(
    readonly raw: string,
    readonly value: number,
    readonly isDecimal: boolean,
  ) {}
}

/** A JSON value as matching sees it: plain JS numbers are integers iff `Number.isInteger`. */
export type JsonNode = null | boolean | number | string | NumberLiteral | JsonNode[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonNode;
}

export type JsonKind = 'Null' | 'Boolean' | 'Integer' | 'Decimal' | 'String' | 'Array' | 'Object';

/** The kind name used in mismatch messages. */
export function jsonKind(v: JsonNode): JsonKind {
  if (v === null) return 'Null';
  switch (typeof v) {
    case 'boolean':
      return 'Boolean';
    case 'number':
      return Number.isInteger(v) ? 'Integer' : 'Decimal';
    case 'string':
      return 'String';
    default:
      if (Array.isArray(v)) return 'Array';
      if (v instanceof NumberLiteral) return v.isDecimal ? 'Decimal' : 'Integer';
      return 'Object';
  }
}

export function isJsonObject(v: JsonNode): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof NumberLiteral);
}

export function isJsonNumber(v: JsonNode): v is number | NumberLiteral {
  return typeof v === 'number' || v instanceof NumberLiteral;
}

/**
 * True when `text` may hold a literal whose kind or digits `JSON.parse` would lose (`1.0`, `1e3`,
 * 2^64). The same gate the pact loader uses; false positives (such characters inside a string)
 * only cost the slower parse.
 */
export function mayHideNumberKind(text: string): boolean {
  return mayChangeNumberLiteral(text);
}

/**
 * Native parse: exact for every number *unless* {@link mayHideNumberKind} says otherwise. Callers
 * that care about a number's literal must check before relying on it.
 */
export function parseJsonNative(text: string): JsonNode {
  return JSON.parse(text) as JsonNode;
}

/** Parses JSON text, keeping number kinds and digits. Throws `SyntaxError` on invalid JSON. */
export function parseJsonLossless(text: string): JsonNode {
  if (!mayHideNumberKind(text)) return JSON.parse(text) as JsonNode;
  return parseJsonWithLiterals(text, numberNode) as JsonNode;
}

const FRACTION_OR_EXPONENT = /[.eE]/;

/** A literal as matching needs it: a plain number when that loses nothing, else its text. */
function numberNode(raw: string): JsonNode {
  const value = Number(raw);
  if (!FRACTION_OR_EXPONENT.test(raw)) return Number.isSafeInteger(value) ? value : new NumberLiteral(raw, value, false);
  if (!Number.isInteger(value) && String(value) === raw) return value;
  return new NumberLiteral(raw, value, true);
}

/** The literal text of a number as written. */
export function numberText(v: number | NumberLiteral): string {
  return typeof v === 'number' ? String(v) : v.raw;
}

/** Compact JSON text (numbers as written), whole: for rules that judge a value by its text. */
export function fullJsonText(v: JsonNode): string {
  return writeJson(v, Number.POSITIVE_INFINITY, { length: 0 });
}

/**
 * Longest value text a mismatch carries. A mismatch on a list of a million numbers must not cost
 * seconds and megabytes per request; the whole request body stays in the report's actual request.
 */
export const MISMATCH_TEXT_LIMIT = 20_000;

/**
 * Compact JSON text (numbers as written) for mismatch fields and messages: text past
 * `MISMATCH_TEXT_LIMIT` characters is cut and ends in `…`, and is not built at all.
 */
export function jsonText(v: JsonNode): string {
  const written = { length: 0 };
  const text = writeJson(v, MISMATCH_TEXT_LIMIT, written);
  return written.length > MISMATCH_TEXT_LIMIT ? `${text.slice(0, MISMATCH_TEXT_LIMIT)}…` : text;
}

/** Appends `v` while `written.length` stays within `budget` (the caller cuts and marks the rest). */
function writeJson(v: JsonNode, budget: number, written: { length: number }): string {
  let text: string;
  if (v === null) text = 'null';
  else if (typeof v === 'boolean') text = v ? 'true' : 'false';
  else if (typeof v === 'number') text = String(v);
  else if (typeof v === 'string') text = JSON.stringify(v);
  else if (v instanceof NumberLiteral) text = v.raw;
  else if (Array.isArray(v)) {
    written.length++;
    text = '[';
    for (let i = 0; i < v.length && written.length <= budget; i++) {
      if (i > 0) {
        text += ',';
        written.length++;
      }
      text += writeJson(v[i] as JsonNode, budget, written);
    }
    written.length++;
    return `${text}]`;
  } else {
    written.length++;
    text = '{';
    let first = true;
    for (const k in v) {
      if (written.length > budget) break;
      const key = `${first ? '' : ','}${JSON.stringify(k)}:`;
      first = false;
      written.length += key.length;
      text += key + writeJson(v[k] ?? null, budget, written);
    }
    written.length++;
    return `${text}}`;
  }
  written.length += text.length;
  return text;
}

/** Rendering of a value inside messages: strings single-quoted, others as JSON text. */
export function describeValue(v: JsonNode): string {
  return typeof v === 'string' ? `'${v}'` : jsonText(v);
}

/** `'abc' (String)`, `100 (Integer)` — the form used by JSON leaf messages. */
export function describeTyped(v: JsonNode): string {
  return `${describeValue(v)} (${jsonKind(v)})`;
}

/** The text a string-oriented rule (regex, include, date…) sees for a JSON value. */
export function valueText(v: JsonNode): string {
  return typeof v === 'string' ? v : fullJsonText(v);
}

/** Deep equality of JSON values with `1` ≠ `1.0`. */
export function jsonEquals(a: JsonNode, b: JsonNode): boolean {
  if (a === b) return true;
  const ka = jsonKind(a);
  if (ka !== jsonKind(b)) return false;
  switch (ka) {
    case 'Integer':
    case 'Decimal':
      return numbersEqual(a as number | NumberLiteral, b as number | NumberLiteral);
    case 'Array': {
      const x = a as JsonNode[];
      const y = b as JsonNode[];
      return x.length === y.length && x.every((e, i) => jsonEquals(e, y[i] ?? null));
    }
    case 'Object': {
      const x = a as JsonObject;
      const y = b as JsonObject;
      const keys = Object.keys(x);
      if (keys.length !== Object.keys(y).length) return false;
      return keys.every((k) => Object.hasOwn(y, k) && jsonEquals(x[k] ?? null, y[k] ?? null));
    }
    default:
      return false;
  }
}

function numbersEqual(a: number | NumberLiteral, b: number | NumberLiteral): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  const ra = a instanceof NumberLiteral ? a : undefined;
  const rb = b instanceof NumberLiteral ? b : undefined;
  // Big integers compare by digits; everything else by value (Rust compares doubles).
  if (ra && rb && !ra.isDecimal && !rb.isDecimal) return normalizeDigits(ra.raw) === normalizeDigits(rb.raw);
  return (typeof a === 'number' ? a : a.value) === (typeof b === 'number' ? b : b.value);
}

function normalizeDigits(raw: string): string {
  const neg = raw.startsWith('-');
  const digits = (neg ? raw.slice(1) : raw).replace(/^0+(?=\d)/, '');
  return neg && digits !== '0' ? `-${digits}` : digits;
}
