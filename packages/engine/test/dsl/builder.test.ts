// The builder: the model interactions it hands to the sink, and its ordering/duplicate errors.
import { describe, expect, it } from 'vitest';
import { PactBuilder, interactionBuilder } from '../../src/dsl/builder.js';
import { eachKeyMatches, eachLike, eachValueMatches, decimal, integer, like, regex, string, uuid, matchStatus, fromProviderState } from '../../src/dsl/matchers/index.js';
import { DslError } from '../../src/errors.js';
import type { HttpInteraction } from '../../src/model/types.js';

function collect(): { builder: PactBuilder; got: HttpInteraction[] } {
  const got: HttpInteraction[] = [];
  return { builder: interactionBuilder((i) => got.push(i)), got };
}

const text = (i: HttpInteraction, part: 'request' | 'response'): string | undefined => {
  const b = i[part].body;
  return b.kind === 'present' ? Buffer.from(b.content).toString('utf8') : undefined;
};

describe('building interactions', () => {
  it('the api.md example becomes a complete model interaction', () => {
    const { builder, got } = collect();
    builder
      .given('user 1 exists', { id: 1 })
      .uponReceiving('a request for user 1')
      .withRequest({ method: 'GET', path: '/users/1', query: { full: 'true' }, headers: { Accept: 'application/json' } })
      .willRespondWith({ status: 200, headers: { 'Content-Type': 'application/json' }, body: like({ id: integer(1), name: string('Ann'), tags: eachLike('admin') }) });
    expect(got).toHaveLength(1);
    const i = got[0]!;
    expect(i.type).toBe('Synchronous/HTTP');
    expect(i.providerStates).toEqual([{ name: 'user 1 exists', params: { id: 1 } }]);
    expect(i.request).toEqual({ method: 'GET', path: '/users/1', query: { full: ['true'] }, headers: { Accept: ['application/json'] }, body: { kind: 'missing' } });
    expect(i.response.status).toBe(200);
    expect(i.response.headers).toEqual({ 'Content-Type': ['application/json'] });
    expect(JSON.parse(text(i, 'response')!)).toEqual({ id: 1, name: 'Ann', tags: ['admin'] });
    expect(i.response.matchingRules?.body).toEqual({
      $: { combine: 'AND', matchers: [{ match: 'type' }] },
      '$.id': { combine: 'AND', matchers: [{ match: 'integer' }] },
      '$.name': { combine: 'AND', matchers: [{ match: 'type' }] },
      '$.tags': { combine: 'AND', matchers: [{ match: 'type', min: 1 }] },
    });
  });

  it('several states, query as a string or with arrays and matchers, list headers split', () => {
    const { builder, got } = collect();
    builder.given('a').given('b', { n: [1, null] }).uponReceiving('q1').withRequest({ method: 'GET', path: '/s', query: 'q=a+b&ids=1&ids=2&flag' }).willRespondWith({ status: 200 });
    builder
      .uponReceiving('q2')
      .withRequest({ method: 'GET', path: '/s', query: { ids: ['1', regex('\\d+', '2')], q: regex('[a-z]+', 'x') }, headers: { Accept: 'application/json, text/plain', 'X-Id': uuid() } })
      .willRespondWith({ status: 200 });
    expect(got[0]!.providerStates).toEqual([{ name: 'a' }, { name: 'b', params: { n: [1, null] } }]);
    expect(got[0]!.request.query).toEqual({ q: ['a b'], ids: ['1', '2'], flag: [null] });
    expect(got[1]!.request.query).toEqual({ ids: ['1', '2'], q: ['x'] });
    expect(got[1]!.request.matchingRules?.query).toEqual({
      ids: { combine: 'AND', matchers: [{ match: 'regex', regex: '\\d+' }] },
      q: { combine: 'AND', matchers: [{ match: 'regex', regex: '[a-z]+' }] },
    });
    expect(got[1]!.request.headers).toEqual({ Accept: ['application/json', 'text/plain'], 'X-Id': ['e2490de5-5bd3-43d5-b7c4-526e33f71304'] });
    expect(got[1]!.request.generators).toEqual({ header: { 'X-Id': { type: 'Uuid' } } });
  });

  it('path matchers and generators, status matchers', () => {
    const { builder, got } = collect();
    builder
      .uponReceiving('p')
      .withRequest({ method: 'GET', path: fromProviderState('/items/${id}', '/items/1') })
      .willRespondWith({ status: matchStatus(201, 'success') });
    expect(got[0]!.request.path).toBe('/items/1');
    expect(got[0]!.request.matchingRules).toEqual({ path: { combine: 'AND', matchers: [{ match: 'type' }] } });
    expect(got[0]!.request.generators).toEqual({ path: { type: 'ProviderState', expression: '/items/${id}' } });
    expect(got[0]!.response.status).toBe(201);
    expect(got[0]!.response.matchingRules).toEqual({ status: { combine: 'AND', matchers: [{ match: 'statusCode', status: 'success' }] } });
  });

  it('JSON bodies get Content-Type application/json on requests and responses when none is given', () => {
    const { builder, got } = collect();
    builder.uponReceiving('j').withRequest({ method: 'POST', path: '/j', body: { a: 1 } }).willRespondWith({ status: 201, body: [1] });
    expect(got[0]!.request.headers).toEqual({ 'Content-Type': ['application/json'] });
    expect(got[0]!.response.headers).toEqual({ 'Content-Type': ['application/json'] });
    expect(text(got[0]!, 'request')).toBe('{"a":1}');
  });

  it('a string body with a non-JSON content type stays text; a JSON one is a JSON string', () => {
    const { builder, got } = collect();
    builder
      .uponReceiving('t')
      .withRequest({ method: 'POST', path: '/t', headers: { 'content-type': 'text/plain' }, body: 'hello' })
      .willRespondWith({ status: 200, contentType: 'application/xml', body: '<a/>' });
    builder.uponReceiving('s').withRequest({ method: 'POST', path: '/s', body: 'hello' }).willRespondWith({ status: 200 });
    expect(text(got[0]!, 'request')).toBe('hello');
    expect(got[0]!.request.headers).toEqual({ 'content-type': ['text/plain'] });
    expect(text(got[0]!, 'response')).toBe('<a/>');
    expect(got[0]!.response.headers).toEqual({ 'Content-Type': ['application/xml'] });
    expect(text(got[1]!, 'request')).toBe('"hello"');
  });

  it('an object body with a non-JSON content type is an error', () => {
    const { builder } = collect();
    builder.uponReceiving('x');
    expect(() => builder.withRequest({ method: 'POST', path: '/x', headers: { 'Content-Type': 'text/plain' }, body: { a: 1 } })).toThrow(
      /withRequest \("x"\): body: with Content-Type text\/plain the body must be a string/,
    );
  });

  it('addInteraction (Pact JS object form) gives the same interaction as the chain', () => {
    const a = collect();
    const b = collect();
    const spec = { method: 'GET', path: '/u' };
    a.builder.given('s', { id: 1 }).uponReceiving('d').withRequest(spec).willRespondWith({ status: 200, body: { id: integer(1) } });
    b.builder.addInteraction({ states: [{ description: 's', parameters: { id: 1 } }], uponReceiving: 'd', withRequest: spec, willRespondWith: { status: 200, body: { id: integer(1) } } });
    expect(b.got).toEqual(a.got);
  });
});

