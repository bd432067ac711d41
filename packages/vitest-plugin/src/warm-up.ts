import { PactMock, loadPact, type ResolvedPactwrightOptions } from '@pactwright/engine';

/**
 * Runs one request through a throwaway mock, so that the engine loads its matching part and
 * compiles the request path now (the file host calls it as the first file begins, while that
 * file's worker is still loading `fetch`) rather than in the file's first request. Best effort:
 * `false` when it failed, which only leaves that work to the first request.
 *
 * @example
 * ```ts
 * setImmediate(() => void warmUp(options));
 * ```
 */
export function warmUp(options: ResolvedPactwrightOptions): boolean {
  try {
    const { consumer, provider, spec, limits, cors } = options;
    const mock = new PactMock(loadPact(undefined, { consumer, provider }), { spec, limits, cors });
    mock.addInteraction({ description: 'a warm-up request', request: { method: 'GET', path: '/warm-up' }, response: { status: 200, body: { warm: true } } });
    mock.core.respond({ method: 'GET', path: '/warm-up', body: { kind: 'empty' } }, {});
    return mock.verifyAndReset().ok;
  } catch {
    return false;
  }
}
