import type { HeaderMap } from './types.js';
// Header values as pacts and the wire carry them, split into the value lists the model holds.

/**
 * Headers whose value is a comma-separated list (matching.md §1.4). Every other header keeps its
 * value whole: `Date`, `User-Agent`, `Set-Cookie` and custom JSON-ish headers contain commas that
 * are not separators.
 */
export const LIST_HEADERS: ReadonlySet<string> = new Set([
  'accept',
  'accept-encoding',
  'accept-language',
  'access-control-allow-headers',
  'access-control-allow-methods',
  'access-control-expose-headers',
  'access-control-request-headers',
  'allow',
  'cache-control',
  'if-match',
  'if-none-match',
  'vary',
]);

/** Split one header value into the model's value list: known list headers on commas, each value trimmed. */
export function splitHeaderValue(name: string, value: string): string[] {
  if (value.indexOf(',') >= 0 && LIST_HEADERS.has(name.toLowerCase())) {
    return value.split(',').map((part) => part.trim());
  }
  return [value.trim()];
}

/** The values of a header, looked up case-insensitively; `undefined` when absent. */
export function findHeader(headers: HeaderMap | undefined, name: string): readonly string[] | undefined {
  if (headers === undefined) return undefined;
  const direct = headers[name];
  if (direct !== undefined) return direct;
  const lower = name.toLowerCase();
  for (const key in headers) {
    if (key.toLowerCase() === lower) return headers[key];
  }
  return undefined;
}

/** A header's values as one string, joined with `", "` (how pact files and reports write them). */
export function joinHeaderValues(values: readonly string[]): string {
  return values.join(', ');
}
