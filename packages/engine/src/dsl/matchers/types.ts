/**
 * The shapes matchers produce: Pact "integration JSON" objects (`{ 'pact:matcher:type': ..., value }`),
 * the same plain objects Pact JS builds, so either library's matchers can be mixed in one body.
 */

/** Carries a matcher's example type at compile time only; never present at run time. */
declare const exampleType: unique symbol;

/** A JSON value (what a reified body may contain). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * A matcher: a plain integration-JSON object. `T` is the type of its example, so that
 * `reify(like({ id: integer(1) }))` is typed `{ id: number }`.
 */
export interface Matcher<T = unknown> {
  readonly 'pact:matcher:type': string;
  readonly 'pact:generator:type'?: string;
  readonly value?: unknown;
  readonly [exampleType]?: T;
}

/** A matcher that checks the value against a regular expression. */
export interface RegexMatcher extends Matcher<string> {
  readonly 'pact:matcher:type': 'regex';
  readonly regex: string;
  readonly value: string;
}

/** An array matcher with a minimum and/or maximum length. */
export interface ArrayLikeMatcher<T> extends Matcher<T[]> {
  readonly 'pact:matcher:type': 'type';
  readonly min?: number;
  readonly max?: number;
  readonly value: unknown[];
}

/** A date, time or date-time matcher with a Java `DateTimeFormatter` pattern. */
export interface DateTimeMatcher extends Matcher<string> {
  readonly format: string;
  readonly value: string;
}

/** `eachKeyMatches` / `eachValueMatches`: rules applied to every key or value of an object. */
export interface RulesMatcher<T> extends Matcher<T> {
  readonly rules: Matcher[];
}

/** `fromProviderState`: the example is replaced by a value from the provider state when verifying. */
export interface ProviderStateMatcher<T> extends Matcher<T> {
  readonly expression: string;
}

/** `arrayContaining`: the array must contain an element matching each variant. */
export interface ArrayContainsMatcher<T> extends Matcher<T> {
  readonly 'pact:matcher:type': 'arrayContains';
  readonly variants: unknown[];
}

/** `matchStatus`: the response status must be in a class (`success`, …) or a list. */
export interface StatusCodeMatcher extends Matcher<number> {
  readonly 'pact:matcher:type': 'statusCode';
  readonly status: string | number[];
  readonly value: number;
}

/**
 * The plain example a template stands for: every matcher replaced by its example type.
 * Matchers built by Pact JS (no example type) reify to the type of their `value`.
 */
export type Reified<T> = T extends { readonly 'pact:matcher:type': string; readonly [exampleType]?: infer E }
  ? unknown extends E
    ? T extends { readonly value?: infer V }
      ? Reified<V>
      : unknown
    : E
  : T extends readonly (infer U)[]
    ? Reified<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: Reified<T[K]> }
      : T;

/** The status classes `matchStatus` accepts (same strings as Pact JS `HTTPResponseStatusClass`). */
export type StatusClass = 'information' | 'success' | 'redirect' | 'clientError' | 'serverError' | 'nonError' | 'error';
