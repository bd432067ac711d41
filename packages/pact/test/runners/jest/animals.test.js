/* global describe, it, expect */
// A Pact JS consumer test as the older Jest examples write it (CommonJS, Jest's globals), with
// only the module name changed: it runs under real Jest against @pactwright/pact's CommonJS build.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS test file, as Jest users write them
const { PactV3, MatchersV3 } = require('@pactwright/pact');

const provider = new PactV3({ consumer: 'pactwright-pact-jest', provider: 'animal-service', dir: process.env.PACT_OUT });

describe('the animal service (Jest)', () => {
  it('gets an animal', async () => {
    provider
      .given('an animal exists')
      .uponReceiving('a request for animal 1')
      .withRequest({ method: 'GET', path: '/animals/1' })
      .willRespondWith({ status: 200, body: MatchersV3.like({ id: 1, name: 'Billy' }) });
    await provider.executeTest(async (mockServer) => {
      const response = await fetch(`${mockServer.url}/animals/1`);
      expect((await response.json()).name).toBe('Billy');
    });
  });
});
