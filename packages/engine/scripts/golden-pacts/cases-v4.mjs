// Golden interactions that only V4 pact files carry (pending, comments, test name) and the V4
// matchers whose written rules differ most between writers. Written against a matcher namespace,
// like cases.mjs; the V4 fields are plain keys that make-golden.mjs turns into PactV4 calls and the
// test into Pactwright DSL calls.

/**
 * @param {any} M  Pact JS `MatchersV3` or Pactwright's `MatchersV3`.
 * @returns {Array<{ provider: string, interactions: Array<object> }>}
 */
export function goldenCasesV4(M) {
  return [
    {
      provider: 'golden-widgets',
      interactions: [
        {
          states: [{ description: 'widgets exist', parameters: { count: 2 } }, { description: 'the user is logged in' }],
          uponReceiving: 'a request for widgets',
          pending: true,
          comments: ['written from the widget list page', 'prices are in EUR'],
          testName: 'widget list shows prices',
          withRequest: {
            method: 'GET',
            path: M.regex('/widgets/\\d+', '/widgets/1'),
            query: { tag: [M.regex('a|b', 'a'), M.regex('a|b', 'b')], page: '1' },
            headers: { Accept: 'application/json' },
          },
          willRespondWith: {
            status: 200,
            headers: { 'Content-Type': 'application/json' },
            body: {
              widgets: M.eachKeyMatches(
                { 'WIDGET-001': { name: M.string('Lamp'), price: M.decimal(19.99) } },
                M.regex('WIDGET-\\d+', 'WIDGET-001'),
              ),
              stock: M.eachValueMatches({ berlin: { count: M.integer(3) } }, M.integer(3)),
              list: M.eachLike({ id: M.integer(1) }),
            },
          },
        },
        {
          states: [],
          uponReceiving: 'a request to rename a widget',
          withRequest: {
            method: 'PUT',
            path: '/widgets/1/name',
            headers: { 'Content-Type': 'text/plain' },
            body: 'Desk lamp',
          },
          willRespondWith: { status: 204 },
        },
        {
          states: [],
          uponReceiving: 'a request for any widget colour',
          withRequest: { method: 'GET', path: '/widgets/1/colour' },
          // A status rule as integration JSON: the shape both Pact JS and Pactwright take.
          willRespondWith: { status: { 'pact:matcher:type': 'statusCode', status: 'success', value: 200 } },
        },
      ],
    },
  ];
}
