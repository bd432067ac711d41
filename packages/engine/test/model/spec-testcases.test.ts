// Every request/response of the Pact specification's conformance cases must load without error:
// the matching layer feeds them through normalizeRequest/normalizeResponse.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { SpecVersion } from '../../src/model/types.js';
import { normalizeRequest, normalizeResponse } from '../../src/model/normalize-http.js';
import { normalizeMessage } from '../../src/model/message.js';
import { parseJsonText } from '../../src/model/json-value.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const specRoot = join(repoRoot, '..', 'shared', 'pact-specification');
const available = existsSync(specRoot);

const FOLDERS: Record<string, SpecVersion> = {
  'version-1': '1',
  'version-1.1': '1.1',
  'version-2': '2',
  'version-3': '3',
  'version-4': '4',
};

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? jsonFiles(join(dir, entry.name)) : entry.name.endsWith('.json') ? [join(dir, entry.name)] : [],
  );
}

if (!available) {
  test.skip(`spec conformance cases not found at ${specRoot} (../shared beside the repo): skipped`, () => {});
}

describe.runIf(available)('spec test cases load as requests/responses', () => {
  for (const [folder, spec] of Object.entries(FOLDERS)) {
    for (const kind of ['request', 'response', 'message'] as const) {
      const files = jsonFiles(join(specRoot, folder, 'testcases', kind));
      // Only V3 and V4 have message cases.
      if (kind === 'message' && spec !== '3' && spec !== '4') continue;
      test(`${folder} ${kind}: ${files.length} files`, () => {
        expect(files.length).toBeGreaterThan(0);
        let loaded = 0;
        for (const file of files) {
          const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
          const testCase = parseJsonText(text).value as { expected: unknown; actual: unknown };
          const name = relative(specRoot, file);
          for (const side of ['expected', 'actual'] as const) {
            try {
              if (kind === 'request') normalizeRequest(testCase[side], spec, side);
              else if (kind === 'response') normalizeResponse(testCase[side], spec, side);
              else normalizeMessage(testCase[side], spec, side);
              loaded++;
            } catch (error) {
              throw new Error(`${name} ${side}: ${(error as Error).message}`, { cause: error });
            }
          }
        }
        expect(loaded).toBe(files.length * 2);
      });
    }
  }
});
