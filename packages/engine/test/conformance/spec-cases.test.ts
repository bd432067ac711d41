/**
 * Runs every Pact specification request/response case (../shared/pact-specification beside the
 * repo root) through matchRequest/matchResponse and asserts the `match` verdict. Cases we knowingly
 * fail are listed in KNOWN_FAILURES (and in the engine README) and run as `test.fails`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { matchRequest, matchResponse } from '../../src/matching/index.js';
import type { SpecVersion } from '../../src/model/types.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const specRoot = join(repoRoot, '..', 'shared', 'pact-specification');

/** `version/part/folder/file` → why it fails. */
const KNOWN_FAILURES: Record<string, string> = {};

const VERSIONS: Record<string, SpecVersion> = { '1': '1', '1.1': '1.1', '2': '2', '3': '3', '4': '4' };

interface Case {
  match: boolean;
  expected: object;
  actual: object;
}

function readCase(file: string): Case {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return JSON.parse(text) as Case;
}

function listCases(): { version: string; spec: SpecVersion; part: 'request' | 'response'; folder: string; file: string; full: string }[] {
  const out = [];
  for (const dir of readdirSync(specRoot).sort()) {
    const m = /^version-(.+)$/.exec(dir);
    const spec = m?.[1] === undefined ? undefined : VERSIONS[m[1]];
    if (m?.[1] === undefined || spec === undefined) continue;
    for (const part of ['request', 'response'] as const) {
      const partDir = join(specRoot, dir, 'testcases', part);
      if (!existsSync(partDir)) continue;
      for (const folder of readdirSync(partDir).sort()) {
        for (const file of readdirSync(join(partDir, folder)).sort()) {
          if (file.endsWith('.json')) out.push({ version: m[1], spec, part, folder, file, full: join(partDir, folder, file) });
        }
      }
    }
  }
  return out;
}

const available = existsSync(specRoot);
if (!available) console.warn(`Spec conformance skipped: ${specRoot} not found (clone the shared material beside the repo).`);

describe.skipIf(!available)('Pact specification conformance', () => {
  const cases = available ? listCases() : [];
  const counts = new Map<string, { passed: number; total: number; knownFailures: number }>();

  for (const c of cases) {
    const id = `${c.version}/${c.part}/${c.folder}/${c.file}`;
    const known = KNOWN_FAILURES[id];
    const run = known === undefined ? test : test.fails;
    run(`V${id}`, () => {
      const entry = counts.get(c.version) ?? { passed: 0, total: 0, knownFailures: 0 };
      counts.set(c.version, entry);
      entry.total++;
      if (known !== undefined) entry.knownFailures++;
      const tc = readCase(c.full);
      const mismatches = c.part === 'request' ? matchRequest(tc.expected, tc.actual, { spec: c.spec }) : matchResponse(tc.expected, tc.actual, { spec: c.spec });
      expect(mismatches.length === 0, JSON.stringify(mismatches, null, 1)).toBe(tc.match);
      entry.passed++;
    });
  }

  afterAll(() => {
    const lines = [...counts].map(([v, n]) => `  V${v}: ${n.passed}/${n.total} passed${n.knownFailures ? ` (${n.knownFailures} known failures)` : ''}`);
    console.log(`Pact specification conformance (request + response cases):\n${lines.join('\n')}`);
  });
});
