import type { JsonValue } from '../model/types.js';
import type { RequestJson } from '../model/request-json.js';
import type { Palette } from './palette.js';

/**
 * Headers every HTTP client adds on its own; they never explain a failure and drown the ones the
 * test set, so an unexpected request is shown without them.
 */
const NOISE_HEADERS = new Set([
  'host',
  'content-length',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'user-agent',
  'accept-encoding',
  'accept-language',
  'sec-fetch-mode',
]);

/** `a=1&a=2&flag` from decoded query values (a `null` value is a parameter without `=`). */
export function formatQuery(query: Readonly<Record<string, readonly (string | null)[]>> | undefined): string {
  if (query === undefined) return '';
  const parts: string[] = [];
  for (const name of Object.keys(query).sort()) {
    for (const value of query[name] ?? []) {
      parts.push(value === null ? encodeQueryPart(name) : `${encodeQueryPart(name)}=${encodeQueryPart(value)}`);
    }
  }
  return parts.join('&');
}

// Readable rather than minimal: only what would make the line ambiguous is escaped.
function encodeQueryPart(text: string): string {
  return text.replace(/[%&=#+\s]/g, (ch) => encodeURIComponent(ch));
}

/** `GET /users?page=2` */
export function requestLine(method: string, path: string, query?: Readonly<Record<string, readonly (string | null)[]>>): string {
  const queryText = formatQuery(query);
  return `${method.toUpperCase()} ${path}${queryText === '' ? '' : `?${queryText}`}`;
}

/** Whether a received request body is worth showing (the server renders "no body" as `""`). */
function hasBody(body: JsonValue | undefined): body is JsonValue {
  return body !== undefined && body !== '';
}

/** Pretty body text: JSON indented, text as is. */
export function formatBody(body: JsonValue): string {
  return typeof body === 'string' ? body : JSON.stringify(body, null, 2);
}

/**
 * A received request in full, for "unexpected request" entries: the request line, the headers the
 * client chose (sorted, noise removed) and the pretty-printed body.
 */
export function formatRequestBlock(request: RequestJson, palette: Palette): string[] {
  const lines = [palette.bold(requestLine(request.method, request.path, request.query))];
  const headers = Object.entries(request.headers ?? {})
    .filter(([name]) => !NOISE_HEADERS.has(name.toLowerCase()))
    .sort(([a], [b]) => a.toLowerCase().localeCompare(b.toLowerCase()));
  if (headers.length > 0) {
    lines.push('headers:');
    for (const [name, value] of headers) lines.push(`  ${name}: ${value}`);
  }
  if (hasBody(request.body)) {
    lines.push('body:');
    for (const line of formatBody(request.body).split('\n')) lines.push(`  ${line}`);
  }
  return lines;
}
