import type RandExp from 'randexp';
import { loadOnFirstUse } from '../../load-on-first-use.js';
import { DslError } from '../../errors.js';
import { show } from './check.js';
import type { Matcher, ProviderStateMatcher, Reified, StatusClass, StatusCodeMatcher } from './types.js';
import { isRegExp } from '../plain-value.js';

/**
 * A value the provider fills in from its provider-state parameters during verification
 * (`${name}` placeholders); the consumer test sees the example. Matched by type.
 * @example fromProviderState('/orders/${id}', '/orders/1')
 */
export function fromProviderState<T>(expression: string, example: T): ProviderStateMatcher<Reified<T>> & { readonly value: T } {
  if (typeof expression !== 'string' || expression === '') {
    throw new DslError(`fromProviderState(${show(expression)}, …): the expression must be a non-empty string`);
  }
  return { 'pact:matcher:type': 'type', 'pact:generator:type': 'ProviderState', expression, value: example };
}

const randexp = loadOnFirstUse<typeof RandExp>('randexp');

type UrlFragment = string | RegExp | Matcher<string>;
type UrlMatcher = Matcher<string> & { readonly regex: string; readonly value: string; readonly example?: string };

function isRegexMatcher(p: unknown): p is { regex: string; value: string } {
  return typeof p === 'object' && p !== null && (p as Record<string, unknown>)['pact:matcher:type'] === 'regex';
}

/**
 * A URL made of a base and path fragments (strings, RegExps or `regex` matchers). With a `null`
 * base the mock server writes its own URL into the response (`MockServerURL` generator).
 * @example url2('https://api.example.com', ['orders', /\d+/])
 */
export function url2(basePath: string | null, pathFragments: UrlFragment[]): UrlMatcher {
  const pattern = pathFragments
    .map((p) => `\\/${isRegExp(p) ? p.source : isRegexMatcher(p) ? p.regex : String(p)}`)
    .join('');
  const example = [
    basePath ?? 'http://localhost:8080',
    ...pathFragments.map((p) => `/${isRegExp(p) ? new (randexp())(p).gen() : isRegexMatcher(p) ? p.value : String(p)}`),
  ].join('');
  const regex = `.*(${pattern})$`;
  if (basePath === null) {
    return { 'pact:matcher:type': 'regex', 'pact:generator:type': 'MockServerURL', regex, value: example, example };
  }
  return { 'pact:matcher:type': 'regex', regex, value: example };
}

/**
 * A URL on the mock server itself, made of path fragments; see {@link url2}.
 * @example url(['orders', regex('\\d+', '7')]) // "http://localhost:8080/orders/7" in the pact
 */
export function url(pathFragments: UrlFragment[]): UrlMatcher {
  return url2(null, pathFragments);
}

/**
 * The response status must be in a class (`'success'` = 2xx, …) or one of a list (V4 rule).
 * @example matchStatus(201, 'success')
 */
export function matchStatus(example: number, status: StatusClass | number[]): StatusCodeMatcher {
  if (!Number.isInteger(example) || example < 100 || example > 599) {
    throw new DslError(`matchStatus(${show(example)}, …): the example must be an HTTP status code`);
  }
  if (Array.isArray(status) && !status.includes(example)) {
    throw new DslError(`matchStatus(${example}, ${show(status)}): the example is not in the list`);
  }
  const classes: Record<StatusClass, (n: number) => boolean> = {
    information: (n) => n < 200,
    success: (n) => n >= 200 && n < 300,
    redirect: (n) => n >= 300 && n < 400,
    clientError: (n) => n >= 400 && n < 500,
    serverError: (n) => n >= 500,
    nonError: (n) => n < 400,
    error: (n) => n >= 400,
  };
  if (!Array.isArray(status)) {
    const inClass = classes[status];
    if (inClass === undefined) throw new DslError(`matchStatus(${example}, ${show(status)}): unknown status class`);
    if (!inClass(example)) throw new DslError(`matchStatus(${example}, ${show(status)}): the example is not in that class`);
  }
  return { 'pact:matcher:type': 'statusCode', status, value: example };
}
