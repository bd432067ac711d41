/**
 * `@pactwright/jest-env`: as `testEnvironment` it is the Jest environment (the module's export
 * itself); in test code it gives `pact` (this file's mock server and DSL) and
 * the Pact JS matchers, as members of that export.
 *
 * This entry is loaded by test code through Jest's module registry inside the test's vm, so it
 * never loads the engine or the environment eagerly: `pact` and the matchers are read from the
 * test's global, where the environment put them.
 */
import type * as Engine from '@pactwright/engine' with { 'resolution-mode': 'import' };
import type { PactHandle } from '@pactwright/engine' with { 'resolution-mode': 'import' };
import { bridgeKey } from './bridge.cjs';
import type { JestEnvBridge } from './bridge.cjs';
import type { JestEnvironmentConfigLike, JestEnvironmentContextLike } from './jest-types.cjs';
import { lazyEnvironment } from './lazy-environment.cjs';

declare global {
  /** This test file's Pact mock server and consumer DSL, set by `@pactwright/jest-env`. */
  var pact: PactHandle;
}

type Matchers = typeof Engine.MatchersV3;

function currentBridge(): JestEnvBridge | undefined {
  return (globalThis as Record<PropertyKey, unknown>)[bridgeKey] as JestEnvBridge | undefined;
}

const notUnderEnvironment =
  'no pact session in this file: `pact` exists only in test files run with testEnvironment ' +
  '"@pactwright/jest-env" (or "@pactwright/jest-env/jsdom"). Set testEnvironment in the Jest config, ' +
  'or add a `@jest-environment @pactwright/jest-env` docblock at the top of this test file.';

function currentPact(): PactHandle {
  const bridge = currentBridge();
  if (bridge === undefined) throw new Error(`@pactwright/jest-env: ${notUnderEnvironment}`);
  return bridge.pact;
}

/**
 * This test file's pact handle: `pact.given(...).uponReceiving(...).withRequest(...).willRespondWith(...)`,
 * `pact.url`, `pact.port`, `pact.addInteraction(json)`. The same object as the `pact` global; it
 * forwards to the file's session, so it may be imported and destructured anywhere.
 */
const pactHandle: PactHandle = new Proxy({} as PactHandle, {
  get(_target, property) {
    const handle = currentPact();
    const value: unknown = Reflect.get(handle, property, handle);
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(handle) : value;
  },
  has(_target, property) {
    return Reflect.has(currentPact(), property);
  },
});

function matcherFunctions(): Matchers {
  const bridge = currentBridge();
  if (bridge !== undefined) return bridge.matchers;
  // Outside the environment (a helper module shared with other test environments) matchers still
  // work: they only build plain data and need no session.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when no environment provides them
  return (require('@pactwright/engine') as typeof Engine).MatchersV3;
}

function delegate<K extends keyof Matchers>(name: K): Matchers[K] {
  const forward = (...args: unknown[]): unknown => (matcherFunctions()[name] as (...a: unknown[]) => unknown)(...args);
  return forward as Matchers[K];
}

/** The Jest test environment (node flavour). Jest instantiates it; tests never do. */
class PactwrightEnvironment {
  constructor(config: JestEnvironmentConfigLike, context: JestEnvironmentContextLike) {
    return lazyEnvironment('node', config, context) as unknown as PactwrightEnvironment;
  }
}

/**
 * The module's one CommonJS export is the environment class, which Jest loads for
 * `testEnvironment`; `pact` and the matchers are its members, which tests import. (A module with
 * `exports.default` and `__esModule` would hand ESM importers and some bundlers the exports object
 * instead of the class.) The build appends the list of these names that Node's ESM loader reads
 * (scripts/annotate-cjs-exports.mjs), so `import { pact } from '@pactwright/jest-env'` works there too.
 */
// eslint-disable-next-line @typescript-eslint/no-namespace -- how an `export =` class gets named members and types
namespace PactwrightEnvironment {
  /** This test file's pact handle; see `pactHandle` above. */
  export const pact = pactHandle;
  export const like = delegate('like');
  export const string = delegate('string');
  export const boolean = delegate('boolean');
  export const nullValue = delegate('nullValue');
  export const equal = delegate('equal');
  export const includes = delegate('includes');
  export const contentType = delegate('contentType');
  export const integer = delegate('integer');
  export const decimal = delegate('decimal');
  export const number = delegate('number');
  export const eachLike = delegate('eachLike');
  export const atLeastOneLike = delegate('atLeastOneLike');
  export const atLeastLike = delegate('atLeastLike');
  export const atMostLike = delegate('atMostLike');
  export const constrainedArrayLike = delegate('constrainedArrayLike');
  export const arrayContaining = delegate('arrayContaining');
  export const regex = delegate('regex');
  export const email = delegate('email');
  export const uuid = delegate('uuid');
  export const ipv4Address = delegate('ipv4Address');
  export const ipv6Address = delegate('ipv6Address');
  export const hexadecimal = delegate('hexadecimal');
  export const iso8601Date = delegate('iso8601Date');
  export const iso8601DateTime = delegate('iso8601DateTime');
  export const iso8601DateTimeWithMillis = delegate('iso8601DateTimeWithMillis');
  export const iso8601Time = delegate('iso8601Time');
  export const rfc1123Timestamp = delegate('rfc1123Timestamp');
  export const datetime = delegate('datetime');
  export const timestamp = delegate('timestamp');
  export const date = delegate('date');
  export const time = delegate('time');
  export const eachKeyLike = delegate('eachKeyLike');
  export const eachKeyMatches = delegate('eachKeyMatches');
  export const eachValueMatches = delegate('eachValueMatches');
  export const fromProviderState = delegate('fromProviderState');
  export const url = delegate('url');
  export const url2 = delegate('url2');
  export const matchStatus = delegate('matchStatus');
  export const reify = delegate('reify');
  export const extractPayload = delegate('extractPayload');
  export const isMatcher = delegate('isMatcher');
  /** Every matcher under one name, as Pact JS exports them (`MatchersV3.like(...)`). */
  export const MatchersV3: Matchers = Object.freeze({
    like, string, boolean, nullValue, equal, includes, contentType, integer, decimal, number,
    eachLike, atLeastOneLike, atLeastLike, atMostLike, constrainedArrayLike, arrayContaining,
    regex, email, uuid, ipv4Address, ipv6Address, hexadecimal, iso8601Date, iso8601DateTime,
    iso8601DateTimeWithMillis, iso8601Time, rfc1123Timestamp, datetime, timestamp, date, time,
    eachKeyLike, eachKeyMatches, eachValueMatches, fromProviderState, url, url2, matchStatus,
    reify, extractPayload, isMatcher,
  });
  export const Matchers: Matchers = MatchersV3;
  export type PactHandle = Engine.PactHandle;
  export type PactwrightOptions = Engine.PactwrightOptions;
  export type Matcher<T = unknown> = Engine.Matcher<T>;
  export type RegexMatcher = Engine.RegexMatcher;
  export type ArrayLikeMatcher<T> = Engine.ArrayLikeMatcher<T>;
  export type DateTimeMatcher = Engine.DateTimeMatcher;
  export type Reified<T> = Engine.Reified<T>;
  export type PactVerificationError = Engine.PactVerificationError;
}

export = PactwrightEnvironment;
