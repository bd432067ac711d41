// Every matcher, under the Pact JS MatchersV3 names.
export { like, string, boolean, nullValue, equal, includes, contentType } from './basic.js';
export { integer, decimal, number } from './numbers.js';
export { eachLike, atLeastOneLike, atLeastLike, atMostLike, constrainedArrayLike, arrayContaining } from './arrays.js';
export {
  regex,
  email,
  uuid,
  ipv4Address,
  ipv6Address,
  hexadecimal,
  iso8601Date,
  iso8601DateTime,
  iso8601DateTimeWithMillis,
  iso8601Time,
  rfc1123Timestamp,
} from './regex.js';
export { datetime, timestamp, date, time } from './datetime.js';
export { eachKeyLike, eachKeyMatches, eachValueMatches } from './objects.js';
export { fromProviderState, url, url2, matchStatus } from './provider.js';
export { reify, extractPayload, isMatcher } from './reify.js';
export type {
  Matcher,
  RegexMatcher,
  ArrayLikeMatcher,
  DateTimeMatcher,
  RulesMatcher,
  ProviderStateMatcher,
  ArrayContainsMatcher,
  StatusCodeMatcher,
  StatusClass,
  Reified,
  Json,
} from './types.js';
