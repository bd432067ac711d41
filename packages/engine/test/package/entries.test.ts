// The published entries are esbuild bundles (ESM and CommonJS) whose rarely needed dependencies
// load on first use. These tests run each built entry in a fresh Node process: nothing optional is
// loaded by importing it, and every feature behind a lazy dependency works from the bundle.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const script = fileURLToPath(new URL('./fixtures/exercise-entry.mjs', import.meta.url));

interface Outcome {
  jsonStatus: number;
  loadedAtStart: string[];
  xmlMatchStatus: number;
  xmlMismatchStatus: number;
  generatedCode: string;
  generatedDay: string;
  jsonMismatchStatus: number;
  report: string;
  multipartSame: number;
  multipartDifferent: number;
  guardedMismatches: number;
  guardedMs: number;
  url2Example: string;
  writtenInteractions: number;
  loadedAtEnd: string[];
}

describe.each(['index.js', 'index.cjs'])('the built entry dist/%s', (file) => {
  it('loads optional dependencies only when a feature needs them, and each feature works', () => {
    const entry = dist + file;
    if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` in packages/engine first`);
    const run = spawnSync(process.execPath, [script, entry], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const outcome = JSON.parse(run.stdout) as Outcome;

    expect(outcome.jsonStatus).toBe(200);
    expect(outcome.loadedAtStart).toEqual([]);

    expect(outcome.xmlMatchStatus).toBe(201);
    expect(outcome.xmlMismatchStatus).toBe(500);
    expect(outcome.generatedCode).toMatch(/^[A-Z]{3}\d{2}$/);
    expect(outcome.generatedDay).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4}$/);
    expect(outcome.jsonMismatchStatus).toBe(500);
    expect(outcome.report).toContain('Request did not match interaction "a JSON update"');
    expect(outcome.report).toMatch(/^\s*- {3}"general-availability"$/m);
    expect(outcome.multipartSame).toBe(0);
    expect(outcome.multipartDifferent).toBeGreaterThan(0);
    expect(outcome.guardedMismatches).toBe(1);
    expect(outcome.guardedMs).toBeLessThan(5_000);
    expect(outcome.url2Example).toMatch(/^https:\/\/api\.example\.com\/orders\/\d{3}$/);
    expect(outcome.writtenInteractions).toBe(4);

    // ajv is a build-time tool only: the validators are compiled ahead of time.
    expect(outcome.loadedAtEnd.sort()).toEqual(['@xmldom/xmldom', 'diff', 'randexp', 're2js']);
  }, 60_000);
});
