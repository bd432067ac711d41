import { defineConfig } from 'vitest/config';
import { pactwright } from '@pactwright/vitest-plugin';

export default defineConfig({
  // One line: every test file gets its own mock server; the pact lands in ./pacts when the file is green.
  plugins: [pactwright({ consumer: 'web-app', provider: 'users-orders-api', pactDir: './pacts' })],
  test: {
    include: ['test/**/*.pact.test.ts'],
  },
});
