#!/usr/bin/env node
// Node's ESM loader finds the named exports of a CommonJS module by reading its source
// (cjs-module-lexer), and cannot see members added to `module.exports` by a TypeScript namespace.
// This build step loads the built module, takes the names it really exports, and appends the
// never-executed line the lexer reads: `0 && (module.exports = { pact, like, … })`. The names
// come from the module itself, so they cannot drift from it.
import { appendFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const file = path.resolve(process.argv[2] ?? '');
const source = readFileSync(file, 'utf8');
const marker = '// Named exports for ESM importers';
if (!source.includes(marker)) {
  const exported = createRequire(import.meta.url)(file);
  const names = Object.keys(exported).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
  appendFileSync(file, `\n${marker} (scripts/annotate-cjs-exports.mjs):\n0 && (module.exports = { ${names.join(', ')} });\n`);
  console.log(`${path.relative(process.cwd(), file)}: ${names.length} named exports annotated`);
}
