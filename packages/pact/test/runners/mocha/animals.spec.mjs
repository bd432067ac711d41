/* global describe, it, before, after, afterEach */
// A Pact JS consumer test as the older Mocha examples write it (ES module, node:assert), with only
// the module name changed: it runs under real Mocha against @pactwright/pact's ES module build.
import assert from 'node:assert/strict';
import { MatchersV2, PactV2 } from '@pactwright/pact';

const provider = new PactV2({ consumer: 'pactwright-pact-mocha', provider: 'animal-service', dir: process.env.PACT_OUT });

describe('the animal service (Mocha)', () => {
  before(() => provider.setup());
  afterEach(() => provider.verify());
  after(() => provider.finalize());

  it('gets an animal', async () => {
    await provider.addInteraction({
      state: 'an animal exists',
      uponReceiving: 'a request for animal 1',
      withRequest: { method: 'GET', path: '/animals/1' },
      willRespondWith: { status: 200, body: MatchersV2.somethingLike({ id: 1, name: 'Billy' }) },
    });
    const response = await fetch(`${provider.mockService.baseUrl}/animals/1`);
    assert.equal((await response.json()).name, 'Billy');
  });
});
