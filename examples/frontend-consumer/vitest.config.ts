import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { pactwright } from '@pactwright/vitest-plugin';

const tests = ['test/**/*.pact.test.ts'];

export default defineConfig({
  // transport: 'msw': no mock server port. msw intercepts what the page sends to its own origin,
  // so the client's relative URLs (/api/users/1) reach the pact's interactions unchanged.
  plugins: [pactwright({ consumer: 'web-frontend', provider: 'users-api', pactDir: './pacts', transport: 'msw' })],
  test: {
    // The same tests under both DOM implementations front-end projects use, and in a real browser.
    projects: [
      { extends: true, test: { name: 'jsdom', environment: 'jsdom', include: tests } },
      { extends: true, test: { name: 'happy-dom', environment: 'happy-dom', include: tests } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: tests,
          browser: {
            enabled: true,
            headless: true,
            // Debian's Chromium (apt-get install chromium); set CHROMIUM_PATH for another one.
            provider: playwright({
              launchOptions: {
                executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
                args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
