/**
 * The mock behind the Fetch API's `Request` and `Response`, for transports that hand over requests
 * as objects rather than bytes on a socket: msw handlers, a service worker. The request is read the
 * way the HTTP server reads one (raw path, query as sent, header names lower-cased, list headers
 * split), so the same interaction is selected and the same problems are recorded.
 */
import type { Draft, HttpRequest } from '../model/types.js';
import { splitHeaderValue } from '../model/headers.js';
import { parseQueryString } from '../model/query-string.js';
import { bodyFromBytes } from '../model/body.js';
import { utf8Bytes } from '../model/bytes.js';
import type { Answer, RequestHead } from './mock-core.js';
import { corsHeaders, preflightHeaders } from './cors.js';
import { stringifySorted } from './sorted-json.js';

/**
 * A Fetch API request as the model request the mock matches. `basePath` (for example `/api`, from a
 * base URL with a path) is taken off the path, as if the mock were served under it.
 */
export async function requestFromFetch(request: Request, basePath = ''): Promise<HttpRequest> {
  const url = new URL(request.url);
  let path = url.pathname;
  if (basePath !== '' && basePath !== '/' && path.startsWith(basePath)) path = path.slice(basePath.replace(/\/$/, '').length) || '/';
  const head: Draft<Omit<HttpRequest, 'body'>> = { method: request.method.toUpperCase(), path };
  const rawQuery = url.search.startsWith('?') ? url.search.slice(1) : '';
  if (rawQuery !== '') {
    head.rawQuery = rawQuery;
    head.query = parseQueryString(rawQuery);
  }
  const headers: Record<string, string[]> = {};
  // The Fetch API gives each name once, lower-cased, its values joined with ", ".
  request.headers.forEach((value, name) => {
    headers[name] = splitHeaderValue(name, value);
  });
  if (Object.keys(headers).length > 0) head.headers = headers;
  const bytes = new Uint8Array(await request.arrayBuffer());
  return { ...head, body: bodyFromBytes(bytes, headers['content-type']?.[0]) };
}

/**
 * The mock's answer as a Fetch API response. With `cors` (the request it answers), the CORS headers
 * of the HTTP mock server are added, as a page checks them on a cross-origin answer.
 */
export function responseFromAnswer(answer: Answer, cors?: RequestHead): Response {
  switch (answer.kind) {
    case 'response': {
      const { response } = answer;
      const headers = new Headers();
      for (const [name, value] of response.headers) headers.append(name, value);
      if (cors !== undefined) {
        const own = new Set(response.headers.map(([name]) => name.toLowerCase()));
        for (const [name, value] of corsHeaders(cors, own)) headers.append(name, value);
      }
      // A body on a status that cannot have one is dropped, as a socket's client would not read it.
      const bodyless = response.status === 204 || response.status === 304 || (response.status >= 100 && response.status < 200);
      return new Response(bodyless ? null : (response.body ?? null), { status: response.status, headers });
    }
    case 'pre-flight':
      return new Response(null, { status: 204, headers: cors === undefined ? [] : preflightHeaders(cors) });
    case 'failure':
      return new Response(utf8Bytes(stringifySorted(answer.body, 2)), {
        status: answer.status,
        headers: [['Content-Type', 'application/json; charset=utf-8'], ['X-Pact', answer.xPact], ...(cors === undefined ? [] : corsHeaders(cors, new Set<string>()))],
      });
  }
}
