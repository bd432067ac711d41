// Media types, content-type predicates and body sniffing (matching.md §2.7).
import type { Body, HeaderMap } from './types.js';
import { findHeader, joinHeaderValues } from './headers.js';
import { lazyPattern } from './lazy-pattern.js';

/** A parsed media type: `type/subtype[+suffix]; name=value...` (type, subtype, suffix lower-cased). */
export interface MediaType {
  /** Main type, e.g. `application`. */
  type: string;
  /** Full subtype including any suffix, e.g. `vnd.siren+json`. */
  subtype: string;
  /** Structured-syntax suffix after the last `+`, e.g. `json`. */
  suffix?: string;
  /** Parameters; names lower-cased, values unquoted, as written otherwise. */
  parameters: Record<string, string>;
}

const TOKEN = /^[A-Za-z0-9!#$&^_.+*-]+$/;

/** Parse a media type (a `Content-Type` value); `undefined` when it is not one. */
export function parseMediaType(s: string): MediaType | undefined {
  const semi = s.indexOf(';');
  const essence = (semi < 0 ? s : s.slice(0, semi)).trim();
  const slash = essence.indexOf('/');
  if (slash <= 0) return undefined;
  const type = essence.slice(0, slash).toLowerCase();
  const subtype = essence.slice(slash + 1).toLowerCase();
  if (!TOKEN.test(type) || !TOKEN.test(subtype)) return undefined;
  const plus = subtype.lastIndexOf('+');
  const parameters: Record<string, string> = {};
  if (semi >= 0) {
    for (const piece of s.slice(semi + 1).split(';')) {
      const eq = piece.indexOf('=');
      if (eq < 0) continue;
      const name = piece.slice(0, eq).trim().toLowerCase();
      let value = piece.slice(eq + 1).trim();
      if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
      if (name) parameters[name] = value;
    }
  }
  const result: MediaType = { type, subtype, parameters };
  if (plus > 0 && plus < subtype.length - 1) result.suffix = subtype.slice(plus + 1);
  return result;
}

type MediaTypeInput = string | MediaType | undefined;

function asMediaType(input: MediaTypeInput): MediaType | undefined {
  if (input === undefined) return undefined;
  return typeof input === 'string' ? parseMediaType(input) : input;
}

/** JSON: `application/json*`, `application/*+json`, `application/graphql`. */
export function isJsonType(contentType: MediaTypeInput): boolean {
  const mt = asMediaType(contentType);
  if (mt === undefined || mt.type !== 'application') return false;
  return mt.subtype.startsWith('json') || mt.suffix === 'json' || mt.subtype === 'graphql';
}

/** XML: `application|text` with subtype `xml` or suffix `+xml`. */
export function isXmlType(contentType: MediaTypeInput): boolean {
  const mt = asMediaType(contentType);
  if (mt === undefined || (mt.type !== 'application' && mt.type !== 'text')) return false;
  return mt.subtype === 'xml' || mt.suffix === 'xml';
}

/** Textual: `text/*`, XML, JSON, or `application/x-www-form-urlencoded`. */
export function isTextType(contentType: MediaTypeInput): boolean {
  const mt = asMediaType(contentType);
  if (mt === undefined) return false;
  if (mt.type === 'text') return true;
  if (mt.type === 'application' && mt.subtype === 'x-www-form-urlencoded') return true;
  return isJsonType(mt) || isXmlType(mt);
}

/** Binary: audio, font, image, video, and everything else that is not textual (`text/*` never). */
export function isBinaryType(contentType: MediaTypeInput): boolean {
  const mt = asMediaType(contentType);
  if (mt === undefined) return false;
  if (mt.type === 'audio' || mt.type === 'font' || mt.type === 'image' || mt.type === 'video') return true;
  if (mt.type === 'text') return false;
  return !isTextType(mt);
}

/**
 * The type without parameters, a `+suffix` replacing the subtype:
 * `application/vnd.siren+json; charset=utf-8` → `application/json`. Unparseable input comes back
 * trimmed and lower-cased up to the first `;`.
 */
export function baseMediaType(contentType: string): string {
  const mt = parseMediaType(contentType);
  if (mt === undefined) {
    const semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
  }
  return `${mt.type}/${mt.suffix ?? mt.subtype}`;
}

const XML_DECLARATION = /^\s*<\?xml\s*version/;
const HTML_START = /^\s*(?:<!DOCTYPE|<HTML>)/;
// Word characters are Unicode ones, as in the official (Rust) patterns.
const XML_ELEMENT = lazyPattern(() => /^\s*<[\p{L}\p{N}\p{M}_]/u);
const JSON_START = lazyPattern(() => /^\s*(?:true|false|null|\d|"|\{\s*(?:\}|"[\p{L}\p{N}\p{M}_])|\[)/u);

/** How many leading bytes of a byte body are sniffed (what the official engine looks at). */
const SNIFF_BYTES = 32;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function sniffText(text: string): string {
  if (XML_DECLARATION.test(text)) return 'application/xml';
  if (HTML_START.test(text.slice(0, 256).toUpperCase())) return 'text/html';
  if (XML_ELEMENT().test(text)) return 'application/xml';
  if (JSON_START().test(text)) return 'application/json';
  return 'text/plain';
}

/** Decode the first bytes for sniffing; `undefined` when they are not UTF-8. */
function sniffPrefix(bytes: Uint8Array): string | undefined {
  let end = Math.min(bytes.length, SNIFF_BYTES);
  // The cut may split a multi-byte character; back off to its start (at most 3 bytes).
  if (end < bytes.length) {
    let back = 0;
    while (back < 3 && end - back > 0 && ((bytes[end - back] ?? 0) & 0xc0) === 0x80) back++;
    end -= back;
  }
  try {
    return utf8.decode(bytes.subarray(0, end));
  } catch {
    return undefined;
  }
}

/**
 * Guess a content type from a body: XML declaration → `application/xml`, `<!DOCTYPE`/`<HTML>` →
 * `text/html`, `<element` → `application/xml`, JSON-looking start → `application/json`, else
 * `text/plain`. Byte input is judged on its first 32 bytes; bytes that are not UTF-8 give
 * `application/octet-stream`.
 */
export function sniffContentType(bytes: Uint8Array | string): string {
  if (typeof bytes === 'string') return sniffText(bytes);
  const text = sniffPrefix(bytes);
  return text === undefined ? 'application/octet-stream' : sniffText(text);
}

/**
 * The content type of a body, first hit wins: the body's own type, the `Content-Type` header
 * (values joined with `", "`) if it parses as a media type, sniffing the bytes. `undefined` means
 * unknown: the body is not present and has no header, or its bytes are not UTF-8 text.
 */
export function bodyContentType(body: Body, headers?: HeaderMap): string | undefined {
  if (body.kind === 'present' && body.contentType !== undefined) return body.contentType;
  const header = findHeader(headers, 'content-type');
  if (header !== undefined && header.length > 0) {
    const joined = joinHeaderValues(header);
    if (parseMediaType(joined) !== undefined) return joined.trim();
  }
  if (body.kind !== 'present') return undefined;
  const text = sniffPrefix(body.content);
  return text === undefined ? undefined : sniffText(text);
}
