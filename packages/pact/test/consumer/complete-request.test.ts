// PactV4's withCompleteRequest/withCompleteResponse, which Pact JS 17 declares but throws on
// ("withCompleteRequest is not implemented"): Pactwright implements them, so there is no golden
// pact from Pact JS for this file; the test checks the pact directly.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Pact } from '@pact-foundation/pact';
import { beforeAll, describe, expect, it } from 'vitest';
import { pactDir } from './golden.js';

const consumer = 'pactwright-pact-complete';
const providerName = 'health-service';

describe.skipIf(process.env.PACTWRIGHT_MAKE_GOLDEN !== undefined)('withCompleteRequest (PactV4)', () => {
  beforeAll(() => rmSync(join(pactDir, `${consumer}-${providerName}.json`), { force: true }));

  it('takes a complete request and response', async () => {
    const pact = new Pact({ consumer, provider: providerName, dir: pactDir });
    await pact
      .addInteraction()
      .uponReceiving('a complete request for the health check')
      .withCompleteRequest({ method: 'GET', path: '/health', headers: { Accept: 'application/json' } })
      .withCompleteResponse({ status: 200, headers: { 'Content-Type': 'application/json' }, body: { status: 'up' } })
      .executeTest(async (mockServer) => {
        expect((await fetch(`${mockServer.url}/health`, { headers: { Accept: 'application/json' } })).status).toBe(200);
      });
    const written = JSON.parse(readFileSync(join(pactDir, `${consumer}-${providerName}.json`), 'utf8')) as { metadata: unknown; interactions: unknown[] };
    expect(written.metadata).toMatchObject({ pactSpecification: { version: '4.0' } });
    expect(written.interactions).toEqual([
      expect.objectContaining({
        type: 'Synchronous/HTTP',
        description: 'a complete request for the health check',
        request: expect.objectContaining({ method: 'GET', path: '/health', headers: { Accept: ['application/json'] } }),
        response: expect.objectContaining({ status: 200, body: { content: { status: 'up' }, contentType: 'application/json', encoded: false } }),
      }),
    ]);
  });
});
