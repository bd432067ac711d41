import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The consumer tests under test/consumer are written against '@pact-foundation/pact', as a Pact JS
// user's are; here that name resolves to this package's source. scripts/make-golden.mjs runs the
// same files against the real Pact JS to produce the golden pacts they are compared with.
export default defineConfig({
  resolve: {
    alias: { '@pact-foundation/pact': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
