import { test } from '@jest/globals';
import { eachLike, integer, pact, regex } from '@pactwright/jest-env';
import type { OrderStatus } from '../src/client';
import { UsersOrdersClient } from '../src/client';

const client = (): UsersOrdersClient => new UsersOrdersClient({ baseUrl: pact.url, token: 'test-token' });

test('createOrder sends the quantity as a string (a bug the pact catches)', async () => {
  pact
    .given('user 42 exists')
    .uponReceiving('a request to create an order')
    .withRequest({
      method: 'POST',
      path: '/orders',
      headers: { 'Content-Type': 'application/json' },
      body: { userId: 42, lines: eachLike({ productId: integer(1001), quantity: integer(2) }) },
    })
    .willRespondWith({ status: 201 });

  // The form hands the raw input value over: "2", not 2.
  await client()
    .createOrder(42, [{ productId: 1001, quantity: '2' as unknown as number }])
    .catch(() => undefined);
});

test('listOrders forgets the limit and shouts the status', async () => {
  pact
    .given('user 42 has open orders')
    .uponReceiving('a request for the open orders of user 42')
    .withRequest({ method: 'GET', path: '/orders', query: { userId: '42', status: 'open', limit: regex('^\\d+$', '10') } })
    .willRespondWith({ status: 200, body: eachLike({ id: integer(1) }) });

  // The mock server answers an unmatched request with 500, so the client throws and the test fails
  // on its own too; the pact report is added to it, to say why.
  await client().listOrders({ userId: 42, status: 'OPEN' as OrderStatus });
});
