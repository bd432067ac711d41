// The older matcher names (MatchersV2: term, somethingLike, eachLike with min, the format
// matchers), a binary file upload and extra request rules, in PactV3 style as Pact JS's older
// examples write them.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MatchersV2, PactV3 } from '@pact-foundation/pact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGolden, pactDir } from './golden.js';

const { term, somethingLike, eachLike, email, uuid, iso8601DateTime, iso8601Date, ipv4Address, hexadecimal, integer, decimal, boolean, string } = MatchersV2;
const consumer = 'pactwright-pact-matchers-v2';
const providerName = 'account-service';
const pixel = fileURLToPath(new URL('./fixtures/pixel.png', import.meta.url));

const provider = new PactV3({ consumer, provider: providerName, dir: pactDir });

describe('the account service (MatchersV2)', () => {
  beforeAll(() => rmSync(join(pactDir, `${consumer}-${providerName}.json`), { force: true }));
  afterAll(() => expectGolden(consumer, providerName));

  it('gets an account with V2 matchers', async () => {
    provider
      .given('an account exists')
      .uponReceiving('a request for an account')
      .withRequest({ method: 'GET', path: term({ generate: '/accounts/42', matcher: '/accounts/\\d+' }), headers: { Accept: term({ generate: 'application/json', matcher: 'application/.*json' }) } })
      .willRespondWith({
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        body: {
          id: integer(42),
          balance: decimal(100.5),
          active: boolean(),
          owner: somethingLike({ name: string('Ann'), email: email() }),
          reference: uuid(),
          opened: iso8601Date(),
          updated: iso8601DateTime(),
          ip: ipv4Address(),
          colour: hexadecimal(),
          transactions: eachLike({ amount: integer(10), kind: term({ generate: 'debit', matcher: 'debit|credit' }) }, { min: 2 }),
        },
      });
    await provider.executeTest(async (mockServer) => {
      const response = await fetch(`${mockServer.url}/accounts/42`, { headers: { Accept: 'application/json' } });
      const account = (await response.json()) as { id: number; transactions: unknown[] };
      expect(account.id).toBe(42);
      expect(account.transactions).toHaveLength(2);
    });
  });

  it('uploads a statement file', async () => {
    provider
      .uponReceiving('a statement upload')
      .withRequestBinaryFile({ method: 'POST', path: '/accounts/42/statement' }, 'image/png', pixel)
      .willRespondWith({ status: 201 });
    await provider.executeTest(async (mockServer) => {
      const body = await import('node:fs').then((fs) => fs.readFileSync(pixel));
      expect((await fetch(`${mockServer.url}/accounts/42/statement`, { method: 'POST', headers: { 'Content-Type': 'image/png' }, body })).status).toBe(201);
    });
  });

  it('filters with an extra rule on the query', async () => {
    provider
      .uponReceiving('a filtered list of accounts')
      .withRequestMatchingRules(
        { method: 'GET', path: '/accounts', query: { owner: 'ann' } },
        { query: { path: 'owner', rules: [MatchersV2.regex({ generate: 'ann', matcher: '[a-z]+' })] } },
      )
      .willRespondWith({ status: 200, body: [] });
    await provider.executeTest(async (mockServer) => {
      expect((await fetch(`${mockServer.url}/accounts?owner=bob`)).status).toBe(200);
    });
  });

  it('extracts the example of a template', () => {
    expect(MatchersV2.extractPayload({ id: integer(42), tags: eachLike('x', { min: 2 }) })).toEqual({ id: 42, tags: ['x', 'x'] });
    expect(MatchersV2.isMatcher(somethingLike(1))).toBe(true);
  });
});
