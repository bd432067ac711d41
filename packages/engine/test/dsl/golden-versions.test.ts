// V2 and V4 pact files: the same interactions built with Pactwright's DSL and written by our
// writer must give exactly the interactions the real Pact JS 17 (PactV2, PactV4) wrote
// (scripts/golden-pacts/ made the files; this test only reads them). Files Pact JS wrote must also
// survive a merge with ours without losing anything.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goldenCases } from '../../scripts/golden-pacts/cases.mjs';
import { goldenCasesV2 } from '../../scripts/golden-pacts/cases-v2.mjs';
import { goldenCasesV4 } from '../../scripts/golden-pacts/cases-v4.mjs';
import { MatchersV3, PactBuilder } from '../../src/index.js';
import type { DslInteraction } from '../../src/index.js';
import { parsePact } from '../../src/model/parse.js';
import type { HttpInteraction, Pact, SpecVersion } from '../../src/model/types.js';
import { writePactToDir } from '../../src/pact-file/write.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const goldenDir = fileURLToPath(new URL('./golden/', import.meta.url));
const readJson = (file: string): Json => JSON.parse(readFileSync(file, 'utf8')) as Json;
const temp = mkdtempSync(path.join(tmpdir(), 'pactwright-golden-versions-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Keys sorted at every depth: the comparison ignores key order only. */
function normalized(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalized);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, normalized((v as Record<string, unknown>)[k])]));
  }
  return v;
}

/** Pact JS's V2 matcher names over our matchers, so both sides run the same cases. */
const matchersV2 = {
  like: MatchersV3.like,
  eachLike: (value: unknown, options?: { min?: number }) => MatchersV3.eachLike(value, options?.min),
  term: ({ generate, matcher }: { generate: string; matcher: string }) => MatchersV3.regex(matcher, generate),
};

function build(interactions: object[], spec: SpecVersion): HttpInteraction[] {
  const out: HttpInteraction[] = [];
  const builder = new PactBuilder((i) => out.push(i), { spec });
  // PactV2's interactions (with their single `state`) go in as they are.
  for (const raw of interactions) builder.addInteraction(raw as DslInteraction);
  return out;
}

/** Written the way a test run writes it: through the pact-file writer (which also orders the interactions). */
async function ourFile(consumer: string, provider: string, interactions: HttpInteraction[], spec: SpecVersion): Promise<Json> {
  const pact: Pact = { consumer: { name: consumer }, provider: { name: provider }, specVersion: spec, interactions, otherInteractions: [], metadata: {} };
  return readJson(await writePactToDir(pact, mkdtempSync(path.join(temp, 'ours-')), { spec }));
}

/**
 * Three things in Pact JS's V4 files come from its body builder calls, not from the file writer:
 * `body(contentType, Buffer)` (the only way to give PactV4 a text body) adds a `contentType` rule
 * on `$` and stores a response body as base64 bytes of type `*∕*`; `jsonBody()` declares the body
 * `application/json` whatever the Content-Type header says (we record the header's type, charset
 * included). They are taken back out of the golden copy, so the comparison is of what the writer
 * writes.
 */
function withoutBodyBuilderArtifacts(part: Json): Json {
  const out = structuredClone(part);
  const header = (out.headers?.['Content-Type'] as string[] | undefined)?.[0];
  if (out.body?.contentType === 'application/json' && header !== undefined && header.startsWith('application/json')) out.body.contentType = header;
  const bodyRules = out.matchingRules?.body as Json | undefined;
  const root = bodyRules?.['$'] as Json | undefined;
  if (root?.matchers?.length === 1 && root.matchers[0].match === 'contentType') {
    delete bodyRules!['$'];
    if (Object.keys(bodyRules!).length === 0) delete out.matchingRules.body;
    if (Object.keys(out.matchingRules).length === 0) delete out.matchingRules;
  }
  if (out.body?.contentType === '*/*' && out.body.encoded === 'base64') {
    const contentType = (out.headers?.['Content-Type'] as string[] | undefined)?.[0];
    out.body = { content: Buffer.from(out.body.content as string, 'base64').toString('utf8'), contentType, encoded: false };
  }
  return out;
}

