import type { PactSession } from '@pactwright/engine' with { 'resolution-mode': 'import' };
import type * as Engine from '@pactwright/engine' with { 'resolution-mode': 'import' };

/**
 * The global key under which the environment leaves this file's pact handle and the matchers for
 * test code. Test files load modules through Jest's own registry inside a vm, so a module-level
 * singleton in the environment is never the one a test imports: the test's global is the only
 * channel both sides share. `Symbol.for` makes the key the same in every realm.
 */
export const bridgeKey: unique symbol = Symbol.for('pactwright.jest-env');

/** What the environment leaves on the test's global under {@link bridgeKey}. */
export interface JestEnvBridge {
  readonly pact: PactSession['pact'];
  /** The engine's matchers, created in the same realm as the session that compiles them. */
  readonly matchers: typeof Engine.MatchersV3;
}
