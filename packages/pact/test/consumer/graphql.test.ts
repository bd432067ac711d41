// GraphQL as Pact JS's graphql example writes it: ApolloGraphQLInteraction on PactV2,
// GraphQLPactV3, and PactV4's addGraphQLInteraction. The client formats the query its own way;
// the query's whitespace-free pattern still matches.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloGraphQLInteraction, GraphQLInteraction, GraphQLPactV3, MatchersV2, MatchersV3, PactV2, PactV4 } from '@pact-foundation/pact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGolden, pactDir } from './golden.js';

const providerName = 'graphql-service';
const consumers = { v2: 'pactwright-pact-graphql-v2', v3: 'pactwright-pact-graphql-v3', v4: 'pactwright-pact-graphql-v4' };
const helloQuery = `query HelloQuery($name: String) {
    hello(name: $name)
  }`;

async function post(url: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

describe('a GraphQL API', () => {
  beforeAll(() => {
    for (const consumer of Object.values(consumers)) rmSync(join(pactDir, `${consumer}-${providerName}.json`), { force: true });
  });
  afterAll(() => {
    for (const consumer of Object.values(consumers)) expectGolden(consumer, providerName);
  });

  it('asks hello (ApolloGraphQLInteraction), then the version (GraphQLInteraction), on PactV2', async () => {
    const provider = new PactV2({ consumer: consumers.v2, provider: providerName, dir: pactDir });
    await provider.setup();
    try {
      await provider.addInteraction(
        new ApolloGraphQLInteraction()
          .given('hello is available')
          .uponReceiving('a hello query')
          .withQuery(helloQuery)
          .withOperation('HelloQuery')
          .withVariables({ name: 'Ann' })
          .withRequest({ method: 'POST', path: '/graphql' })
          .willRespondWith({ status: 200, headers: { 'Content-Type': 'application/json' }, body: { data: { hello: MatchersV2.like('Hello Ann') } } }),
      );
      const hello = await post(`${provider.mockService?.baseUrl}/graphql`, { operationName: 'HelloQuery', query: 'query HelloQuery($name: String) { hello(name: $name) }', variables: { name: 'Ann' } });
      expect(hello.body).toEqual({ data: { hello: 'Hello Ann' } });
      await provider.verify();
      // One interaction per verify(): Pact JS's PactV2 serves only the first interaction added
      // before a request is made.
      await provider.addInteraction(
        new GraphQLInteraction()
          .uponReceiving('a version query')
          .withQuery('{ version }')
          .withRequest({ method: 'POST', path: '/graphql' })
          .willRespondWith({ status: 200, body: { data: { version: '1.0' } } }),
      );
      expect((await post(`${provider.mockService?.baseUrl}/graphql`, { query: '{\n  version\n}' })).status).toBe(200);
      await provider.verify();
    } finally {
      await provider.finalize();
    }
  });

  it('runs a mutation (GraphQLPactV3)', async () => {
    const provider = new GraphQLPactV3({ consumer: consumers.v3, provider: providerName, dir: pactDir });
    provider
      .given('no greeting yet')
      .uponReceiving('a greeting mutation')
      .withMutation('mutation Greet($name: String!) { greet(name: $name) { id } }')
      .withOperation('Greet')
      .withVariables({ name: 'Ann' })
      .withRequest({ method: 'POST', path: '/graphql' })
      .willRespondWith({ status: 200, headers: { 'Content-Type': 'application/json' }, body: { data: { greet: { id: MatchersV3.integer(1) } } } });
    await provider.executeTest(async (mockServer) => {
      const { status } = await post(`${mockServer.url}/graphql`, { operationName: 'Greet', query: 'mutation Greet($name: String!) {\n  greet(name: $name) {\n    id\n  }\n}', variables: { name: 'Ann' } });
      expect(status).toBe(200);
    });
  });

  it('asks hello (PactV4 addGraphQLInteraction)', async () => {
    const pact = new PactV4({ consumer: consumers.v4, provider: providerName, dir: pactDir });
    await pact
      .addGraphQLInteraction()
      .given('hello is available')
      .uponReceiving('a hello query')
      .withOperation('HelloQuery')
      .withVariables({ name: 'Ann' })
      .withRequest('POST', '/graphql', (builder) => builder.headers({ Accept: 'application/json' }))
      .withQuery(helloQuery)
      .willRespondWith(200, (builder) => builder.jsonBody({ data: { hello: MatchersV3.like('Hello Ann') } }))
      .executeTest(async (mockServer) => {
        const response = await fetch(`${mockServer.url}/graphql`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ operationName: 'HelloQuery', query: 'query HelloQuery($name: String) { hello(name: $name) }', variables: { name: 'Ann' } }),
        });
        expect(response.status).toBe(200);
      });
  });
});