describe('helpful errors', () => {
  it('withRequest without uponReceiving', () => {
    expect(() => new PactBuilder(() => {}).withRequest({ method: 'GET', path: '/' })).toThrow(DslError);
    expect(() => new PactBuilder(() => {}).withRequest({ method: 'GET', path: '/' })).toThrow(/withRequest\(GET \/\): call uponReceiving\(description\) first/);
  });

  it('a missing willRespondWith is reported when the next interaction starts', () => {
    const { builder } = collect();
    builder.uponReceiving('first').withRequest({ method: 'GET', path: '/1' });
    expect(() => builder.uponReceiving('second')).toThrow(/interaction "first" is missing willRespondWith\(\.\.\.\) \(found at uponReceiving\("second"\)\)/);
    builder.uponReceiving('third').withRequest({ method: 'GET', path: '/3' });
    expect(() => builder.given('s')).toThrow(/interaction "third" has no willRespondWith\(\): finish it before given\("s"\)/);
  });

  it('finish() reports half-built interactions', () => {
    const { builder } = collect();
    builder.uponReceiving('half');
    expect(builder.inProgress).toBe(true);
    expect(() => builder.finish()).toThrow(/interaction "half" is missing withRequest\(\.\.\.\) and willRespondWith\(\.\.\.\) \(found at the end of the test\)/);
    expect(builder.inProgress).toBe(false);
    builder.given('lonely');
    expect(() => builder.finish()).toThrow(/given\("lonely"\) was not followed by uponReceiving/);
    expect(() => builder.finish()).not.toThrow();
  });

  it('given after uponReceiving', () => {
    const { builder } = collect();
    builder.uponReceiving('d');
    expect(() => builder.given('late')).toThrow(/given\("late"\) must come before uponReceiving\("d"\)/);
  });

  it('willRespondWith without withRequest, and without anything', () => {
    const { builder } = collect();
    expect(() => builder.willRespondWith({ status: 200 })).toThrow(/call uponReceiving\(description\) and withRequest/);
    builder.uponReceiving('d');
    expect(() => builder.willRespondWith({ status: 200 })).toThrow(/interaction "d" has no withRequest/);
  });

  it('the same description and states with a different request or response', () => {
    const { builder, got } = collect();
    builder.given('s').uponReceiving('dup').withRequest({ method: 'GET', path: '/a' }).willRespondWith({ status: 200, body: { a: 1 } });
    builder.given('s').uponReceiving('dup').withRequest({ method: 'GET', path: '/a' }).willRespondWith({ status: 200, body: { a: 1 } });
    expect(got).toHaveLength(2);
    builder.given('other').uponReceiving('dup').withRequest({ method: 'GET', path: '/b' }).willRespondWith({ status: 200 });
    expect(got).toHaveLength(3);
    builder.given('s').uponReceiving('dup').withRequest({ method: 'GET', path: '/a' });
    expect(() => builder.willRespondWith({ status: 200, body: { a: 2 } })).toThrow(/interaction "dup" given "s" is defined twice with a different request or response/);
    expect(got).toHaveLength(3);
  });

  it('provider-state params must be JSON (checked at run time for JavaScript callers)', () => {
    const { builder } = collect();
    const loose = builder as unknown as { given(s: string, p: unknown): unknown };
    expect(() => loose.given('s', { id: undefined })).toThrow(/given\("s"\) params\.id is undefined/);
    expect(() => loose.given('s', { at: new Date() })).toThrow(/given\("s"\) params\.at is a Date object/);
    expect(() => loose.given('s', { f: () => 1 })).toThrow(/params\.f is a function/);
    expect(() => loose.given('s', [1])).toThrow(/params must be an object/);
  });

  it('bad paths, methods, statuses and bodies name the interaction', () => {
    const { builder } = collect();
    builder.uponReceiving('b');
    expect(() => builder.withRequest({ method: 'GET', path: 'no-slash' })).toThrow(/withRequest \("b"\): path "no-slash" must start with "\/"/);
    builder.uponReceiving('c');
    expect(() => builder.withRequest({ method: 'POST', path: '/', body: { when: new Date(0) } as never })).toThrow(/withRequest \("c"\): body \$\.when is a Date object/);
    builder.uponReceiving('d').withRequest({ method: 'GET', path: '/' });
    expect(() => builder.willRespondWith({ status: 99 })).toThrow(/status 99 is not an HTTP status code/);
  });
});

