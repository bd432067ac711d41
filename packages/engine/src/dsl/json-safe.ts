import { DslError } from '../errors.js';
import type { JsonValue } from '../model/types.js';
import { isPlainObject } from './plain-value.js';

type JsonPrimitive = string | number | boolean | null;

/**
 * `T` when it can be written as JSON (matchers allowed anywhere), otherwise a type no value has at
 * the offending place, so the compiler points at it: functions, `undefined` values, symbols,
 * bigints and class instances such as `Date` or `Map` are rejected. Optional properties are fine
 * (JSON leaves them out). `unknown` passes (nothing is known to check; the DSL checks at run time).
 */
export type JsonSafe<T> = unknown extends T
  ? T
  : T extends JsonPrimitive
  ? T
  : T extends { readonly 'pact:matcher:type': string }
    ? T
    : T extends (...args: never[]) => unknown
      ? never
      : T extends undefined | symbol | bigint
        ? never
        : T extends readonly unknown[]
          ? { [K in keyof T]: JsonSafe<T[K]> }
          : T extends object
            ? { [K in keyof T]: JsonSafe<T[K]> }
            : never;


/**
 * Throws a DslError naming the first place in `value` that JSON cannot hold (for callers in plain
 * JavaScript, where the types above do not apply). `where` prefixes the message.
 */
export function assertJson(value: unknown, where: string, seen: Set<object> = new Set()): asserts value is JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return;
    throw new DslError(`${where} is ${value}, which JSON cannot hold`);
  }
  if (typeof value === 'object') {
    if (seen.has(value)) throw new DslError(`${where} refers back to itself (a cycle), which JSON cannot hold`);
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((v, i) => assertJson(v, `${where}[${i}]`, seen));
    } else if (isPlainObject(value)) {
      for (const [k, v] of Object.entries(value)) assertJson(v, `${where}.${k}`, seen);
    } else {
      throw new DslError(`${where} is a ${value.constructor?.name ?? 'non-plain'} object, which is not JSON`);
    }
    seen.delete(value);
    return;
  }
  throw new DslError(`${where} is ${value === undefined ? 'undefined' : `a ${typeof value}`}, which JSON cannot hold`);
}
