/**
 * The one msw handler every entry of this package makes: it answers requests under a base URL from
 * a mock core, exactly as the HTTP mock server answers requests on its socket.
 */
import { http, passthrough, type HttpHandler } from 'msw';
import { requestFromFetch, responseFromAnswer, type InterceptOptions, type MockCore } from '@pactwright/engine/core';

/** An msw handler answering from `core` for requests under `options.baseUrl` (checked already). */
export function mockHandler(core: MockCore, options: InterceptOptions): HttpHandler {
  const base = new URL(options.baseUrl);
  const basePath = base.pathname.replace(/\/$/, '');
  const generatorContext = { mockServer: { url: `${base.origin}${basePath}`, port: Number(base.port) || (base.protocol === 'https:' ? 443 : 80) } };
  return http.all('*', async ({ request }) => {
    const url = new URL(request.url);
    const inside = url.origin === base.origin && (basePath === '' || url.pathname === basePath || url.pathname.startsWith(`${basePath}/`));
    if (!inside && options.outside === 'passthrough') return passthrough();
    if (inside && servedByPage(url)) return passthrough();
    try {
      const model = await requestFromFetch(request, inside ? basePath : '');
      // A page checks CORS on a cross-origin answer whether a socket or msw sent it.
      return responseFromAnswer(core.respond(model, generatorContext).answer, core.cors ? model : undefined);
    } catch (error) {
      // As on the socket: a request the mock failed on is recorded and answered, never lost to
      // msw's own error handling.
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const problem = `The mock failed while handling this request (${reason}); please report this as a Pactwright bug`;
      core.recordUnreadable(request.method.toUpperCase(), url.pathname, problem);
      return new Response(JSON.stringify({ error: `Internal-Error : ${problem}`, type: 'internal-error' }), {
        status: 500,
        headers: { 'Content-Type': 'application/json; charset=utf-8', 'X-Pact': 'Request-Mismatch' },
      });
    }
  });
}

/**
 * In a browser the service worker also sees the page's own module and asset requests (Vite's
 * `/@vite/…`, `/node_modules/…`, `/src/app.ts`): on the page's origin, a path under Vite's
 * prefixes or whose last segment has a file extension is left to the page's server. API paths
 * (`/api/users/1`) have none. Under jsdom and happy-dom (Node) nothing is loaded this way.
 */
function servedByPage(url: URL): boolean {
  const page = (globalThis as { location?: { origin?: unknown } }).location?.origin;
  const node = typeof (globalThis as { process?: { versions?: { node?: unknown } } }).process?.versions?.node === 'string';
  if (node || url.origin !== page) return false;
  return /^\/(@|__|node_modules\/)/.test(url.pathname) || /\.[A-Za-z0-9]+$/.test(url.pathname.slice(url.pathname.lastIndexOf('/') + 1));
}
