/**
 * The one msw handler every entry of this package makes: it answers requests under a base URL from
 * a mock core, exactly as the HTTP mock server answers requests on its socket.
 */
import { http, passthrough, type HttpHandler } from 'msw';
import { requestFromFetch, responseFromAnswer, type InterceptOptions, type MockCore } from '@pactwright/engine';

/** An msw handler answering from `core` for requests under `options.baseUrl` (checked already). */
export function mockHandler(core: MockCore, options: InterceptOptions): HttpHandler {
  const base = new URL(options.baseUrl);
  const basePath = base.pathname.replace(/\/$/, '');
  const generatorContext = { mockServer: { url: `${base.origin}${basePath}`, port: Number(base.port) || (base.protocol === 'https:' ? 443 : 80) } };
  return http.all('*', async ({ request }) => {
    const url = new URL(request.url);
    const inside = url.origin === base.origin && (basePath === '' || url.pathname === basePath || url.pathname.startsWith(`${basePath}/`));
    if (!inside && options.outside === 'passthrough') return passthrough();
    const model = await requestFromFetch(request, inside ? basePath : '');
    // A page checks CORS on a cross-origin answer whether a socket or msw sent it.
    return responseFromAnswer(core.respond(model, generatorContext).answer, core.cors ? model : undefined);
  });
}
