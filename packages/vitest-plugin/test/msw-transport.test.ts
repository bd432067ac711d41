// `transport: 'msw'` in real Vitest runs: jsdom and happy-dom, relative URLs (the page's origin)
// and an absolute base URL, over the shared msw scenarios (harnesses/scenarios/msw-scenarios.mjs).
// Every variant runs on the root's Vitest; the other majors run jsdom with relative URLs.
import { checkMswRun, mswEnvironments, mswOptions, renderMswFiles, type PactJson, type UrlKind } from '@pactwright/adapter-scenarios/msw';
import type { NormalizedRun, NormalizedTest } from '@pactwright/adapter-scenarios';
import { describe, it } from 'vitest';
import { availableMajors, type AvailableMajor } from './support/majors.js';
import { createFixtureProject, pactFiles, readPact, runVitest } from './support/project.js';

const config = (environment: string, url: UrlKind): string => `import { defineConfig } from 'vitest/config';
import { pactwright } from '@pactwright/vitest-plugin';

export default defineConfig({
  plugins: [pactwright(${JSON.stringify(mswOptions(url))})],
  // The fixture's node_modules is a store outside the project (test/support/store.ts).
  server: { fs: { strict: false } },
  test: { include: ['tests/**/*.test.js'], environment: '${environment}' },
});
`;

async function run({ runtime, store }: AvailableMajor, environment: string, url: UrlKind): Promise<{ run: NormalizedRun; pact: PactJson | undefined }> {
  const project = await createFixtureProject(runtime, store, [], { 'vitest.config.ts': config(environment, url), ...renderMswFiles('vitest', 'esm', url) });
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
      .map((url) => ({ major, environment, url, label: `Vitest ${major.runtime.version}, ${environment}, ${url} URLs` })),
  ),
);

describe("transport: 'msw'", () => {
  it.each(variants)('$label: green, mismatch, unexpected, never called; the green file writes its pact', async ({ major, environment, url, label }) => {
    const { run: result, pact } = await run(major, environment, url);
    checkMswRun(label, result, pact);
  });
});
