// Golden interactions for V2 pact files, written against a V2 matcher namespace
// (`like`, `eachLike(value, { min })`, `term({ generate, matcher })`) so that Pact JS's `PactV2`
// (which writes the reference files) and Pactwright's DSL (which the test compares with them) run
// exactly the same calls. Only plain data and matcher calls in here.

/**
 * @param {{ like: Function, eachLike: Function, term: Function }} M  Pact JS `MatchersV2`, or the
 *   same three names over Pactwright's matchers.
 * @returns {Array<{ provider: string, interactions: Array<object> }>}
 */
export function goldenCasesV2(M) {
  return [
    {
      provider: 'golden-legacy',
      interactions: [
        {
          state: 'customer 42 has orders',
          uponReceiving: 'a request for the orders of a customer',
          withRequest: {
            method: 'GET',
            path: M.term({ generate: '/customers/42/orders', matcher: '/customers/\\d+/orders' }),
            query: { status: M.term({ generate: 'open', matcher: 'open|closed' }), page: '1', tag: ['a', 'b'] },
            headers: {
              Accept: 'application/json',
              'X-Api-Key': M.term({ generate: 'k-123', matcher: 'k-\\d+' }),
            },
          },
          willRespondWith: {
            status: 200,
            headers: { 'Content-Type': M.term({ generate: 'application/json; charset=utf-8', matcher: 'application/json.*' }) },
            body: {
              customerId: M.like(42),
              orders: M.eachLike({ id: M.like(7), total: M.like(12.5), 'key with space': M.like('x') }, { min: 2 }),
              status: M.term({ generate: 'open', matcher: 'open|closed' }),
              plain: [1, 2],
            },
          },
        },
        {
          state: 'customer 42 exists',
          uponReceiving: 'a request to place an order',
          withRequest: {
            method: 'POST',
            path: '/customers/42/orders',
            headers: { 'Content-Type': 'application/json' },
            body: { lines: M.eachLike({ sku: 'A-1', qty: M.like(1) }), note: 'gift' },
          },
          willRespondWith: {
            status: 201,
            headers: { Location: M.term({ generate: '/orders/7', matcher: '/orders/\\d+' }) },
            body: M.like({ id: 7, status: 'created' }),
          },
        },
        {
          uponReceiving: 'a health check',
          withRequest: { method: 'GET', path: '/health', query: { verbose: 'true' } },
          willRespondWith: { status: 200, headers: { 'Content-Type': 'text/plain' }, body: 'OK' },
        },
        {
          uponReceiving: 'a request to delete order 7',
          withRequest: { method: 'DELETE', path: '/orders/7' },
          willRespondWith: { status: 204 },
        },
      ],
    },
  ];
}
