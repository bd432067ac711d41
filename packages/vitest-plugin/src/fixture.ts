import type { TestAPI } from 'vitest';
import { ConfigurationError, type PactHandle } from '@pactwright/engine/dsl';

/** Fixtures added by {@link test}. */
export interface PactwrightFixtures {
  /** The running file's Pactwright mock server and consumer DSL. */
  pact: PactHandle;
}

type PactTest = TestAPI<PactwrightFixtures>;

// Shared through globalThis for the same reason as the setup file's offer (see worker-slots.ts).
const testKey = Symbol.for('pactwright.vitest.test');

/**
 * Builds Vitest's `test` extended with the `pact` fixture, from the `test` the setup file imported
 * in the test worker: `vitest` must not be imported where the config is loaded (Vitest 3 throws on
 * import there, 4 and 5 when `test.extend` runs), and this package's main entry is loaded there.
 */
export function installPactTest(baseTest: TestAPI, fixturePact: PactHandle): void {
  const extended: PactTest = baseTest.extend<PactwrightFixtures>({
    // Vitest reads fixture dependencies from the destructuring pattern, so it must be an (empty) one.
    // eslint-disable-next-line no-empty-pattern
    pact: async ({}, use) => {
      await use(fixturePact);
    },
  });
  (globalThis as unknown as Record<symbol, unknown>)[testKey] = extended;
  // When the test file shares this module instance with the setup file, the live bindings hand it
  // the real thing; a separate instance (loaded natively) picks it up from globalThis instead.
  test = extended;
  it = extended;
}

function installedTestIfAny(): PactTest | undefined {
  const installed = (globalThis as unknown as Record<symbol, unknown>)[testKey];
  return typeof installed === 'function' ? (installed as PactTest) : undefined;
}

function installedTest(): PactTest {
  const installed = (globalThis as unknown as Record<symbol, unknown>)[testKey];
  if (typeof installed !== 'function') {
    throw new ConfigurationError(
      'plugins',
      'the test() of @pactwright/vitest-plugin was used outside a Vitest test file, or in a project whose ' +
        'config lacks the plugin: add plugins: [pactwright({ consumer, provider })] to your Vitest config.',
    );
  }
  return installed as PactTest;
}

/**
 * Forwards calls and properties (`test.skip`, `test.each`, `test.extend`, …) to the extended `test`
 * the setup file installed for the running file, so this module itself never touches `vitest`.
 */
function lazyTest(): PactTest {
  return new Proxy(function pactTest() {}, {
    apply(_target, thisArg, args: unknown[]) {
      return Reflect.apply(installedTest(), thisArg, args);
    },
    get(_target, property) {
      const real = installedTest();
      return Reflect.get(real, property, real);
    },
    has(_target, property) {
      return property in installedTest();
    },
  }) as unknown as PactTest;
}

/**
 * Vitest's `test` with a `pact` fixture: `test('…', async ({ pact }) => { … })`.
 * Same as importing `pact`; use whichever reads better. Extend it further with `test.extend`.
 *
 * In a test worker the main entry installs it as it loads, so a test file gets Vitest's own extended
 * `test` (no wrapper frame in stacks, e.g. of timeouts); the forwarding stand-in is only for modules
 * loaded earlier (the config, or a user setup file listed before ours).
 */
export let test: PactTest = installedTestIfAny() ?? lazyTest();

/** Alias of {@link test}. */
export let it: PactTest = test;
