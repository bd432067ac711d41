import { DslError } from '../../errors.js';
import { invalid, matchesWhole, show } from './check.js';
import {
  EMAIL_FORMAT,
  HEX_FORMAT,
  IPV4_FORMAT,
  IPV6_FORMAT,
  ISO8601_DATE_FORMAT,
  ISO8601_DATETIME_FORMAT,
  ISO8601_DATETIME_WITH_MILLIS_FORMAT,
  ISO8601_TIME_FORMAT,
  RFC1123_TIMESTAMP_FORMAT,
  UUID_FORMAT,
} from './formats.js';
import type { RegexMatcher } from './types.js';
import { isRegExp } from '../plain-value.js';
import { regexProblem } from '../../model/regex-check.js';

function checked(matcher: string, pattern: string, example: string): RegexMatcher {
  if (typeof example !== 'string') throw invalid(matcher, example, 'the example must be a string');
  if (matchesWhole(pattern, example) === false) {
    throw invalid(matcher, example, `the example does not match /${pattern}/`);
  }
  return { 'pact:matcher:type': 'regex', regex: pattern, value: example };
}

/**
 * The string must match the regular expression as a whole (flags of a `RegExp` are ignored).
 * @example regex(/\d+/, '42')
 */
export function regex(pattern: string | RegExp, example: string): RegexMatcher {
  const shown = isRegExp(pattern) ? String(pattern) : show(pattern);
  const source: unknown = isRegExp(pattern) ? pattern.source : pattern;
  if (typeof source !== 'string' || source === '') {
    throw new DslError(`regex(${shown}, …): the pattern must be a non-empty string or RegExp`);
  }
  if (typeof example !== 'string') throw new DslError(`regex(${shown}, ${show(example)}): the example must be a string`);
  // A pattern no regex flavour compiles would make a pact file that parsePact itself refuses.
  const problem = regexProblem(source);
  if (problem !== undefined) throw new DslError(`regex(${shown}, ${show(example)}): ${problem}`);
  if (matchesWhole(source, example) === false) {
    throw new DslError(`regex(${shown}, ${show(example)}): the example does not match the pattern`);
  }
  return { 'pact:matcher:type': 'regex', regex: source, value: example };
}

/**
 * An email address. @example email('ann@example.com')
 */
export const email = (example: string = 'hello@pact.io'): RegexMatcher => checked('email', EMAIL_FORMAT, example);

/**
 * An IPv4 address. @example ipv4Address('10.0.0.1')
 */
export const ipv4Address = (example: string = '127.0.0.13'): RegexMatcher => checked('ipv4Address', IPV4_FORMAT, example);

/**
 * An IPv6 address. @example ipv6Address('::1')
 */
export const ipv6Address = (example: string = '::ffff:192.0.2.128'): RegexMatcher => checked('ipv6Address', IPV6_FORMAT, example);

/**
 * A hexadecimal string. @example hexadecimal('3F')
 */
export const hexadecimal = (example: string = '3F'): RegexMatcher => checked('hexadecimal', HEX_FORMAT, example);

/**
 * An ISO 8601 date. @example iso8601Date('2024-02-29')
 */
export const iso8601Date = (example: string = '2013-02-01'): RegexMatcher => checked('iso8601Date', ISO8601_DATE_FORMAT, example);

/**
 * An ISO 8601 date-time with seconds and an offset. @example iso8601DateTime('2024-02-29T10:00:00Z')
 */
export const iso8601DateTime = (example: string = '2015-08-06T16:53:10+01:00'): RegexMatcher =>
  checked('iso8601DateTime', ISO8601_DATETIME_FORMAT, example);

/**
 * An ISO 8601 date-time with fractional seconds. @example iso8601DateTimeWithMillis('2024-02-29T10:00:00.123Z')
 */
export const iso8601DateTimeWithMillis = (example: string = '2015-08-06T16:53:10.123+01:00'): RegexMatcher =>
  checked('iso8601DateTimeWithMillis', ISO8601_DATETIME_WITH_MILLIS_FORMAT, example);

/**
 * An ISO 8601 time, `T`-prefixed as Pact JS defines it. @example iso8601Time('T10:00:00Z')
 */
export const iso8601Time = (example: string = 'T22:44:30.652Z'): RegexMatcher => checked('iso8601Time', ISO8601_TIME_FORMAT, example);

/**
 * An RFC 1123 timestamp (HTTP date with a numeric offset). @example rfc1123Timestamp('Mon, 31 Oct 2016 15:21:41 -0400')
 */
export const rfc1123Timestamp = (example: string = 'Mon, 31 Oct 2016 15:21:41 -0400'): RegexMatcher =>
  checked('rfc1123Timestamp', RFC1123_TIMESTAMP_FORMAT, example);

/**
 * A lower-case hyphenated UUID. Without an example the mock server answers with a random one (`Uuid`).
 * @example uuid('0b8b9a4e-2f43-4a4e-9e56-7c1d2b3a4f5e')
 */
export function uuid(example?: string): RegexMatcher {
  if (example === undefined) {
    return { 'pact:matcher:type': 'regex', regex: UUID_FORMAT, 'pact:generator:type': 'Uuid', value: 'e2490de5-5bd3-43d5-b7c4-526e33f71304' };
  }
  return checked('uuid', UUID_FORMAT, example);
}
