import { defineConfig } from 'vitest/config';
import { pactwright } from '@pactwright/vitest-plugin';

export default defineConfig({
  // transport: 'msw': no mock server port. msw intercepts what the page sends to its own origin,
  // so the client's relative URLs (/api/users/1) reach the pact's interactions unchanged.
  plugins: [pactwright({ consumer: 'web-frontend', provider: 'users-api', pactDir: './pacts', transport: 'msw' })],
  test: {
    // The same tests under both DOM implementations front-end projects use.
    projects: [
      { extends: true, test: { name: 'jsdom', environment: 'jsdom', include: ['test/**/*.pact.test.ts'] } },
      { extends: true, test: { name: 'happy-dom', environment: 'happy-dom', include: ['test/**/*.pact.test.ts'] } },
    ],
  },
});