describe('V4 fields and the rules Pact JS writes', () => {
  it('key, pending, comments and testName land on the interaction (object form and chain)', () => {
    const got: HttpInteraction[] = [];
    const builder = new PactBuilder((i) => got.push(i), { spec: '4' });
    builder.addInteraction({
      uponReceiving: 'a',
      key: 'k-a',
      pending: true,
      comments: ['one', 'two'],
      testName: 'test a',
      withRequest: { method: 'GET', path: '/a' },
      willRespondWith: { status: 200 },
    });
    builder.uponReceiving('b').comment('only').withRequest({ method: 'GET', path: '/b' }).willRespondWith({ status: 200 });
    expect(got.map((i) => [i.key, i.pending, i.comments])).toEqual([
      ['k-a', true, { text: ['one', 'two'], testname: 'test a' }],
      [undefined, undefined, { text: ['only'] }],
    ]);
  });

  it('V4 fields outside their place, of the wrong type, or under another spec are DslErrors', () => {
    const v4 = new PactBuilder(() => undefined, { spec: '4' });
    expect(() => v4.pending()).toThrow('pending() must come after uponReceiving(...) and before withRequest(...)');
    expect(() => v4.uponReceiving('x').withRequest({ method: 'GET', path: '/' }).key('k')).toThrow(DslError);
    v4.reset();
    expect(() => v4.uponReceiving('y').key('')).toThrow('key(""): the key must be a non-empty string');
    v4.reset();
    expect(() =>
      v4.addInteraction({ uponReceiving: 'z', comments: 'not a list' as never, withRequest: { method: 'GET', path: '/' }, willRespondWith: { status: 200 } }),
    ).toThrow('addInteraction ("z"): comments must be an array of strings');
    const v3 = new PactBuilder(() => undefined, { spec: '3' });
    expect(() => v3.addInteraction({ uponReceiving: 'w', key: 'k', withRequest: { method: 'GET', path: '/' }, willRespondWith: { status: 200 } })).toThrow(
      'key() ("w"): key, pending and comments are V4 fields, and this pact is written as V3; set the spec option to 4',
    );
    expect(v3.inProgress).toBe(false);
  });

  it('eachKeyMatches and eachValueMatches keep the rules of the matchers inside their example', () => {
    const { builder, got } = collect();
    builder
      .uponReceiving('widgets')
      .withRequest({ method: 'GET', path: '/widgets' })
      .willRespondWith({
        status: 200,
        body: {
          widgets: eachKeyMatches({ 'WIDGET-001': { name: string('Lamp'), price: decimal(1.5) } }, regex('WIDGET-\\d+', 'WIDGET-001')),
          stock: eachValueMatches({ berlin: { count: integer(3) } }, integer(3)),
        },
      });
    const rules = got[0]!.response.matchingRules?.body ?? {};
    expect(Object.keys(rules).sort()).toEqual(['$.stock', '$.stock.*.count', '$.widgets', "$.widgets['WIDGET-001'].name", "$.widgets['WIDGET-001'].price"]);
    expect(rules["$.widgets['WIDGET-001'].price"]).toEqual({ combine: 'AND', matchers: [{ match: 'decimal' }] });
    expect(rules['$.stock.*.count']).toEqual({ combine: 'AND', matchers: [{ match: 'integer' }] });
  });

  it('repeated query values with the same matcher give that rule once', () => {
    const { builder, got } = collect();
    builder
      .uponReceiving('tags')
      .withRequest({ method: 'GET', path: '/', query: { tag: [regex('a|b', 'a'), regex('a|b', 'b'), regex('c', 'c')] } })
      .willRespondWith({ status: 200 });
    expect(got[0]!.request.matchingRules?.query).toEqual({
      tag: { combine: 'AND', matchers: [{ match: 'regex', regex: 'a|b' }, { match: 'regex', regex: 'c' }] },
    });
  });
});

