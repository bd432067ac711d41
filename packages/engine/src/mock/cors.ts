// The CORS answers of the official mock server, shared by every transport (a page checks them
// whether the response came from a socket or from msw).
import type { RequestHead } from '../mock/mock-core.js';

/** The fixed method list the official server announces (§2.4). */
const ALLOW_METHODS = 'GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE, PATCH';

/** CORS headers added to every response when `cors` is on; `skip` names the interaction already set. */
export function corsHeaders(request: RequestHead, skip: ReadonlySet<string>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const add = (name: string, value: string): void => {
    if (!skip.has(name.toLowerCase())) out.push([name, value]);
  };
  add('Access-Control-Allow-Origin', origin(request));
  add('Access-Control-Allow-Headers', '*');
  add('Access-Control-Allow-Methods', ALLOW_METHODS);
  add('Access-Control-Expose-Headers', 'Location, Link');
  add('Access-Control-Allow-Credentials', 'true');
  return out;
}

/** The 204 answer to a pre-flight `OPTIONS` (§2.6). */
export function preflightHeaders(request: RequestHead): Array<[string, string]> {
  const requested = request.headers?.['access-control-request-headers'];
  return [
    ['Access-Control-Allow-Origin', origin(request)],
    ['Access-Control-Allow-Methods', ALLOW_METHODS],
    ['Access-Control-Allow-Headers', requested && requested.length > 0 ? `${requested.join(', ')}, *` : '*'],
    ['Access-Control-Expose-Headers', 'Location, Link'],
    ['Access-Control-Allow-Credentials', 'true'],
  ];
}

function origin(request: RequestHead): string {
  return request.headers?.['origin']?.[0] ?? '*';
}
