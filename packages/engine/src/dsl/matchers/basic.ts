import { invalid } from './check.js';
import type { Matcher, Reified } from './types.js';

/**
 * The value must have the same type (and, for objects and arrays, the same shape) as the template.
 * @example like({ id: 1, name: 'Ann' }) // any object with a number `id` and a string `name`
 */
export function like<T>(template: T): Matcher<Reified<T>> & { readonly value: T } {
  return { 'pact:matcher:type': 'type', value: template };
}

/**
 * Any string (Pact JS emits a `type` rule, not a dedicated string rule).
 * @example string('Ann') // matches "Bob" too
 */
export function string(example: string = 'some string'): Matcher<string> & { readonly value: string } {
  if (typeof example !== 'string') throw invalid('string', example, 'the example must be a string');
  return { 'pact:matcher:type': 'type', value: example };
}

/**
 * Any boolean (a `type` rule, as Pact JS writes it).
 * @example boolean(false)
 */
export function boolean(example: boolean = true): Matcher<boolean> & { readonly value: boolean } {
  if (typeof example !== 'boolean') throw invalid('boolean', example, 'the example must be true or false');
  return { 'pact:matcher:type': 'type', value: example };
}

/**
 * The value must be JSON `null`.
 * @example nullValue() // { "deletedAt": null }
 */
export function nullValue(): Matcher<null> & { readonly value: null } {
  return { 'pact:matcher:type': 'null', value: null };
}

/**
 * The value must equal the example exactly; resets a cascading `like`/`eachLike` below this point.
 * @example like({ kind: equal('order'), id: 1 }) // kind must be "order", id any number
 */
export function equal<T>(example: T): Matcher<Reified<T>> & { readonly value: T } {
  return { 'pact:matcher:type': 'equality', value: example };
}

/**
 * The string must contain the example as a substring.
 * @example includes('gift') // matches "a gift for you"
 */
export function includes(example: string): Matcher<string> & { readonly value: string } {
  if (typeof example !== 'string') throw invalid('includes', example, 'the example must be a string');
  return { 'pact:matcher:type': 'include', value: example };
}

/**
 * The body (or multipart part) must have this content type, detected from its bytes.
 * @example contentType('image/png')
 */
export function contentType(type: string): Matcher<string> & { readonly value: string } {
  if (typeof type !== 'string' || type === '') throw invalid('contentType', type, 'the content type must be a non-empty string');
  return { 'pact:matcher:type': 'contentType', value: type };
}
