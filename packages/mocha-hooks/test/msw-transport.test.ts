// `transport: 'msw'` in real Mocha runs (Node, no DOM: an absolute base URL, fetch and http.get),
// serial and --parallel, over the shared msw scenarios (harnesses/scenarios/msw-scenarios.mjs).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkMswRun, mswOptions, renderMswFiles, type PactJson } from '@pactwright/adapter-scenarios/msw';
import { makeProject, type NormalizedRun } from '@pactwright/adapter-scenarios';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir, runMocha } from './support/run-mocha.js';

const here = dirname(fileURLToPath(import.meta.url));
const reporter = join(here, 'support', 'scenario-reporter.cjs');
const projectsDir = join(here, '.tmp');
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

describe("transport: 'msw'", () => {
  it.each([{ parallel: false }, { parallel: true }])('Mocha 12, Node, absolute URLs, parallel: $parallel: green, mismatch, unexpected, never called; the green file writes its pact', async ({ parallel }) => {
    const { pactDir: _relative, ...options } = mswOptions('absolute');
    const project = makeProject(projectsDir, 'msw-', {
      'package.json': JSON.stringify({ name: 'msw-scenarios', private: true, type: 'module' }),
      '.mocharc.json': JSON.stringify({ require: ['@pactwright/mocha-hooks'], spec: ['tests/*.spec.*'], timeout: 10_000, pactwright: options }),
      ...renderMswFiles('mocha', 'esm', 'absolute'),
    });
    dirs.push(project.dir);
    const out = makeTempDir('msw');
    dirs.push(out);
    const report = join(out, 'scenarios.json');
    const result = await runMocha({ major: 12, fixture: project.dir, out, reporter: 'custom', args: ['--reporter', reporter, '--reporter-option', `output=${report}`, ...(parallel ? ['--parallel'] : [])] });
    expect(result.timedOut, `mocha did not exit by itself (an interception left open?):\n${result.stderr}`).toBe(false);
    const tests = JSON.parse(readFileSync(report, 'utf8')) as NormalizedRun['tests'];
    const pactDir = join(out, 'pacts');
    const [file] = (existsSync(pactDir) ? readdirSync(pactDir) : []).filter((name) => name.endsWith('.json'));
    const pact = file === undefined ? undefined : (JSON.parse(readFileSync(join(pactDir, file), 'utf8')) as PactJson);
    checkMswRun(`Mocha 12${parallel ? ' --parallel' : ''}`, { tests, pactDescriptions: [], output: result.stdout + result.stderr }, pact);
  });
});
