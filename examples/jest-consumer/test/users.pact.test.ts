import { describe, expect, test } from '@jest/globals';
import { eachLike, email, integer, like, pact, regex, string } from '@pactwright/jest-env';
import { ApiError, UsersOrdersClient } from '../src/client';

const bearer = regex('^Bearer [A-Za-z0-9._-]+$', 'Bearer test-token');

describe('UsersOrdersClient users', () => {
  const client = (): UsersOrdersClient => new UsersOrdersClient({ baseUrl: pact.url, token: 'test-token' });

  test('getUser reads a user', async () => {
    pact
      .given('a user exists', { id: 42 })
      .uponReceiving('a request for user 42')
      .withRequest({
        method: 'GET',
        path: regex('^/users/\\d+$', '/users/42'),
        headers: { Accept: 'application/json', Authorization: bearer },
      })
      .willRespondWith({
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        body: like({ id: integer(42), name: string('Ada Lovelace'), email: email('ada@example.com'), roles: eachLike('admin') }),
      });

    await expect(client().getUser(42)).resolves.toEqual({ id: 42, name: 'Ada Lovelace', email: 'ada@example.com', roles: ['admin'] });
  });

  test('getUser turns a 404 into an ApiError', async () => {
    pact
      .given('no user exists', { id: 7 })
      .uponReceiving('a request for a user that does not exist')
      .withRequest({ method: 'GET', path: '/users/7', headers: { Authorization: bearer } })
      .willRespondWith({ status: 404, headers: { 'Content-Type': 'application/json' }, body: { error: string('user 7 not found') } });

    const failure = client().getUser(7);
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 404 });
  });
});
