// `transport: 'msw'` in real Vitest runs: jsdom, happy-dom and browser mode (a real Chromium from
// Debian's packages, driven by Playwright), relative URLs (the page's origin) and an absolute base
// URL, over the shared msw scenarios (harnesses/scenarios/msw-scenarios.mjs). Every variant runs on
// the root's Vitest; the other majors run jsdom with relative URLs.
import { checkMswRun, mswEnvironments, mswOptions, renderMswFiles, type PactJson, type UrlKind } from '@pactwright/adapter-scenarios/msw';
import type { NormalizedRun, NormalizedTest } from '@pactwright/adapter-scenarios';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { availableMajors, type AvailableMajor } from './support/majors.js';
import { createFixtureProject, pactFiles, readPact, runVitest } from './support/project.js';

/** The system Chromium (Debian's package; .ci/run installs it). Nothing downloads a browser. */
const chromium = '/usr/bin/chromium';

const config = (environment: string, url: UrlKind): string =>
  environment === 'browser'
    ? `import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { pactwright } from '@pactwright/vitest-plugin';

export default defineConfig({
  plugins: [pactwright(${JSON.stringify(mswOptions(url))})],
  server: { fs: { strict: false } },
  test: {
    include: ['tests/**/*.test.js'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: '${chromium}', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] } }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
`
    : `import { defineConfig } from 'vitest/config';
import { pactwright } from '@pactwright/vitest-plugin';

export default defineConfig({
  plugins: [pactwright(${JSON.stringify(mswOptions(url))})],
  // The fixture's node_modules is a store outside the project (test/support/store.ts).
  server: { fs: { strict: false } },
  test: { include: ['tests/**/*.test.js'], environment: '${environment}' },
});
`;



async function run({ runtime, store }: AvailableMajor, environment: string, url: UrlKind): Promise<{ run: NormalizedRun; pact: PactJson | undefined }> {
  const page = environment === 'browser';
  const project = await createFixtureProject(runtime, store, [], {
    'vitest.config.ts': config(environment, url),
    // No public/mockServiceWorker.js: Vitest's browser mode serves msw's worker script itself.
    ...renderMswFiles('vitest', 'esm', url, page),
  });
  try {
    const result = await runVitest(project);
    const tests: NormalizedTest[] = (result.report?.testResults ?? []).flatMap((file) =>
      file.assertionResults.map((test) => ({ title: test.title, status: test.status === 'passed' || test.status === 'failed' ? test.status : 'skipped', message: test.failureMessages.join('\n') })),
    );
    const [file] = await pactFiles(project);
    const pact = file === undefined ? undefined : ((await readPact(project, file)) as unknown as PactJson);
    return { run: { tests, pactDescriptions: [], output: result.output }, pact };
  } finally {
    await project.remove();
  }
}

const majors = availableMajors();
const variants = majors.flatMap((major) =>
  mswEnvironments.vitest.flatMap((environment) =>
    (['relative', 'absolute'] as const)
      .filter((url) => major.major === 4 || (environment === 'jsdom' && url === 'relative'))
      // Browser mode: the provider installed here belongs to the root's Vitest (4).
      .filter(() => environment !== 'browser' || major.major === 4)
      .map((url) => ({ major, environment, url, label: `Vitest ${major.runtime.version}, ${environment}, ${url} URLs` })),
  ),
);

/** The pact each Vitest 4 variant wrote, to compare browser mode with jsdom. */
const written = new Map<string, string>();

describe("transport: 'msw'", () => {
  it.each(variants)('$label: green, mismatch, unexpected, never called; the green file writes its pact', async ({ major, environment, url, label }) => {
    if (environment === 'browser') expect(existsSync(chromium), `browser mode needs Chromium at ${chromium}: apt-get install chromium (.ci/run does)`).toBe(true);
    const { run: result, pact } = await run(major, environment, url);
    checkMswRun(label, result, pact);
    if (major.major === 4) written.set(`${environment} ${url}`, JSON.stringify(pact));
  });

  it('writes, from browser mode, the same pact as from jsdom', () => {
    for (const url of ['relative', 'absolute']) {
      const browser = written.get(`browser ${url}`);
      expect(browser, `the browser mode run with ${url} URLs wrote no pact`).toBeDefined();
      expect(browser, `${url} URLs`).toBe(written.get(`jsdom ${url}`));
    }
  });
});
