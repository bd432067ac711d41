import assert from 'node:assert/strict';
import { atLeastOneLike, integer, iso8601DateTimeWithMillis, like, pact, regex, string } from '@pactwright/mocha-hooks';
import { ShopClient } from '../src/shop-client.js';

const order = {
  id: integer(42),
  userId: integer(1),
  status: regex(/^(open|shipped)$/, 'open'),
  items: atLeastOneLike({ sku: string('BOOK-1'), quantity: integer(2) }),
  createdAt: iso8601DateTimeWithMillis('2026-11-24T10:00:00.000Z'),
};

describe('ShopClient orders', () => {
  it('lists the open orders of a user', async () => {
    pact
      .given('user 1 has open orders')
      .uponReceiving("a request for user 1's open orders")
      .withRequest({ method: 'GET', path: '/users/1/orders', query: { status: 'open' } })
      .willRespondWith({ status: 200, headers: { 'Content-Type': 'application/json' }, body: atLeastOneLike(order) });

    const orders = await new ShopClient(pact.url, 'test-token').listOrders(1, 'open');
    assert.equal(orders[0]?.status, 'open');
    assert.equal(orders[0]?.items[0]?.sku, 'BOOK-1');
  });

  it('creates an order', async () => {
    pact
      .given('user 1 exists', { id: 1 })
      .uponReceiving('a request to create an order')
      .withRequest({
        method: 'POST',
        path: '/orders',
        headers: { 'Content-Type': 'application/json' },
        body: { userId: 1, items: [{ sku: 'BOOK-1', quantity: 2 }] },
      })
      .willRespondWith({ status: 201, headers: { 'Content-Type': 'application/json' }, body: like(order) });

    const created = await new ShopClient(pact.url, 'test-token').createOrder(1, [{ sku: 'BOOK-1', quantity: 2 }]);
    assert.equal(created.id, 42);
  });
});
