// PactV4 (`Pact`) in the style of Pact JS's current examples: one interaction per executeTest,
// request and response builders, V4-only fields, a binary body and extra matching rules.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HTTPResponseStatusClass, Matchers, MatchersV3, Pact, SpecificationVersion } from '@pact-foundation/pact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGolden, pactDir } from './golden.js';

const { like, eachLike, integer, decimal, string, datetime, matchStatus } = Matchers;
const consumer = 'pactwright-pact-http-v4';
const providerName = 'product-service';
const pixel = fileURLToPath(new URL('./fixtures/pixel.png', import.meta.url));

const pact = new Pact({ consumer, provider: providerName, dir: pactDir, spec: SpecificationVersion.SPECIFICATION_VERSION_V4 });

describe('the product service (PactV4)', () => {
  beforeAll(() => rmSync(join(pactDir, `${consumer}-${providerName}.json`), { force: true }));
  afterAll(() => expectGolden(consumer, providerName));

  it('lists products', async () => {
    await pact
      .addInteraction()
      .given('products exist')
      .uponReceiving('a request for all products')
      .withRequest('GET', '/products', (builder) => builder.headers({ Accept: 'application/json' }).query({ page: '1' }))
      .willRespondWith(200, (builder) =>
        builder.headers({ 'Content-Type': 'application/json' }).jsonBody(eachLike({ id: integer(10), name: string('28 Degrees'), price: decimal(10.99) })),
      )
      .executeTest(async (mockServer) => {
        const response = await fetch(`${mockServer.url}/products?page=1`, { headers: { Accept: 'application/json' } });
        expect(((await response.json()) as Array<{ id: number }>)[0]?.id).toBe(10);
      });
  });

  it('gets a product, with V4 comments, a test name and a pending flag', async () => {
    await pact
      .addInteraction()
      .given('a product with ID 10 exists', { id: 10 })
      .uponReceiving('a request for product 10')
      .pending(true)
      .comment('the product page shows this')
      .testName('gets a product, with V4 comments, a test name and a pending flag')
      .withRequest('GET', MatchersV3.regex('/products/\\d+', '/products/10'))
      .willRespondWith(matchStatus(200, HTTPResponseStatusClass.Success), (builder) =>
        builder.jsonBody(like({ id: 10, name: 'Gem Visa', updated: datetime("yyyy-MM-dd'T'HH:mm:ss", '2024-06-01T10:00:00') })),
      )
      .executeTest(async (mockServer) => {
        expect((await fetch(`${mockServer.url}/products/10`)).status).toBe(200);
      });
  });

  it('uploads an image as bytes', async () => {
    const image = readFileSync(pixel);
    await pact
      .addInteraction()
      .uponReceiving('an image upload')
      .withRequest('PUT', '/products/10/image', (builder) => builder.body('image/png', image))
      .willRespondWith(204)
      .executeTest(async (mockServer) => {
        const response = await fetch(`${mockServer.url}/products/10/image`, { method: 'PUT', headers: { 'Content-Type': 'image/png' }, body: image });
        expect(response.status).toBe(204);
      });
  });

  it('downloads an image from a file', async () => {
    await pact
      .addInteraction()
      .uponReceiving('an image download')
      .withRequest('GET', '/products/10/image')
      .willRespondWith(200, (builder) => builder.binaryFile('image/png', pixel))
      .executeTest(async (mockServer) => {
        const response = await fetch(`${mockServer.url}/products/10/image`);
        expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(pixel))).toBe(true);
      });
  });

  it('adds matching rules of its own', async () => {
    await pact
      .addInteraction()
      .uponReceiving('a search with extra rules')
      .withRequest('GET', '/search', (builder) =>
        builder.query({ q: 'visa' }).matchingRules({ query: { path: 'q', rules: [MatchersV3.regex('[a-z]+', 'visa')] } }),
      )
      .willRespondWith(200, (builder) =>
        builder.jsonBody({ total: 3 }).matchingRules({ body: { path: '$.total', rules: [MatchersV3.integer(3)] } }),
      )
      .executeTest(async (mockServer) => {
        expect((await fetch(`${mockServer.url}/search?q=visa`)).status).toBe(200);
      });
  });
});
