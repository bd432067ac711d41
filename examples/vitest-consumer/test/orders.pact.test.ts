import { describe, expect, test } from 'vitest';
import { decimal, eachLike, integer, iso8601DateTime, like, pact, regex, uuid } from '@pactwright/vitest-plugin';
import { UsersOrdersClient } from '../src/client.js';

const bearer = regex('^Bearer [A-Za-z0-9._-]+$', 'Bearer test-token');
const order = {
  id: uuid('5f1c2a9e-3b7d-4c6e-9a1f-2d3e4f5a6b7c'),
  userId: integer(42),
  status: regex('^(open|shipped|cancelled)$', 'open'),
  lines: eachLike({ productId: integer(1001), quantity: integer(2) }),
  total: decimal(19.9),
  createdAt: iso8601DateTime('2026-11-02T10:15:30Z'),
};

// `pact` as an import, with Vitest's own `test`.
describe('UsersOrdersClient orders', () => {
  const client = (): UsersOrdersClient => new UsersOrdersClient(pact.url, 'test-token');

  test('listOrders filters by user and status', async () => {
    pact
      .given('user 42 has open orders')
      .uponReceiving('a request for the open orders of user 42')
      .withRequest({
        method: 'GET',
        path: '/orders',
        query: { userId: '42', status: 'open' },
        headers: { Accept: 'application/json', Authorization: bearer },
      })
      .willRespondWith({ status: 200, headers: { 'Content-Type': 'application/json' }, body: eachLike(order) });

    const orders = await client().listOrders(42, 'open');
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ userId: 42, status: 'open', lines: [{ productId: 1001, quantity: 2 }] });
  });

  test('createOrder sends the lines and reads the created order', async () => {
    pact
      .given('user 42 exists')
      .given('product 1001 is in stock', { productId: 1001 })
      .uponReceiving('a request to create an order')
      .withRequest({
        method: 'POST',
        path: '/orders',
        headers: { 'Content-Type': 'application/json', Authorization: bearer },
        body: { userId: 42, lines: eachLike({ productId: integer(1001), quantity: integer(2) }) },
      })
      .willRespondWith({ status: 201, headers: { 'Content-Type': 'application/json' }, body: like(order) });

    const created = await client().createOrder(42, [{ productId: 1001, quantity: 2 }]);
    expect(created.status).toBe('open');
    expect(created.lines).toEqual([{ productId: 1001, quantity: 2 }]);
  });
});
