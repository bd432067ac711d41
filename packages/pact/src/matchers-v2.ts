// Pact JS's `MatchersV2` (its `dsl/matchers` module): the older matcher names (`term`,
// `somethingLike`, …). They build the same integration JSON as the V3 matchers, plus the
// `getValue()` method Pact JS's V2 matchers carry.
import {
  DslError,
  EMAIL_FORMAT,
  HEX_FORMAT,
  IPV4_FORMAT,
  IPV6_FORMAT,
  ISO8601_DATE_FORMAT,
  ISO8601_DATETIME_FORMAT,
  ISO8601_DATETIME_WITH_MILLIS_FORMAT,
  ISO8601_TIME_FORMAT,
  RFC1123_TIMESTAMP_FORMAT,
  UUID_V4_FORMAT,
  regex as regexV3,
} from '@pactwright/engine';

export { EMAIL_FORMAT, HEX_FORMAT, IPV4_FORMAT, IPV6_FORMAT, ISO8601_DATE_FORMAT, ISO8601_DATETIME_FORMAT, ISO8601_DATETIME_WITH_MILLIS_FORMAT, ISO8601_TIME_FORMAT, RFC1123_TIMESTAMP_FORMAT, UUID_V4_FORMAT };

/** A V2 matcher: its example under `value`, and `getValue()`. */
export interface MatcherV2<T> {
  value?: T;
  'pact:matcher:type': string;
  getValue(): T;
}

export interface ArrayMatcher<T> extends MatcherV2<T> {
  min?: number;
  max?: number;
}

export interface RegexMatcher<T> extends MatcherV2<T> {
  regex: string;
}

/** Any value a V2 template may hold: JSON, matchers, or objects and arrays of them. */
export type AnyTemplate = unknown;
export type InterfaceToTemplate<O> = { [K in keyof O]: AnyTemplate };

/**
 * True for a V2 matcher (one with `getValue`).
 *
 * @example
 * ```ts
 * isMatcher(somethingLike(1)); // true
 * ```
 */
export function isMatcher(x: unknown): x is MatcherV2<unknown> {
  return typeof x === 'object' && x !== null && typeof (x as { getValue?: unknown }).getValue === 'function';
}

function withGetValue<M extends { value?: unknown }>(matcher: M): M & { getValue(): NonNullable<M['value']> } {
  // Not enumerable: the matcher is plain JSON to the engine and to JSON.stringify.
  return Object.defineProperty(matcher, 'getValue', { value: () => matcher.value, enumerable: false }) as M & { getValue(): NonNullable<M['value']> };
}

/**
 * Matches by type: `somethingLike({ id: 1 })` accepts any object with a number `id`.
 *
 * @example
 * ```ts
 * body: somethingLike({ id: 1, name: 'Ann' })
 * ```
 */
export function somethingLike<T>(value: T): MatcherV2<T> {
  if (value === undefined || value === null || typeof value === 'function') {
    throw new DslError('somethingLike: the example cannot be undefined, null or a function');
  }
  return withGetValue({ 'pact:matcher:type': 'type', value });
}

/**
 * An array whose every item matches `template` by type, with at least `opts.min` items (default 1);
 * the example repeats the template `min` times.
 *
 * @example
 * ```ts
 * body: eachLike({ id: 1 }, { min: 2 })
 * ```
 */
export function eachLike<T>(template: T, opts?: { min: number }): ArrayMatcher<T[]> {
  if (template === undefined) throw new DslError('eachLike: provide the template of an item');
  const min = opts === undefined ? 1 : opts.min;
  if (typeof min !== 'number' || !Number.isInteger(min) || min < 1) throw new DslError(`eachLike: opts.min must be an integer of at least 1, got ${String(min)}`);
  return withGetValue({ 'pact:matcher:type': 'type', min, value: Array.from({ length: min }, () => template) });
}

