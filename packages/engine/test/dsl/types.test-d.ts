// Compile-time checks of the DSL's types. Checked by `tsc` (the package typecheck, and
// test/dsl/types.test.ts, which runs tsc on this file); never executed.
import { expectTypeOf } from 'vitest';
import {
  MatchersV3,
  PactBuilder,
  arrayContaining,
  atLeastLike,
  boolean,
  datetime,
  decimal,
  eachKeyLike,
  eachLike,
  equal,
  fromProviderState,
  integer,
  like,
  nullValue,
  regex,
  reify,
  string,
  uuid,
} from '../../src/index.js';

export function typeChecks(b: PactBuilder): void {
  // reify gives the example's type
  expectTypeOf(reify(like({ id: integer(1) }))).toEqualTypeOf<{ id: number }>();
  expectTypeOf(reify(eachLike({ name: string('x'), ok: boolean() }))).toEqualTypeOf<{ name: string; ok: boolean }[]>();
  expectTypeOf(reify({ a: [uuid(), regex(/x/, 'x')], n: nullValue(), d: decimal(1.5) })).toEqualTypeOf<{
    a: string[];
    n: null;
    d: number;
  }>();
  expectTypeOf(reify(atLeastLike(eachLike(integer(1)), 2))).toEqualTypeOf<number[][]>();
  expectTypeOf(reify(equal('x' as const))).toEqualTypeOf<'x'>();
  expectTypeOf(reify(fromProviderState('${id}', 1))).toEqualTypeOf<number>();
  expectTypeOf(reify(eachKeyLike('EUR', { amount: decimal(1.5) }))).toEqualTypeOf<Record<string, { amount: number }>>();
  expectTypeOf(reify(datetime('yyyy', '2024'))).toEqualTypeOf<string>();
  expectTypeOf(reify(arrayContaining(integer(1), string('a')))).toEqualTypeOf<(number | string)[]>();
  expectTypeOf(reify(MatchersV3.like(MatchersV3.integer(2)))).toEqualTypeOf<number>();
  // A matcher object built elsewhere (Pact JS) reifies to the type of its value.
  const foreign: { 'pact:matcher:type': string; value: { id: number } } = { 'pact:matcher:type': 'type', value: { id: 1 } };
  expectTypeOf(reify(foreign)).toEqualTypeOf<{ id: number }>();

  // Bodies: anything JSON, matchers anywhere, interface-typed data, optional properties.
  interface User {
    id: number;
    nick?: string;
    tags: string[];
  }
  const user: User = { id: 1, tags: [] };
  b.withRequest({ method: 'POST', path: '/users', body: user });
  b.withRequest({ method: 'POST', path: '/users', body: { id: integer(1), tags: eachLike('a'), at: null } });
  b.withRequest({ method: 'GET', path: regex('/users/\\d+', '/users/1'), query: { q: 'x', ids: ['1', regex('\\d', '2')] } });
  b.withRequest({ method: 'GET', path: '/users', query: 'q=x&ids=1' });
  b.willRespondWith({ status: 200, headers: { 'X-Id': uuid() }, body: [user] });
  b.given('a state', { id: 1, nested: { list: [1, 'a', null] } });

  // Not JSON: rejected at compile time.
  // @ts-expect-error a Date is not JSON
  b.withRequest({ method: 'POST', path: '/users', body: { at: new Date() } });
  // @ts-expect-error a function is not JSON
  b.withRequest({ method: 'POST', path: '/users', body: { f: () => 1 } });
  // @ts-expect-error an explicit undefined value is not JSON
  b.willRespondWith({ status: 200, body: { a: undefined } });
  // @ts-expect-error a symbol is not JSON
  b.willRespondWith({ status: 200, body: [Symbol('s')] });
  // @ts-expect-error a Map is not JSON
  b.willRespondWith({ status: 200, body: new Map<string, number>() });
  // @ts-expect-error a bigint is not JSON
  b.willRespondWith({ status: 200, body: { n: 1n } });
  // @ts-expect-error provider-state params must be JSON too
  b.given('a state', { when: new Date() });
  // @ts-expect-error a header value must be a string (or a string matcher)
  b.withRequest({ method: 'GET', path: '/', headers: { 'X-Count': 1 } });
  // @ts-expect-error the path must be a string (or a string matcher)
  b.withRequest({ method: 'GET', path: integer(1) });
  // @ts-expect-error integer takes a number
  integer('1');
}
