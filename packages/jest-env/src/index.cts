/**
 * `@pactwright/jest-env`: as `testEnvironment` it is the Jest environment (the module's export
 * itself); in test code it gives `pact` (this file's mock server and DSL) and the Pact matchers,
 * as members of that export.
 *
 * This entry is loaded by test code through Jest's module registry inside the test's vm, so it
 * never loads the engine or the environment there: `pact` and the matchers are read from the
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

/**
 * This test file's pact handle: `pact.given(...).uponReceiving(...).withRequest(...).willRespondWith(...)`,
 * `pact.url`, `pact.port`, `pact.addInteraction(json)`. The same object as the `pact` global: the
 * engine's bound pact, which forwards to the running file (and says what to do outside one).
 */
function pactHandle(): PactHandle {
  const bridge = currentBridge();
  if (bridge !== undefined) return bridge.pact;
  // Outside the environment (e.g. Jest loading this module to find the environment class) the
  // engine's own bound pact gives the same "not running" message on use.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when no environment provides it
  return (require('@pactwright/engine/runner') as { createBoundPact(): PactHandle }).createBoundPact();
}

/**
 * The engine's matchers (the one list, `@pactwright/engine/matchers`): the environment's own copy
 * in a test file; outside the environment (a helper module shared with other test environments)
 * the engine's small matchers entry, as they only build plain data.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when no environment provides them
const matchers: Matchers = currentBridge()?.matchers ?? (require('@pactwright/engine/matchers') as typeof Engine).MatchersV3;

let handle: PactHandle | undefined;

/** What the module's export carries besides being the environment: `pact` and the matchers. */
type Members = Matchers & { readonly pact: PactHandle; readonly MatchersV3: Matchers; readonly Matchers: Matchers };

/**
 * The members, as the static side the environment class inherits: `import { pact, like } from
 * '@pactwright/jest-env'` reads them from the class itself.
 */
function membersBase(): new () => object {
  const base = function PactwrightMembers() {} as unknown as Record<string, unknown>;
  Object.assign(base, matchers, { MatchersV3: matchers, Matchers: matchers });
  Object.defineProperty(base, 'pact', { enumerable: true, get: () => (handle ??= pactHandle()) });
  return base as unknown as new () => object;
}

const MembersBase = membersBase() as (new () => object) & Members;

/**
 * The Jest test environment (node flavour). Jest instantiates it; tests never do.
 *
 * The module's one CommonJS export is this class, which Jest loads for `testEnvironment`; `pact`
 * and the matchers are its (inherited) static members, which tests import. (A module with
 * `exports.default` and `__esModule` would hand ESM importers and some bundlers the exports object
 * instead of the class.) The build appends the list of these names that Node's ESM loader reads
 * (scripts/annotate-cjs-exports.mjs), so `import { pact } from '@pactwright/jest-env'` works there too.
 */
class PactwrightEnvironment extends MembersBase {
  constructor(config: JestEnvironmentConfigLike, context: JestEnvironmentContextLike) {
    super();
    return lazyEnvironment('node', config, context) as unknown as PactwrightEnvironment;
  }
}

// Own properties too, not only inherited ones: Node's ESM loader imports only own members of a
// CommonJS export.
for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(MembersBase))) {
  if (!['length', 'name', 'prototype'].includes(name)) Object.defineProperty(PactwrightEnvironment, name, descriptor);
}

// eslint-disable-next-line @typescript-eslint/no-namespace -- the types that go with `export =`
declare namespace PactwrightEnvironment {
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