describe('the object form refuses keys it does not know', () => {
  const base = { uponReceiving: 'a request for user 1', withRequest: { method: 'GET', path: '/users/1' }, willRespondWith: { status: 200 } };

  it('names the unknown key and the closest known one, at the interaction, request and response', () => {
    const { builder } = collect();
    expect(() => builder.addInteraction({ ...base, uponRecieving: 'x' } as never)).toThrow(
      'addInteraction ("a request for user 1"): unknown key "uponRecieving" (did you mean "uponReceiving"?); known keys: states, state, uponReceiving, withRequest, willRespondWith, key, pending, comments, testName',
    );
    expect(() => builder.addInteraction({ ...base, withRequest: { ...base.withRequest, header: { A: 'b' } } } as never)).toThrow(
      'addInteraction ("a request for user 1") withRequest: unknown key "header" (did you mean "headers"?); known keys: method, path, query, headers, body, contentType',
    );
    expect(() => builder.addInteraction({ ...base, willRespondWith: { status: 200, bodyy: {} } } as never)).toThrow(/willRespondWith: unknown key "bodyy" \(did you mean "body"\?\)/);
    expect(() => builder.addInteraction({ ...base, provider_state: 'x' } as never)).toThrow(/unknown key "provider_state"; known keys/);
    expect(builder.inProgress).toBe(false);
  });

  it('takes Pact JS V2\'s `state` as a provider state, so a V2 test keeps its state', () => {
    const { builder, got } = collect();
    builder.addInteraction({ ...base, state: 'user 1 exists' });
    expect(got[0]?.providerStates).toEqual([{ name: 'user 1 exists' }]);
  });
});

describe('a request without a path', () => {
  it('is refused naming the interaction, not with a message about JSON', () => {
    const builder = new PactBuilder(() => undefined);
    expect(() => builder.uponReceiving('a request for user 1').withRequest({ method: 'GET' } as never)).toThrow(
      'withRequest ("a request for user 1"): path is required (a string such as "/users/1", or a matcher)',
    );
  });
});
