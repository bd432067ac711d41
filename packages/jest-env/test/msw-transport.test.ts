// `transport: 'msw'` in real Jest runs: the jsdom and happy-dom flavours, relative URLs (the page's
// origin) and an absolute base URL, over the shared msw scenarios
// (harnesses/scenarios/msw-scenarios.mjs), on Jest 30 (the Jest 29 harness pins no jsdom).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkMswRun, mswEnvironments, mswOptions, renderMswFiles, type PactJson, type UrlKind } from '@pactwright/adapter-scenarios/msw';
import { makeProject, type NormalizedTest } from '@pactwright/adapter-scenarios';
import { afterAll, describe, it } from 'vitest';
import { makeTempDir, removeDir, runJest, type JestMajor } from './support/run-jest.js';

const projectsDir = join(import.meta.dirname, '.tmp');
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

const flavours: Record<string, string> = { jsdom: '@pactwright/jest-env/jsdom', 'happy-dom': '@pactwright/jest-env/happy-dom' };

const variants = mswEnvironments.jest.flatMap((environment) =>
  (['relative', 'absolute'] as const).map((url) => ({ major: 30 as JestMajor, environment, url, label: `Jest 30, ${environment}, ${url} URLs` })),
);

describe("transport: 'msw'", () => {
  it.each(variants)('$label: green, mismatch, unexpected, never called; the green file writes its pact', async ({ major, environment, url, label }) => {
    const project = makeProject(projectsDir, `msw-${environment}-${url}-`, renderMswFiles('jest', 'cjs', url));
    dirs.push(project.dir);
    const pactDir = makeTempDir('msw-pacts');
    dirs.push(pactDir);
    const { pactDir: _relative, ...options } = mswOptions(url as UrlKind);
    const result = await runJest({
      major,
      fixture: project.dir,
      pactDir,
      testEnvironment: flavours[environment],
      pactwright: options,
      env: { PACTWRIGHT_WRITE_PACTS: 'file' },
    });
    const tests: NormalizedTest[] = result.results.testResults.flatMap((file) =>
      file.assertionResults.map((test) => ({ title: test.title, status: test.status === 'passed' || test.status === 'failed' ? test.status : 'skipped', message: test.failureMessages.join('\n') })),
    );
    const [file] = readdirSync(pactDir).filter((name) => name.endsWith('.json'));
    const pact = file === undefined ? undefined : (JSON.parse(readFileSync(join(pactDir, file), 'utf8')) as PactJson);
    checkMswRun(label, { tests, pactDescriptions: [], output: result.stdout + result.stderr }, pact);
  });
});
