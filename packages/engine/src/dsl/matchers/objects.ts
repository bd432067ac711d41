import { DslError } from '../../errors.js';
import { show } from './check.js';
import { like } from './basic.js';
import type { Matcher, Reified, RulesMatcher } from './types.js';

function checkObject(matcher: string, example: unknown): void {
  if (typeof example !== 'object' || example === null || Array.isArray(example)) {
    throw new DslError(`${matcher}(${show(example)}): the example must be an object`);
  }
}

/**
 * An object with any keys whose every value is like the template (deprecated in Pact JS in
 * favour of {@link eachValueMatches}).
 * @example eachKeyLike('EUR', { amount: decimal(9.99) }) // { "USD": { "amount": 1.5 }, … }
 */
export function eachKeyLike<T>(exampleKey: string, template: T): Matcher<Record<string, Reified<T>>> & { readonly value: Record<string, T> } {
  if (typeof exampleKey !== 'string') throw new DslError(`eachKeyLike(${show(exampleKey)}, …): the example key must be a string`);
  return { 'pact:matcher:type': 'values', value: { [exampleKey]: template } };
}

/**
 * Every key of the object must match the rules (default: any string key); values are not checked (V4 rule).
 * @example eachKeyMatches({ en: 'Lamp' }, regex('[a-z]{2}', 'en'))
 */
export function eachKeyMatches<T extends Record<string, unknown>>(
  example: T,
  rules: Matcher<string> | Matcher<string>[] = like('key'),
): RulesMatcher<Reified<T>> & { readonly value: T } {
  checkObject('eachKeyMatches', example);
  return { 'pact:matcher:type': 'eachKey', rules: Array.isArray(rules) ? rules : [rules], value: example };
}

/**
 * Every value of the object must match the rules; keys are not checked (V4 rule).
 * @example eachValueMatches({ berlin: 3 }, integer(3))
 */
export function eachValueMatches<T extends Record<string, unknown>>(
  example: T,
  rules: Matcher | Matcher[],
): RulesMatcher<Reified<T>> & { readonly value: T } {
  checkObject('eachValueMatches', example);
  return { 'pact:matcher:type': 'eachValue', rules: Array.isArray(rules) ? rules : [rules], value: example };
}
