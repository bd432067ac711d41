import { describe, expect } from 'vitest';
import { eachLike, email, integer, like, regex, string, test } from '@pactwright/vitest-plugin';
import { ApiError, UsersOrdersClient } from '../src/client.js';

const bearer = regex('^Bearer [A-Za-z0-9._-]+$', 'Bearer test-token');
const user = { id: integer(1), name: string('Ann'), email: email('ann@example.com'), roles: eachLike('admin') };

// `pact` as a test-context fixture.
describe('UsersOrdersClient users', () => {
  test('getUser reads one user', async ({ pact }) => {
    pact
      .given('user 1 exists', { id: 1 })
      .uponReceiving('a request for user 1')
      .withRequest({ method: 'GET', path: '/users/1', headers: { Accept: 'application/json', Authorization: bearer } })
      .willRespondWith({ status: 200, headers: { 'Content-Type': 'application/json' }, body: like(user) });

    const found = await new UsersOrdersClient(pact.url, 'test-token').getUser(1);
    expect(found).toEqual({ id: 1, name: 'Ann', email: 'ann@example.com', roles: ['admin'] });
  });

  test('findUsers filters by role', async ({ pact }) => {
    pact
      .given('there are admins')
      .uponReceiving('a search for admins')
      .withRequest({ method: 'GET', path: '/users', query: { role: 'admin' }, headers: { Authorization: bearer } })
      .willRespondWith({ status: 200, headers: { 'Content-Type': 'application/json' }, body: eachLike(user) });

    const admins = await new UsersOrdersClient(pact.url, 'test-token').findUsers('admin');
    expect(admins[0]?.roles).toContain('admin');
  });

  test('getUser reports a missing user', async ({ pact }) => {
    pact
      .given('user 404 does not exist')
      .uponReceiving('a request for a missing user')
      .withRequest({ method: 'GET', path: '/users/404' })
      .willRespondWith({ status: 404, headers: { 'Content-Type': 'application/json' }, body: { error: string('not found') } });

    const error = await new UsersOrdersClient(pact.url, 'test-token').getUser(404).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
  });
});
