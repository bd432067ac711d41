// PactV3 in the style of Pact JS's e2e and jest examples: provider states with parameters, V3
// matchers, query strings, headers, a POST with a JSON body, a 404, and a test that breaks.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { MatchersV3, PactV3 } from '@pact-foundation/pact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGolden, pactDir } from './golden.js';

const { eachLike, integer, like, regex, string, uuid, iso8601DateTimeWithMillis, fromProviderState } = MatchersV3;
const consumer = 'pactwright-pact-http-v3';
const providerName = 'animal-service';

const provider = new PactV3({ consumer, provider: providerName, dir: pactDir });

const animal = {
  id: integer(1),
  first_name: string('Billy'),
  last_name: string('Goat'),
  animal: string('goat'),
  age: integer(21),
  gender: regex('F|M', 'M'),
  eligibility: { available: like(true), previously_married: like(false) },
  interests: eachLike('walks in the garden/meadow'),
};

async function getJson(url: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

describe('the animal service (PactV3)', () => {
  beforeAll(() => rmSync(join(pactDir, `${consumer}-${providerName}.json`), { force: true }));
  afterAll(() => expectGolden(consumer, providerName));

  it('lists the available animals', async () => {
    provider
      .given('Has some animals')
      .uponReceiving('a request for all animals')
      .withRequest({ method: 'GET', path: '/animals/available', headers: { Authorization: 'Bearer 1234' } })
      .willRespondWith({ status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: eachLike(animal) });
    await provider.executeTest(async (mockServer) => {
      const { status, body } = await getJson(`${mockServer.url}/animals/available`, { headers: { Authorization: 'Bearer 1234' } });
      expect(status).toBe(200);
      expect((body as Array<{ first_name: string }>)[0]?.first_name).toBe('Billy');
    });
  });

  it('finds an animal by id, with a parameterised provider state', async () => {
    provider
      .given('Has an animal with ID', { id: 100 })
      .uponReceiving('a request for an animal with an ID')
      .withRequest({ method: 'GET', path: regex('/animals/[0-9]+', '/animals/100'), headers: { Authorization: 'Bearer 1234' } })
      .willRespondWith({
        status: 200,
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body: { ...animal, id: fromProviderState('${id}', 100), registered: iso8601DateTimeWithMillis('2024-06-01T12:00:00.000Z'), tag: uuid('ce118b6e-d8e1-11e7-9296-cec278b6b50a') },
      });
    await provider.executeTest(async (mockServer) => {
      const { body } = await getJson(`${mockServer.url}/animals/100`, { headers: { Authorization: 'Bearer 1234' } });
      expect((body as { id: number }).id).toBe(100);
    });
  });

  it('searches with a query string', async () => {
    provider
      .uponReceiving('a search for goats')
      .withRequest({ method: 'GET', path: '/animals', query: { animal: 'goat', limit: regex('\\d+', '10') } })
      .willRespondWith({ status: 200, body: [] });
    await provider.executeTest(async (mockServer) => {
      expect((await getJson(`${mockServer.url}/animals?animal=goat&limit=10`)).status).toBe(200);
    });
  });

  it('creates an animal', async () => {
    provider
      .uponReceiving('a request to create an animal')
      .withRequest({ method: 'POST', path: '/animals', headers: { 'Content-Type': 'application/json' }, body: { first_name: 'Nanny', animal: 'goat', age: 3 } })
      .willRespondWith({ status: 201, headers: { 'Content-Type': 'application/json' }, body: like({ id: 2, first_name: 'Nanny' }) });
    await provider.executeTest(async (mockServer) => {
      const { status } = await getJson(`${mockServer.url}/animals`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ first_name: 'Nanny', animal: 'goat', age: 3 }),
      });
      expect(status).toBe(201);
    });
  });

  it('gets a 404 for an animal that does not exist', async () => {
    provider
      .given('Has no animals')
      .uponReceiving('a request for an animal that does not exist')
      .withRequest({ method: 'GET', path: '/animals/404' })
      .willRespondWith({ status: 404 });
    await provider.executeTest(async (mockServer) => {
      expect((await fetch(`${mockServer.url}/animals/404`)).status).toBe(404);
    });
  });

  it('fails a test whose request does not match, with the report, and writes nothing of it', async () => {
    provider.uponReceiving('a request that the test gets wrong').withRequest({ method: 'GET', path: '/animals/1' }).willRespondWith({ status: 200 });
    const run = provider.executeTest(async (mockServer) => {
      const response = await fetch(`${mockServer.url}/animals/2`);
      if (response.status !== 200) throw new Error(`Request failed with status code ${response.status}`);
    });
    // Pact JS rethrows the test's own error and logs the mismatches; Pactwright throws the readable
    // report, with the test's own error as its cause (a deliberate difference, see the README).
    if (process.env.PACTWRIGHT_MAKE_GOLDEN !== undefined) return void (await expect(run).rejects.toThrow('Request failed with status code 500'));
    await expect(run).rejects.toThrow(/Pact verification failed[\s\S]*a request that the test gets wrong/);
    await expect(run).rejects.toMatchObject({ cause: expect.objectContaining({ message: 'Request failed with status code 500' }) });
  });
});
