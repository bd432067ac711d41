// What the drop-in promises besides pact files: no silent data loss, executeTest's lifecycle,
// and clear errors for what it does not do.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import https from 'node:https';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApolloGraphQLInteraction, DslError, GraphQLInteraction, GraphQLPactV3, MatchersV3, PactV2, PactV3, PactV4, PactVerificationError } from '../src/index.js';
import { pactDir } from './consumer/golden.js';

const dir = join(pactDir, 'behaviour');
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

describe('no silent data loss', () => {
  it("takes Pact JS's V2 `state` in the object form as a provider state", async () => {
    const provider = new PactV3({ consumer: 'web', provider: 'states', dir });
    provider.addInteraction({ state: 'user 1 exists', uponReceiving: 'a request for user 1', withRequest: { method: 'GET', path: '/users/1' }, willRespondWith: { status: 200 } } as never);
    await provider.executeTest(async (mockServer) => fetch(`${mockServer.url}/users/1`));
    const pact = JSON.parse(readFileSync(join(dir, 'web-states.json'), 'utf8')) as { interactions: Array<{ providerStates: unknown }> };
    expect(pact.interactions[0]?.providerStates).toEqual([{ name: 'user 1 exists' }]);
  });

  it('refuses a key neither Pact JS nor Pactwright knows, naming the closest one', () => {
    const provider = new PactV3({ consumer: 'web', provider: 'typos', dir });
    expect(() =>
      provider.addInteraction({ uponReceiving: 'x', withRequest: { method: 'GET', path: '/' }, willRespondWith: { status: 200 }, staets: [] } as never),
    ).toThrow(/staets[\s\S]*states/);
    expect(() => provider.addInteraction({ uponReceiving: 'x', withRequest: { method: 'GET', path: '/' }, willRespondWith: { status: 200 }, staets: [] } as never)).toThrow(DslError);
  });
});

