// Compares the pact a consumer test wrote with the one the real Pact JS 17 wrote for the same test
// file (scripts/make-golden.mjs). With PACTWRIGHT_MAKE_GOLDEN set (the script's run under Pact JS)
// it compares nothing: that run is the one producing the golden files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Where the consumer tests write their pacts: set by the golden script, else test/consumer/.tmp/pacts. */
export const pactDir = process.env.PACTWRIGHT_PACT_OUT ?? join(here, '.tmp', 'pacts');

type PactJson = { metadata?: { pactSpecification?: unknown }; interactions?: Array<Record<string, unknown>>; messages?: Array<Record<string, unknown>> } & Record<string, unknown>;

/** Keys sorted at every depth, interactions by description: the comparison ignores order only. */
function normalized(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalized);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, normalized((value as Record<string, unknown>)[key])]));
  }
  return value;
}

function comparable(pact: PactJson): unknown {
  const byDescription = (list: Array<Record<string, unknown>> | undefined): unknown =>
    list === undefined ? undefined : [...list].sort((a, b) => String(a.description).localeCompare(String(b.description)));
  // The tools' own names and versions in `metadata` differ by design; the specification does not.
  return normalized({
    consumer: pact.consumer,
    provider: pact.provider,
    specification: pact.metadata?.pactSpecification,
    interactions: byDescription(pact.interactions),
    messages: byDescription(pact.messages),
  });
}

/**
 * A difference from Pact JS that this package keeps, applied to the golden before comparing, so the
 * comparison checks everything else. Each is listed in the README ("What differs").
 */
export interface KnownDifference {
  why: string;
  /** Turns Pact JS's form into ours. */
  apply(goldenText: string): string;
}

/** Pact JS's PactV2 writes a V2 query rule at the value's index (`$.query.name[0]`); the engine writes the parameter (`$.query.name`). */
export const v2QueryRuleIndex: KnownDifference = {
  why: 'V2 query rules are written per parameter, not per value index',
  apply: (text) => text.replace(/"\$\.query\.([A-Za-z0-9_-]+)\[0\]"/g, '"$.query.$1"'),
};

/** Expects `<pactDir>/<consumer>-<provider>.json` to equal `golden/<consumer>-<provider>.json`. */
export function expectGolden(consumer: string, provider: string, differences: readonly KnownDifference[] = []): void {
  if (process.env.PACTWRIGHT_MAKE_GOLDEN !== undefined) return;
  const name = `${consumer}-${provider}.json`;
  const golden = join(here, 'golden', name);
  expect(existsSync(golden), `no golden file ${golden}: run node scripts/make-golden.mjs`).toBe(true);
  const ours = JSON.parse(readFileSync(join(pactDir, name), 'utf8')) as PactJson;
  const theirs = JSON.parse(differences.reduce((text, difference) => difference.apply(text), readFileSync(golden, 'utf8'))) as PactJson;
  expect(comparable(ours)).toEqual(comparable(theirs));
}
