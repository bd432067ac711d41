/**
 * The msw transport of an adapter session (`transport: 'msw'`): msw's own interception, set up by
 * the session and closed with it. In Node (also under jsdom and happy-dom) that is `setupServer`,
 * which patches `fetch`, `XMLHttpRequest` and `http.request`; in a browser, `setupWorker`.
 */
import type { Interception, InterceptMock } from '@pactwright/engine/core';
import { mockHandler } from './mock-handler.js';

/**
 * Starts intercepting the requests under `options.baseUrl` and answering them from `core`. The
 * engine calls this for a session with `transport: 'msw'`; tests rarely call it themselves.
 *
 * @example
 * ```ts
 * import { PactMock, loadPact } from '@pactwright/engine/core';
 * import { interceptMock } from '@pactwright/msw';
 *
 * const mock = new PactMock(loadPact(undefined, { consumer: 'web', provider: 'users-api' }), { spec: '3', limits: {} });
 * const interception = await interceptMock(mock.core, { baseUrl: 'http://localhost/api', outside: 'passthrough' });
 * // … requests to http://localhost/api/… are answered by the mock …
 * await interception.close();
 * ```
 */
export const interceptMock: InterceptMock = async (core, options) => {
  const handler = mockHandler(core, options);
  if (isNode()) {
    const [{ setupServer }, { syncBuiltinESMExports }] = await Promise.all([import('msw/node'), import('node:module')]);
    const server = setupServer(handler);
    server.listen({ onUnhandledRequest: 'bypass' });
    // msw patches \`http.get\` and friends on the CommonJS module; an ES module that imported them by
    // name (\`import { get } from 'node:http'\`) sees the patch only once the named exports are synced.
    syncBuiltinESMExports();
    return closing(() => {
      server.close();
      syncBuiltinESMExports();
    });
  }
  const { setupWorker } = await import('msw/browser');
  const worker = setupWorker(handler);
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  return closing(() => worker.stop());
};

function closing(stop: () => void): Interception {
  let closed: Promise<void> | undefined;
  return {
    close() {
      closed ??= Promise.resolve().then(stop);
      return closed;
    },
  };
}

function isNode(): boolean {
  const host = (globalThis as { process?: { versions?: { node?: unknown } } }).process;
  return typeof host?.versions?.node === 'string';
}
