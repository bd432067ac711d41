// Pactwright's DSL must compile the golden interactions to exactly what Pact JS wrote for them
// (scripts/golden-pacts/ made the files with the real Pact JS; this test only reads them).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goldenCases } from '../../scripts/golden-pacts/cases.mjs';
import { MatchersV3, PactBuilder } from '../../src/index.js';
import type { HttpInteraction } from '../../src/model/types.js';
import { toPactJson } from './pact-json.js';

const goldenFile = (provider: string): string =>
  fileURLToPath(new URL(`./golden/v3/pactwright-golden-${provider}.json`, import.meta.url));

type PactInteractionJson = { description: string; providerStates?: unknown; request: unknown; response: unknown };

/** Keys sorted at every depth, so the comparison ignores key order only. */
function normalized(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalized);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, normalized((v as Record<string, unknown>)[k])]));
  }
  return v;
}

for (const c of goldenCases(MatchersV3)) {
  describe(`golden pact ${c.provider}`, () => {
    const pact = JSON.parse(readFileSync(goldenFile(c.provider), 'utf8')) as { interactions: PactInteractionJson[] };
    const ours: HttpInteraction[] = [];
    const builder = new PactBuilder((i) => ours.push(i));
    for (const i of c.interactions) builder.addInteraction(i);

    it('has the same interactions', () => {
      expect(ours.map((i) => i.description).sort()).toEqual(pact.interactions.map((i) => i.description).sort());
    });

    for (const golden of pact.interactions) {
      describe(golden.description, () => {
        const mine = (): HttpInteraction => {
          const found = ours.find((i) => i.description === golden.description);
          if (!found) throw new Error(`no interaction ${golden.description}`);
          return found;
        };
        it('provider states', () => {
          expect(mine().providerStates).toEqual(golden.providerStates ?? []);
        });
        it('request: example, headers, query, matching rules, generators', () => {
          expect(normalized(toPactJson(mine().request))).toEqual(normalized(golden.request));
        });
        it('response: example, headers, matching rules, generators', () => {
          expect(normalized(toPactJson(mine().response))).toEqual(normalized(golden.response));
        });
      });
    }
  });
}
