import { test as baseTest, type TestAPI } from 'vitest';
import { createBoundPact, type PactwrightPact } from './bound-pact.js';

/** Fixtures added by {@link test}. */
export interface PactwrightFixtures {
  /** The running file's Pactwright mock server and consumer DSL. */
  pact: PactwrightPact;
}

const fixturePact = createBoundPact();

/**
 * Vitest's `test` with a `pact` fixture: `test('…', async ({ pact }) => { … })`.
 * Same as importing `pact`; use whichever reads better.
 */
export const test: TestAPI<PactwrightFixtures> = baseTest.extend<PactwrightFixtures>({
  // Vitest reads fixture dependencies from the destructuring pattern, so it must be an (empty) one.
  // eslint-disable-next-line no-empty-pattern
  pact: async ({}, use) => {
    await use(fixturePact);
  },
});

/** Alias of {@link test}. */
export const it: TestAPI<PactwrightFixtures> = test;
