import type { IncomingMessage } from 'node:http';
import type { HttpRequest, Draft } from '../model/types.js';
import { splitHeaderValue } from '../model/headers.js';
import { parseQueryString } from '../model/query-string.js';
import { bodyFromBytes } from '../model/body.js';

/** The head of a received request in model form; the body is added once it has been read. */
export type { RequestHead } from '../mock/mock-core.js';
import type { RequestHead } from '../mock/mock-core.js';

/**
 * The method, raw path, query and headers of a received request. The path is kept exactly as
 * sent (not percent-decoded) because pacts and the official server compare the raw path.
 */
export function requestHead(req: IncomingMessage): RequestHead {
  const target = stripOrigin(req.url ?? '/');
  const q = target.indexOf('?');
  const path = q === -1 ? target : target.slice(0, q);
  const rawQuery = q === -1 ? '' : target.slice(q + 1);
  const head: Draft<RequestHead> = { method: (req.method ?? 'GET').toUpperCase(), path: path === '' ? '/' : path };
  if (rawQuery !== '') {
    head.rawQuery = rawQuery;
    head.query = parseQueryString(rawQuery);
  }
  const headers = headersFromRaw(req.rawHeaders);
  if (Object.keys(headers).length > 0) head.headers = headers;
  return head;
}

/** A complete model request: the head plus the body bytes (zero bytes → empty body). */
export function withBody(head: RequestHead, bytes: Buffer): HttpRequest {
  const contentType = head.headers?.['content-type']?.[0];
  return { ...head, body: bodyFromBytes(bytes, contentType) };
}

/**
 * Header names lower-cased; every occurrence kept in order (Node's `req.headers` would merge or
 * drop duplicates) and list headers split the way the model splits them.
 */
function headersFromRaw(raw: string[]): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = (raw[i] as string).toLowerCase();
    const values = splitHeaderValue(name, raw[i + 1] as string);
    const list = headers[name];
    if (list) list.push(...values);
    else headers[name] = [...values];
  }
  return headers;
}

/** Absolute-form targets (`GET http://host/x`, sent to proxies) carry the path after the authority. */
function stripOrigin(target: string): string {
  if (target.startsWith('/')) return target;
  const match = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*/.exec(target);
  return match ? target.slice(match[0].length) || '/' : target;
}