describe('executeTest', () => {
  it('closes its server and starts clean after a failure, writing nothing', async () => {
    const provider = new PactV3({ consumer: 'web', provider: 'lifecycle', dir });
    provider.uponReceiving('a request never sent').withRequest({ method: 'GET', path: '/never' }).willRespondWith({ status: 200 });
    let port = 0;
    const failed = provider.executeTest(async (mockServer) => {
      port = mockServer.port;
    });
    await expect(failed).rejects.toBeInstanceOf(PactVerificationError);
    await expect(failed).rejects.toThrow(/Expected request was not received: "a request never sent"/);
    expect(await listening(port)).toBe(false);
    expect(existsSync(join(dir, 'web-lifecycle.json'))).toBe(false);
    // The same instance, reused: only the new interaction is served and written.
    provider.uponReceiving('a health check').withRequest({ method: 'GET', path: '/health' }).willRespondWith({ status: 200, body: MatchersV3.like({ ok: true }) });
    const value = await provider.executeTest(async (mockServer) => (await fetch(`${mockServer.url}/health`)).status);
    expect(value).toBe(200);
    const pact = JSON.parse(readFileSync(join(dir, 'web-lifecycle.json'), 'utf8')) as { interactions: Array<{ description: string }> };
    expect(pact.interactions.map((interaction) => interaction.description)).toEqual(['a health check']);
  });

  it('serves HTTPS with tls: true', async () => {
    const provider = new PactV3({ consumer: 'web', provider: 'secure', dir, tls: true });
    provider.uponReceiving('a secure request').withRequest({ method: 'GET', path: '/secure' }).willRespondWith({ status: 200 });
    const status = await provider.executeTest(async (mockServer) => {
      expect(mockServer.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      return new Promise<number | undefined>((resolve, reject) => {
        https.get(`${mockServer.url}/secure`, { rejectUnauthorized: false }, (response) => {
          response.resume();
          resolve(response.statusCode);
        }).on('error', reject);
      });
    });
    expect(status).toBe(200);
  });

  it('fails with a plain-text message, as Pact JS does, even where colour is forced (CI)', async () => {
    vi.stubEnv('FORCE_COLOR', '1');
    vi.stubEnv('CI', 'true');
    try {
      const provider = new PactV3({ consumer: 'web', provider: 'plain', dir });
      provider.uponReceiving('a request never sent').withRequest({ method: 'GET', path: '/never' }).willRespondWith({ status: 200 });
      const error = (await provider.executeTest(async () => undefined).catch((caught: unknown) => caught)) as Error;
      expect(error).toBeInstanceOf(PactVerificationError);
      expect(error.message).toContain('Expected request was not received: "a request never sent"');
      expect(error.message.includes('\u001b[')).toBe(false);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('refuses Pact plugins with a message saying why', () => {
    const pact = new PactV4({ consumer: 'web', provider: 'plugins', dir });
    expect(() => pact.addInteraction().usingPlugin({ plugin: 'protobuf', version: '0.3.0' })).toThrow(/plugins are not supported/);
  });
});

describe('PactV2', () => {
  it('fails verify() with the report, drops what removeInteractions() removed, and writes only verified interactions', async () => {
    const provider = new PactV2({ consumer: 'web', provider: 'v2-lifecycle', dir });
    await provider.setup();
    try {
      await provider.addInteraction({ state: undefined, uponReceiving: 'a request never sent', withRequest: { method: 'GET', path: '/never' }, willRespondWith: { status: 200 } });
      await expect(provider.verify()).rejects.toThrow(/Expected request was not received: "a request never sent"/);
      await provider.addInteraction({ state: undefined, uponReceiving: 'a request removed', withRequest: { method: 'GET', path: '/removed' }, willRespondWith: { status: 200 } });
      await provider.removeInteractions();
      await provider.addInteraction({ state: 'up', uponReceiving: 'a health check', withRequest: { method: 'GET', path: '/health' }, willRespondWith: { status: 200 } });
      expect((await fetch(`${provider.mockService?.baseUrl}/health`)).status).toBe(200);
      await provider.verify();
    } finally {
      await provider.finalize();
    }
    const pact = JSON.parse(readFileSync(join(dir, 'web-v2-lifecycle.json'), 'utf8')) as { metadata: unknown; interactions: Array<{ description: string; providerState?: string }> };
    expect(pact.metadata).toMatchObject({ pactSpecification: { version: '2.0.0' } });
    expect(pact.interactions).toEqual([expect.objectContaining({ description: 'a health check', providerState: 'up' })]);
  });
});

describe('bad input', () => {
  it('fails the constructor on a missing consumer, a bad port or an unknown spec, naming the option', () => {
    expect(() => new PactV3({ provider: 'p' } as never)).toThrow('consumer: is required but was not set. Set it in the options of new PactV3({ … })');
    expect(() => new PactV4({ consumer: 'c', provider: 'p', port: -5 })).toThrow('port: expected a port number from 0 to 65535');
    expect(() => new PactV3({ consumer: 'c', provider: 'p', spec: 9 as never })).toThrow('spec: expected a SpecificationVersion (3 = V2, 4 = V3, 5 = V4), got 9');
    expect(() => new PactV2({ consumer: 'c', provider: 'p', spec: 7 })).toThrow('spec: expected 2, 3 or 4, got 7');
  });

  it('names the call and the file when a body file cannot be read', () => {
    const pact = new PactV4({ consumer: 'c', provider: 'p', dir });
    expect(() => pact.addInteraction().uponReceiving('x').withRequest('GET', '/', (builder) => builder.binaryFile('image/png', '/no/such.png'))).toThrow(
      'withRequest.binaryFile: cannot read "/no/such.png": ENOENT',
    );
    expect(() => new PactV3({ consumer: 'c', provider: 'p', dir }).uponReceiving('x').withRequestBinaryFile({ method: 'POST', path: '/' }, 'image/png', '/no/such.png')).toThrow(DslError);
  });
});

describe('GraphQL requests', () => {
  const build = (interaction: GraphQLInteraction): Record<string, unknown> =>
    interaction.uponReceiving('q').withQuery('{ a }').withRequest({ method: 'POST', path: '/graphql' }).willRespondWith({ status: 200 }).json().withRequest.body as Record<string, unknown>;

  it("sends Apollo's operationName null and variables {} unless set, and only what was set otherwise", () => {
    expect(build(new ApolloGraphQLInteraction())).toMatchObject({ operationName: null, variables: {} });
    expect(Object.keys(build(new GraphQLInteraction())).sort()).toEqual(['query']);
    expect(build(new GraphQLInteraction().withOperation('A').withVariables({ id: 1 }))).toMatchObject({ operationName: 'A', variables: { id: 1 } });
  });

  it('GraphQLPactV3 starts each interaction without the previous one\'s operation and variables', async () => {
    const provider = new GraphQLPactV3({ consumer: 'web', provider: 'graphql-parts', dir });
    provider.uponReceiving('first').withQuery('{ a }').withOperation('First').withVariables({ id: 1 }).withRequest({ method: 'POST', path: '/graphql' }).willRespondWith({ status: 200 });
    provider.uponReceiving('second').withQuery('{ b }').withRequest({ method: 'POST', path: '/graphql' }).willRespondWith({ status: 200 });
    await provider.executeTest(async (mockServer) => {
      for (const body of [{ query: '{ a }', operationName: 'First', variables: { id: 1 } }, { query: '{ b }' }]) {
        const response = await fetch(`${mockServer.url}/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        expect(response.status).toBe(200);
      }
    });
    const pact = JSON.parse(readFileSync(join(dir, 'web-graphql-parts.json'), 'utf8')) as { interactions: Array<{ description: string; request: { body: Record<string, unknown> } }> };
    const second = pact.interactions.find((interaction) => interaction.description === 'second');
    expect(Object.keys(second?.request.body ?? {})).toEqual(['query']);
  });
});
