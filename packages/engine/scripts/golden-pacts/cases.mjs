// The golden interactions, written once against a matcher namespace so that Pact JS (which
// writes the reference pact files) and Pactwright's DSL (whose compiled output the tests compare
// with those files) build exactly the same thing. Only plain data and matcher calls in here.

/**
 * @param {any} M  Pact JS `MatchersV3` or Pactwright's `MatchersV3`.
 * @returns {Array<{ provider: string, interactions: Array<object> }>}
 */
export function goldenCases(M) {
  return [
    {
      provider: 'golden-orders',
      interactions: [
        {
          states: [{ description: 'customer 42 has orders', parameters: { customerId: 42 } }, { description: 'the user is logged in' }],
          uponReceiving: 'a request for the open orders of a customer',
          withRequest: {
            method: 'GET',
            path: M.regex('/customers/\\d+/orders', '/customers/42/orders'),
            query: { status: M.regex('open|closed', 'open'), page: '1', tag: ['a', 'b'] },
            headers: { Accept: 'application/json', Authorization: M.regex('Bearer [A-Za-z0-9]+', 'Bearer abc123') },
          },
          willRespondWith: {
            status: 200,
            headers: {
              'Content-Type': M.regex('application/json.*', 'application/json; charset=utf-8'),
              'X-Request-Id': M.uuid(),
            },
            body: M.like({
              customerId: M.integer(42),
              orders: M.eachLike({
                id: M.uuid('0b8b9a4e-2f43-4a4e-9e56-7c1d2b3a4f5e'),
                total: M.decimal(12.5),
                lines: M.eachLike({ sku: M.string('A-1'), qty: M.integer(2) }, 2),
                createdAt: M.datetime("yyyy-MM-dd'T'HH:mm:ss", '2024-01-02T03:04:05'),
                'key with space': M.string('x'),
              }),
              matrix: M.eachLike(M.eachLike(M.integer(1))),
              plainMatrix: [[1, 2], [3]],
              count: M.integer(),
              score: M.number(),
              ratio: M.decimal(),
              nextCursor: M.nullValue(),
            }),
          },
        },
        {
          states: [{ description: 'customer 42 exists' }],
          uponReceiving: 'a request to place an order',
          withRequest: {
            method: 'POST',
            path: '/customers/42/orders',
            headers: { 'Content-Type': 'application/json' },
            body: {
              lines: M.eachLike({ sku: 'A-1', qty: M.integer(1) }),
              note: M.includes('gift'),
              contact: M.email(),
            },
          },
          willRespondWith: {
            status: 201,
            headers: { Location: M.regex('/orders/\\d+', '/orders/7') },
            body: {
              id: M.integer(7),
              status: M.equal('created'),
              ip: M.ipv4Address(),
              flags: M.atLeastLike(M.boolean(), 2, 3),
              tags: M.atMostLike(M.string('t'), 3, 2),
              sizes: M.constrainedArrayLike(M.integer(1), 1, 4, 2),
              hex: M.hexadecimal(),
              at: M.iso8601DateTimeWithMillis(),
              day: M.iso8601Date(),
              stamp: M.iso8601DateTime(),
            },
          },
        },
        {
          states: [{ description: 'order 7 is open' }],
          uponReceiving: 'a request to cancel order 7',
          withRequest: { method: 'PUT', path: '/orders/7', body: { status: M.string('cancelled'), reasons: [M.string('late')] } },
          willRespondWith: { status: 204 },
        },
        {
          states: [],
          uponReceiving: 'a health check',
          withRequest: { method: 'GET', path: '/health' },
          willRespondWith: { status: 200, headers: { 'Content-Type': 'text/plain' }, body: 'OK' },
        },
      ],
    },
    {
      provider: 'golden-catalog',
      interactions: [
        {
          states: [{ description: 'the catalog has items' }],
          uponReceiving: 'a request for all items',
          withRequest: {
            method: 'GET',
            path: '/items',
            query: { ids: [M.regex('\\d+', '1'), '2'], q: M.string('lamp') },
          },
          willRespondWith: {
            status: 200,
            body: M.atLeastOneLike({
              id: M.integer(1),
              '1st': M.string('first'),
              'kebab-key': M.boolean(),
              'dot.key': M.string(),
              under_score: M.ipv6Address(),
              Camel: M.iso8601Time(),
              released: M.date('yyyy-MM-dd', '2024-02-29'),
              opens: M.time('HH:mm', '09:30'),
              modified: M.rfc1123Timestamp(),
              prices: M.eachKeyLike('EUR', { amount: M.decimal(9.99) }),
            }),
          },
        },
        {
          states: [{ description: 'item 1 exists', parameters: { id: 1 } }],
          uponReceiving: 'a request for item 1',
          withRequest: {
            method: 'GET',
            path: M.fromProviderState('/items/${id}', '/items/1'),
            headers: { Accept: ['application/json', 'text/plain'] },
          },
          willRespondWith: {
            status: 200,
            headers: { 'Content-Type': 'application/json' },
            body: {
              id: M.fromProviderState('${id}', 1),
              labels: M.eachKeyMatches({ en: 'Lamp' }, M.regex('[a-z]{2}', 'en')),
              stock: M.eachValueMatches({ berlin: 3 }, M.integer(3)),
              related: M.arrayContaining({ id: M.integer(2) }, M.string('x')),
              self: M.url(['items', M.regex('\\d+', '1')]),
              nested: { deeper: [{ a: M.integer(1) }, M.like({ b: 'c' })] },
            },
          },
        },
      ],
    },
  ];
}

/**
 * Where the golden pact files are kept (relative to this folder).
 */
export const GOLDEN_DIR = '../../test/dsl/golden';
