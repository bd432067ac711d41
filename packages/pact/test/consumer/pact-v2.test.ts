// PactV2 in the style of Pact JS's older Mocha examples: one mock server for the file (setup in
// beforeAll, verify after each test, finalize in afterAll), V2 `state`, V2 matchers, and the
// Interaction builder. It writes a V2 pact.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Interaction, MatchersV2, PactV2 } from '@pact-foundation/pact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectGolden, pactDir, v2QueryRuleIndex } from './golden.js';

const { somethingLike, eachLike, term } = MatchersV2;
const consumer = 'pactwright-pact-v2';
const providerName = 'dog-service';

const provider = new PactV2({ consumer, provider: providerName, dir: pactDir });

describe('the dog service (PactV2)', () => {
  beforeAll(async () => {
    rmSync(join(pactDir, `${consumer}-${providerName}.json`), { force: true });
    await provider.setup();
  });
  afterEach(() => provider.verify());
  afterAll(async () => {
    await provider.finalize();
    expectGolden(consumer, providerName, [v2QueryRuleIndex]);
  });

  it('lists the dogs', async () => {
    await provider.addInteraction({
      state: 'i have a list of dogs',
      uponReceiving: 'a request for all dogs',
      withRequest: { method: 'GET', path: '/dogs', headers: { Accept: 'application/json' } },
      willRespondWith: { status: 200, headers: { 'Content-Type': 'application/json' }, body: eachLike({ dog: somethingLike(1) }, { min: 2 }) },
    });
    const response = await fetch(`${provider.mockService?.baseUrl}/dogs`, { headers: { Accept: 'application/json' } });
    expect(await response.json()).toEqual([{ dog: 1 }, { dog: 1 }]);
  });

  it('finds a dog by name, with the Interaction builder', async () => {
    await provider.addInteraction(
      new Interaction()
        .given('i have a dog called Rex')
        .uponReceiving('a request for a dog by name')
        .withRequest({ method: 'GET', path: '/dogs', query: { name: term({ generate: 'Rex', matcher: '[A-Z][a-z]+' }) } })
        .willRespondWith({ status: 200, body: { name: 'Rex', age: somethingLike(3) } }),
    );
    const response = await fetch(`${provider.mockService?.baseUrl}/dogs?name=Rex`);
    expect(((await response.json()) as { name: string }).name).toBe('Rex');
  });
});
