import assert from 'node:assert/strict';
import { email, eachLike, integer, like, pact, regex, string } from '@pactwright/mocha-hooks';
import { ShopClient } from '../src/shop-client.js';

const authorization = regex(/^Bearer [A-Za-z0-9._-]+$/, 'Bearer test-token');

describe('ShopClient users', () => {
  let client: ShopClient;

  // The file's mock server is already running when the suite's own hooks run.
  before(() => {
    client = new ShopClient(pact.url, 'test-token');
  });

  it('gets a user by id', async () => {
    pact
      .given('a user exists', { id: 1 })
      .uponReceiving('a request for user 1')
      .withRequest({ method: 'GET', path: '/users/1', headers: { Accept: 'application/json', Authorization: authorization } })
      .willRespondWith({
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        body: like({ id: integer(1), name: string('Ann Lee'), email: email('ann@example.com') }),
      });

    assert.deepEqual(await client.getUser(1), { id: 1, name: 'Ann Lee', email: 'ann@example.com' });
  });

  it('answers undefined for an unknown user', async function () {
    // `this.pact` is the same handle as the imported `pact`.
    this.pact
      .given('no user has id 404')
      .uponReceiving('a request for a missing user')
      .withRequest({ method: 'GET', path: '/users/404', headers: { Authorization: authorization } })
      .willRespondWith({ status: 404 });

    assert.equal(await client.getUser(404), undefined);
  });

  it('finds users by name', async () => {
    pact
      .given('users named Ann exist')
      .uponReceiving('a search for users named Ann')
      .withRequest({ method: 'GET', path: '/users', query: { name: 'Ann' }, headers: { Authorization: authorization } })
      .willRespondWith({
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        body: eachLike({ id: integer(1), name: string('Ann Lee'), email: email('ann@example.com') }),
      });

    const users = await client.findUsersByName('Ann');
    assert.equal(users[0]?.name, 'Ann Lee');
  });
});