describe.each([
  { version: 'v2', spec: '2' as SpecVersion, cases: goldenCasesV2(matchersV2), consumer: 'pactwright-golden-v2' },
  { version: 'v4', spec: '4' as SpecVersion, cases: [...goldenCases(MatchersV3), ...goldenCasesV4(MatchersV3)], consumer: 'pactwright-golden-v4' },
])('golden $version pacts written by Pact JS', ({ version, spec, cases, consumer }) => {
  for (const c of cases) {
    describe(c.provider, () => {
      const golden = readJson(path.join(goldenDir, version, `${consumer}-${c.provider}.json`));
      let ours: Json = {};
      beforeAll(async () => {
        ours = await ourFile(consumer, c.provider, build(c.interactions, spec), spec);
      });

      it('declares the same specification version and lists the same interactions in the same order', () => {
        expect(ours.metadata.pactSpecification).toEqual(golden.metadata.pactSpecification);
        expect(ours.interactions.map((i: Json) => i.description)).toEqual(golden.interactions.map((i: Json) => i.description));
      });

      for (const expected of golden.interactions as Json[]) {
        it(`"${expected.description}" is written exactly as Pact JS wrote it`, () => {
          const mine = (ours.interactions as Json[]).find((i) => i.description === expected.description);
          const want = version === 'v4' ? { ...expected, request: withoutBodyBuilderArtifacts(expected.request), response: withoutBodyBuilderArtifacts(expected.response) } : expected;
          expect(normalized(mine)).toEqual(normalized(want));
        });
      }
    });
  }
});

describe('pact files Pact JS wrote merge with ours without loss', () => {
  const newInteraction = (): HttpInteraction[] =>
    build([{ uponReceiving: 'a request added by pactwright', withRequest: { method: 'GET', path: '/added' }, willRespondWith: { status: 200 } }], '3');

  async function merged(goldenFile: string, spec: SpecVersion): Promise<{ before: Json; after: Json; info: string[] }> {
    const before = readJson(goldenFile);
    const dir = mkdtempSync(path.join(temp, 'merge-'));
    writeFileSync(path.join(dir, path.basename(goldenFile)), readFileSync(goldenFile));
    const info: string[] = [];
    const pact: Pact = { consumer: before.consumer, provider: before.provider, specVersion: spec, interactions: newInteraction(), otherInteractions: [], metadata: {} };
    const file = await writePactToDir(pact, dir, { spec, onInfo: (m) => info.push(m) });
    return { before, after: readJson(file), info };
  }

  const v4Files = readdirSync(path.join(goldenDir, 'v4')).map((f) => path.join(goldenDir, 'v4', f));
  const v2Files = readdirSync(path.join(goldenDir, 'v2')).map((f) => path.join(goldenDir, 'v2', f));

  it.each(v4Files.map((f) => [path.basename(f), f]))('V4 %s merged with a V3 write stays V4, every interaction byte-for-byte', async (_name, file) => {
    const { before, after, info } = await merged(file, '3');
    expect(after.metadata.pactSpecification.version).toBe('4.0');
    expect(info).toEqual([]);
    for (const interaction of before.interactions as Json[]) {
      expect(normalized((after.interactions as Json[]).find((i) => i.description === interaction.description))).toEqual(normalized(interaction));
    }
    expect(after.interactions).toHaveLength(before.interactions.length + 1);
    expect(after.metadata['pact-js']).toEqual(before.metadata['pact-js']);
  });

  it.each(v2Files.map((f) => [path.basename(f), f]))('V2 %s merged with a V2 write stays V2, every interaction byte-for-byte', async (_name, file) => {
    const { before, after } = await merged(file, '2');
    expect(after.metadata.pactSpecification.version).toBe('2.0.0');
    for (const interaction of before.interactions as Json[]) {
      expect(normalized((after.interactions as Json[]).find((i) => i.description === interaction.description))).toEqual(normalized(interaction));
    }
    expect(after.interactions).toHaveLength(before.interactions.length + 1);
  });

  it.each(v2Files.map((f) => [path.basename(f), f]))('V2 %s merged with a V4 write is upgraded, says so, and loads to the same interactions', async (_name, file) => {
    const { before, after, info } = await merged(file, '4');
    expect(after.metadata.pactSpecification.version).toBe('4.0');
    expect(info).toEqual([expect.stringMatching(/the existing pact is specification version 2\.0\.0; it is upgraded to 4\.0$/)]);
    const loadedBefore = parsePact(JSON.stringify(before)).interactions;
    const loadedAfter = parsePact(JSON.stringify(after)).interactions;
    for (const interaction of loadedBefore) {
      const again = loadedAfter.find((i) => i.description === interaction.description);
      expect(again?.providerStates).toEqual(interaction.providerStates);
      expect(again?.request.matchingRules).toEqual(interaction.request.matchingRules);
      expect(again?.response.matchingRules).toEqual(interaction.response.matchingRules);
      expect(again?.request.query).toEqual(interaction.request.query);
      expect(again?.response.body).toEqual(interaction.response.body.kind === 'present' ? expect.objectContaining({ content: interaction.response.body.content }) : interaction.response.body);
    }
  });
});
