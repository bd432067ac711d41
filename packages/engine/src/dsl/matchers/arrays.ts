import { DslError } from '../../errors.js';
import { checkCount, show } from './check.js';
import type { ArrayContainsMatcher, ArrayLikeMatcher, Reified } from './types.js';

function repeat<T>(template: T, times: number): T[] {
  return Array.from({ length: times }, () => template);
}

/**
 * An array whose every element matches the template, with at least `min` elements (default 1).
 * The example holds `min` copies of the template.
 * @example eachLike({ id: integer(1) }) // [{ "id": 1 }], any length >= 1
 */
export function eachLike<T>(template: T, min: number = 1): ArrayLikeMatcher<Reified<T>> {
  // An empty example would drop the template (and its rules) from the pact entirely.
  checkCount('eachLike', 'min', min, 1);
  return { min, 'pact:matcher:type': 'type', value: repeat(template, min) };
}

/**
 * An array of at least one element like the template; `count` copies in the example (default 1).
 * @example atLeastOneLike('admin', 2) // ["admin", "admin"]
 */
export function atLeastOneLike<T>(template: T, count: number = 1): ArrayLikeMatcher<Reified<T>> {
  checkCount('atLeastOneLike', 'count', count, 1);
  return { min: 1, 'pact:matcher:type': 'type', value: repeat(template, count) };
}

/**
 * An array of at least `min` elements like the template; `count` copies in the example (default `min`).
 * @example atLeastLike({ sku: string('A-1') }, 2)
 */
export function atLeastLike<T>(template: T, min: number, count?: number): ArrayLikeMatcher<Reified<T>> {
  checkCount('atLeastLike', 'min', min, 0);
  const elements = count ?? Math.max(min, 1);
  checkCount('atLeastLike', 'count', elements, 1);
  if (elements < min) {
    throw new DslError(`atLeastLike(${show(template)}, ${min}, ${elements}): the example would have ${elements} elements, fewer than the minimum ${min}`);
  }
  return { min, 'pact:matcher:type': 'type', value: repeat(template, elements) };
}

/**
 * An array of at most `max` elements like the template; `count` copies in the example (default 1).
 * @example atMostLike(integer(1), 5)
 */
export function atMostLike<T>(template: T, max: number, count?: number): ArrayLikeMatcher<Reified<T>> {
  checkCount('atMostLike', 'max', max, 1);
  const elements = count ?? 1;
  checkCount('atMostLike', 'count', elements, 1);
  if (elements > max) {
    throw new DslError(`atMostLike(${show(template)}, ${max}, ${elements}): the example would have ${elements} elements, more than the maximum ${max}`);
  }
  return { max, 'pact:matcher:type': 'type', value: repeat(template, elements) };
}

/**
 * An array of `min` to `max` elements like the template; `count` copies in the example (default `min`).
 * @example constrainedArrayLike(string('tag'), 1, 3)
 */
export function constrainedArrayLike<T>(template: T, min: number, max: number, count?: number): ArrayLikeMatcher<Reified<T>> {
  checkCount('constrainedArrayLike', 'min', min, 0);
  checkCount('constrainedArrayLike', 'max', max, 1);
  if (min > max) throw new DslError(`constrainedArrayLike: min ${min} is greater than max ${max}`);
  const elements = count ?? Math.max(min, 1);
  checkCount('constrainedArrayLike', 'count', elements, 1);
  if (elements < min || elements > max) {
    throw new DslError(
      `constrainedArrayLike(${show(template)}, ${min}, ${max}, ${elements}): the example would have ${elements} elements, outside ${min}..${max}`,
    );
  }
  return { min, max, 'pact:matcher:type': 'type', value: repeat(template, elements) };
}

/**
 * The array must contain, in any order, at least one element matching each variant (V4 rule).
 * @example arrayContaining({ type: equal('admin') }, { type: equal('user') })
 */
export function arrayContaining<V extends unknown[]>(...variants: V): ArrayContainsMatcher<Reified<V[number]>[]> {
  if (variants.length === 0) throw new DslError('arrayContaining(): give at least one variant');
  return { 'pact:matcher:type': 'arrayContains', variants };
}