/**
 * A string matching the regular expression `matcher`, with `generate` as its example (which must
 * match).
 *
 * @example
 * ```ts
 * status: term({ generate: 'active', matcher: 'active|inactive' })
 * ```
 */
export function term(opts: { generate: string; matcher: string }): RegexMatcher<string> {
  if (opts?.generate === undefined || opts.generate === null || opts.matcher === undefined || opts.matcher === null) {
    throw new DslError('term: provide an object with "generate" (the example) and "matcher" (the regular expression)');
  }
  // The engine's regex matcher checks the example against the expression, with a clear message.
  const checked = regexV3(opts.matcher, opts.generate);
  return withGetValue({ 'pact:matcher:type': 'regex', regex: checked.regex, value: opts.generate });
}

const formatted = (format: string, fallback: string) => (example?: string): RegexMatcher<string> => term({ generate: example || fallback, matcher: format });

/** An e-mail address (example default `hello@pact.io`). */
export const email = formatted(EMAIL_FORMAT, 'hello@pact.io');
/** A UUID (example default `ce118b6e-d8e1-11e7-9296-cec278b6b50a`). */
export const uuid = formatted(UUID_V4_FORMAT, 'ce118b6e-d8e1-11e7-9296-cec278b6b50a');
/** An IPv4 address (example default `127.0.0.13`). */
export const ipv4Address = formatted(IPV4_FORMAT, '127.0.0.13');
/** An IPv6 address (example default `::ffff:192.0.2.128`). */
export const ipv6Address = formatted(IPV6_FORMAT, '::ffff:192.0.2.128');
/** An ISO 8601 date-time (example default `2015-08-06T16:53:10+01:00`). */
export const iso8601DateTime = formatted(ISO8601_DATETIME_FORMAT, '2015-08-06T16:53:10+01:00');
/** An ISO 8601 date-time with milliseconds (example default `2015-08-06T16:53:10.123+01:00`). */
export const iso8601DateTimeWithMillis = formatted(ISO8601_DATETIME_WITH_MILLIS_FORMAT, '2015-08-06T16:53:10.123+01:00');
/** An ISO 8601 date (example default `2013-02-01`). */
export const iso8601Date = formatted(ISO8601_DATE_FORMAT, '2013-02-01');
/** An ISO 8601 time (example default `T22:44:30.652Z`). */
export const iso8601Time = formatted(ISO8601_TIME_FORMAT, 'T22:44:30.652Z');
/** An RFC 1123 timestamp (example default `Mon, 31 Oct 2016 15:21:41 -0400`). */
export const rfc1123Timestamp = formatted(RFC1123_TIMESTAMP_FORMAT, 'Mon, 31 Oct 2016 15:21:41 -0400');
/** A hexadecimal string (example default `3F`). */
export const hexadecimal = formatted(HEX_FORMAT, '3F');

/** A number matched by type (example default 13.01). */
export const decimal = (float?: number): MatcherV2<number> => somethingLike(float ?? 13.01);
/** A number matched by type (example default 13). */
export const integer = (int?: number): MatcherV2<number> => somethingLike(int ?? 13);
/** A boolean matched by type (example default `true`). */
export const boolean = (value = true): MatcherV2<boolean> => somethingLike(value);
/** A string matched by type (example default `iloveorange`). */
export const string = (value = 'iloveorange'): MatcherV2<string> => somethingLike(value);

/**
 * The example a template stands for: every matcher replaced by its example.
 *
 * @example
 * ```ts
 * extractPayload({ id: somethingLike(1) }); // { id: 1 }
 * ```
 */
export function extractPayload(value: AnyTemplate): unknown {
  if (isMatcher(value)) return extractPayload(value.getValue());
  if (Array.isArray(value)) return value.map(extractPayload);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, extractPayload(item)]));
  return value;
}

/** A string as it is, anything else as JSON text. */
export function matcherValueOrString(obj: unknown): string {
  return typeof obj === 'string' ? obj : JSON.stringify(obj);
}

export { somethingLike as like, term as regex };
