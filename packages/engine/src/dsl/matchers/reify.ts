import { DslError } from '../../errors.js';
import type { Json, Reified } from './types.js';
import { isPlainObject } from '../plain-value.js';
import { assertDslDepth } from '../value-depth.js';

/** True for any integration-JSON matcher object, ours or Pact JS's (structural, no instanceof). */
export function isMatcher(x: unknown): x is { 'pact:matcher:type': string; [k: string]: unknown } {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as Record<string, unknown>)['pact:matcher:type'] === 'string';
}

function strip(input: unknown, at: string): Json {
  if (isMatcher(input)) {
    if (input['pact:matcher:type'] === 'arrayContains') {
      const variants = input['variants'];
      return Array.isArray(variants) ? variants.map((v, i) => strip(v, `${at}[${i}]`)) : [];
    }
    return strip(input['value'], at);
  }
  if (input === null || typeof input === 'string' || typeof input === 'boolean') return input;
  if (typeof input === 'number') {
    if (Number.isFinite(input)) return input;
    throw new DslError(`reify: ${at} is ${input}, which JSON cannot hold`);
  }
  if (Array.isArray(input)) return input.map((v, i) => strip(v, `${at}[${i}]`));
  if (typeof input === 'object') {
    if (isPlainObject(input)) {
      const out: { [key: string]: Json } = {};
      for (const [k, v] of Object.entries(input)) out[k] = strip(v, `${at}.${k}`);
      return out;
    }
  }
  throw new DslError(`reify: ${at} is ${describe(input)}, which is not JSON`);
}

function describe(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'object' && v !== null) return `a ${v.constructor?.name ?? 'non-plain'} object`;
  return `a ${typeof v}`;
}

/**
 * The plain example a template stands for: every matcher replaced by its example.
 * @example reify(like({ id: integer(1) })) // { id: 1 }, typed { id: number }
 */
export function reify<T>(template: T): Reified<T> {
  assertDslDepth(template, 'reify:');
  return strip(template, '$') as Reified<T>;
}

/** Pact JS's other name for {@link reify}. */
export const extractPayload = reify;
