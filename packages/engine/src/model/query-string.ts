// Query strings (pact V1/V2 strings and the wire) into the model's name → values map.
import { getOwn, setOwn } from './own.js';

const utf8 = new TextDecoder('utf-8');

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

/**
 * Percent-decode one name or value; `+` is a space. A `%` not followed by two hex digits is kept
 * literally instead of failing the whole string (as the official engine does).
 */
export function decodeQueryComponent(raw: string): string {
  const spaced = raw.indexOf('+') >= 0 ? raw.replace(/\+/g, ' ') : raw;
  if (spaced.indexOf('%') < 0) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    // Rebuild byte by byte so valid escapes decode and broken ones stay as written.
    const bytes: number[] = [];
    const encoder = new TextEncoder();
    for (let i = 0; i < spaced.length; i++) {
      const code = spaced.charCodeAt(i);
      if (code === 37 && i + 2 < spaced.length) {
        const hi = hexValue(spaced.charCodeAt(i + 1));
        const lo = hexValue(spaced.charCodeAt(i + 2));
        if (hi >= 0 && lo >= 0) {
          bytes.push(hi * 16 + lo);
          i += 2;
          continue;
        }
      }
      const cp = spaced.codePointAt(i) ?? code;
      if (cp > 0xffff) i++;
      for (const b of encoder.encode(String.fromCodePoint(cp))) bytes.push(b);
    }
    return utf8.decode(Uint8Array.from(bytes));
  }
}

/**
 * Parse a query string (without the `?`): split on `&` (empty segments skipped, so a trailing `&`
 * vanishes), each at its first `=`, names and values percent-decoded with `+` as space; a name
 * without `=` gets the value `null`; repeated names append in order. `""` gives `{}`.
 */
export function parseQueryString(raw: string): Record<string, (string | null)[]> {
  const query: Record<string, (string | null)[]> = {};
  if (raw.length === 0) return query;
  for (const segment of raw.split('&')) {
    if (segment.length === 0) continue;
    const eq = segment.indexOf('=');
    const name = decodeQueryComponent(eq < 0 ? segment : segment.slice(0, eq));
    const value = eq < 0 ? null : decodeQueryComponent(segment.slice(eq + 1));
    const values = getOwn(query, name);
    if (values === undefined) setOwn(query, name, [value]);
    else values.push(value);
  }
  return query;
}

// Everything but the characters a query component may hold literally is percent-encoded; a space
// becomes `+`, which parseQueryString reads back as a space.
function encodeQueryComponent(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, '+').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The query string of a name → values map (V1/V2 pact files), names in alphabetical order as the
 * official writer orders them, repeated values in order, a `null` value as the bare name:
 * `{ tag: ['a', 'b'], page: ['1'], flag: [null] }` → `flag&page=1&tag=a&tag=b`.
 */
export function buildQueryString(query: Readonly<Record<string, readonly (string | null)[]>>): string {
  const parts: string[] = [];
  for (const name of Object.keys(query).sort()) {
    const encoded = encodeQueryComponent(name);
    for (const value of query[name] ?? []) parts.push(value === null ? encoded : `${encoded}=${encodeQueryComponent(value)}`);
  }
  return parts.join('&');
}
