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
  // Extended on first use: most pact test files use Vitest's own `test` with the imported `pact`,
  // and `test.extend` costs each isolated file over a millisecond.
  let extended: PactTest | undefined;
  const extendedTest = (): PactTest => {
    extended ??= baseTest.extend<PactwrightFixtures>({
      // Vitest reads fixture dependencies from the destructuring pattern, so it must be an (empty) one.
      // eslint-disable-next-line no-empty-pattern
      pact: async ({}, use) => {
        await use(fixturePact);
      },
    });
    // From here on the live bindings hand the test file Vitest's own extended `test`.
    test = extended;
    it = extended;
    return extended;
  };
  (globalThis as unknown as Record<symbol, unknown>)[testKey] = extendedTest;
  test = forwardingTest(extendedTest);
  it = test;
}

/** The `test` installed for the running file, if any. */
function installedTestIfAny(): PactTest | undefined {
  const installed = (globalThis as unknown as Record<symbol, unknown>)[testKey];
  return typeof installed === 'function' ? (installed as () => PactTest)() : undefined;
}

function installedTest(): PactTest {
  const installed = installedTestIfAny();
  if (installed === undefined) {
    throw new ConfigurationError(
      'plugins',
      'the test() of @pactwright/vitest-plugin was used outside a Vitest test file, or in a project whose ' +
        'config lacks the plugin: add plugins: [pactwright({ consumer, provider })] to your Vitest config.',
    );
  }
  return installed as PactTest;
}

/** Forwards calls and properties (`test.skip`, `test.each`, `test.extend`, …) to `real()`. */
function forwardingTest(real: () => PactTest): PactTest {
  return new Proxy(function pactTest() {}, {
    apply(_target, thisArg, args: unknown[]) {
      return Reflect.apply(real(), thisArg, args);
    },
    get(_target, property) {
      const target = real();
      return Reflect.get(target, property, target);
    },
    has(_target, property) {
      return property in real();
    },
  }) as unknown as PactTest;
}

/**
 * The `test` of modules loaded before the setup file installed one (the config, or a user setup
 * file listed before ours): it forwards to the running file's, so this module never touches `vitest`.
 */
function lazyTest(): PactTest {
  return forwardingTest(installedTest);
}

/**
 * Vitest's `test` with a `pact` fixture: `test('…', async ({ pact }) => { … })`.
 * Same as importing `pact`; use whichever reads better. Extend it further with `test.extend`.
 *
 * In a test worker the main entry installs it as it loads. The first use builds Vitest's own
 * extended `test`, and from then on the binding is that one (no wrapper frame in stacks, e.g. of
 * timeouts). Modules loaded before the setup file ran get a forwarding stand-in.
 */
export let test: PactTest = lazyTest();

/** Alias of {@link test}. */
export let it: PactTest = test;
