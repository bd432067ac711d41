// Regenerates src/model/pact-file.generated.ts from schema/pact.schema.json, the single source of
// the raw pact-file types and of the validation. Run with `npm run generate:types`; the output is
// committed so that builds never depend on this step. `--check` writes nothing and exits 1 when the
// committed file differs from what the schema gives (test/model/schema-types.test.ts runs it).
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const schemaUrl = new URL('../schema/pact.schema.json', import.meta.url);
const outUrl = new URL('../src/model/pact-file.generated.ts', import.meta.url);

const schema = JSON.parse(await readFile(schemaUrl, 'utf8'));
const banner = [
  '/* eslint-disable */',
  '/**',
  ' * GENERATED from schema/pact.schema.json by scripts/generate-types.mjs — do not edit by hand.',
  ' * The raw JSON shapes of a pact file (any spec version), before normalization.',
  ' */',
].join('\n');

const ts = await compile(schema, 'PactFile', {
  bannerComment: banner,
  additionalProperties: true,
  unknownAny: true,
  strictIndexSignatures: true,
  format: true,
  style: { singleQuote: true, printWidth: 120 },
  cwd: new URL('../schema/', import.meta.url).pathname,
});
if (process.argv.includes('--check')) {
  const committed = await readFile(outUrl, 'utf8');
  if (committed !== ts) {
    console.error(`${outUrl.pathname} is out of date with schema/pact.schema.json: run npm run generate:types`);
    process.exit(1);
  }
  console.log(`${outUrl.pathname} matches the schema`);
} else {
  await writeFile(outUrl, ts);
  console.log(`wrote ${outUrl.pathname}`);
}
