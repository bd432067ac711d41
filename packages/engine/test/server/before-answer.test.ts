/**
 * `beforeAnswer`: a host whose interactions are registered from another process (the Vitest
 * plugin's main process, for its workers' test files) brings them in before each request is
 * matched. The request waits for it; a hook that fails is that request's failure, not the server's.
 */
import { describe, expect, it } from 'vitest';
import type { RunningMockServer } from '../../src/server/start.js';
import { getUser, pact, request, serve } from './helpers.js';

describe('beforeAnswer', () => {
  it('is awaited before the request is matched: an interaction it registers late still matches', async () => {
    let calls = 0;
    const server: RunningMockServer = await serve({
      pact: pact([]),
      beforeAnswer: () => {
        calls += 1;
        return new Promise<void>((resolve) =>
          setTimeout(() => {
            if (calls === 1) server.addInteraction(getUser);
            resolve();
          }, 30),
        );
      },
    });
    const res = await request(server.url, { path: '/users/1', headers: { Accept: 'application/json', Authorization: 'Bearer abc' } });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ id: 1, name: 'Bob' });
    expect(calls).toBe(1);
    expect(server.verifyAndReset().ok).toBe(true);
  });

  it('a hook that rejects or throws fails that request with a 500 naming it, and the server keeps serving', async () => {
    let mode: 'reject' | 'throw' | 'ok' = 'reject';
    const server = await serve({
      pact: pact([getUser]),
      beforeAnswer: () => {
        if (mode === 'throw') throw new Error('the host lost its worker');
        if (mode === 'reject') return Promise.reject(new Error('the worker did not answer'));
        return undefined;
      },
    });
    const headers = { Accept: 'application/json', Authorization: 'Bearer abc' };
    const rejected = await request(server.url, { path: '/users/1', headers });
    expect(rejected.status).toBe(500);
    expect(rejected.body).toContain('the worker did not answer');
    mode = 'throw';
    const thrown = await request(server.url, { path: '/users/1', headers });
    expect(thrown.status).toBe(500);
    expect(thrown.body).toContain('the host lost its worker');
    mode = 'ok';
    expect((await request(server.url, { path: '/users/1', headers })).status).toBe(200);
    const verdict = server.verifyAndReset();
    expect(verdict.ok).toBe(false);
    expect(JSON.stringify(verdict.mismatches)).toContain('the worker did not answer');
  });
});
