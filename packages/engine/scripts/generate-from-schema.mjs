// Regenerates, from schema/pact.schema.json (the single source of the raw pact-file types and of
// their validation), two committed files:
//   src/model/pact-file.generated.ts             the raw TypeScript types (json-schema-to-typescript)
//   src/model/pact-schema-validators.generated.ts the validators, compiled ahead of time (ajv standalone)
// Compiling the schema with ajv at run time cost every process that loads a pact ~30 ms to import
// ajv and ~70 ms to compile; the standalone code needs neither. Run with `npm run generate:schema`;
// the output is committed so that builds never depend on this step. `--check` writes nothing and
// exits 1 when a committed file differs from what the schema gives (test/model/schema-generated.test.ts).
import { readFile, writeFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';

const schemaUrl = new URL('../schema/pact.schema.json', import.meta.url);
const typesUrl = new URL('../src/model/pact-file.generated.ts', import.meta.url);
const validatorsUrl = new URL('../src/model/pact-schema-validators.generated.ts', import.meta.url);

const schema = JSON.parse(await readFile(schemaUrl, 'utf8'));

async function typesSource() {
  const banner = [
    '/* eslint-disable */',
    '/**',
    ' * GENERATED from schema/pact.schema.json by scripts/generate-from-schema.mjs — do not edit by hand.',
    ' * The raw JSON shapes of a pact file (any spec version), before normalization.',
    ' */',
  ].join('\n');
  return compile(schema, 'PactFile', {
    bannerComment: banner,
    additionalProperties: true,
    unknownAny: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
    cwd: new URL('../schema/', import.meta.url).pathname,
  });
}

function validatorsSource() {
  // verbose: errors carry the failing value and its schema, which our messages quote.
  const ajv = new Ajv({
    allErrors: false,
    verbose: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    code: { source: true, esm: true, lines: true },
  });
  // Annotation for json-schema-to-typescript; no validation meaning.
  ajv.addKeyword({ keyword: 'tsType', schemaType: 'string' });
  // Annotation: what a value must look like, in words, for keywords whose own message is cryptic.
  ajv.addKeyword({ keyword: 'x-expected', schemaType: 'string' });
  ajv.addSchema(schema);
  const names = {
    validatePact: schema.$id,
    validateRequest: `${schema.$id}#/definitions/Request`,
    validateResponse: `${schema.$id}#/definitions/Response`,
  };
  const code = standalone.default(ajv, names);
  if (/\brequire\(|\bfrom\s+["']/.test(code)) {
    // The engine ships this file without ajv; a runtime import would make ajv a dependency again.
    throw new Error('ajv standalone code imports a runtime module; the schema uses a keyword that needs one');
  }
  // The code builds its schemas' objects and patterns as it loads, which every process that starts
  // the engine would pay for (about 0.3 ms of a cold start, measured); most never validate raw
  // JSON. So it runs inside a function, on the first validation.
  const exported = /^export const (\w+) = (\w+);$/gm;
  const found = [...code.matchAll(exported)].map(([, name]) => name);
  if (found.sort().join() !== Object.keys(names).sort().join()) throw new Error(`ajv standalone code exports ${found.join(', ')}, not the validators asked for`);
  return [
    '/* eslint-disable */',
    '// @ts-nocheck',
    '/**',
    ' * GENERATED from schema/pact.schema.json by scripts/generate-from-schema.mjs — do not edit by hand.',
    ' * ajv standalone validators for a whole pact file and for one request or response, built on the',
    ' * first call.',
    ' */',
    'export function pactSchemaValidators() {',
    code.replace(exported, 'const $1 = $2;'),
    `return { ${Object.keys(names).join(', ')} };`,
    '}',
    '',
  ].join('\n');
}

const outputs = [
  [typesUrl, await typesSource()],
  [validatorsUrl, validatorsSource()],
];
if (process.argv.includes('--check')) {
  let stale = false;
  for (const [url, text] of outputs) {
    const committed = await readFile(url, 'utf8').catch(() => '');
    if (committed !== text) {
      console.error(`${url.pathname} is out of date with schema/pact.schema.json: run npm run generate:schema`);
      stale = true;
    } else console.log(`${url.pathname} matches the schema`);
  }
  if (stale) process.exit(1);
} else {
  for (const [url, text] of outputs) {
    await writeFile(url, text);
    console.log(`wrote ${url.pathname}`);
  }
}
