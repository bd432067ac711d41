// Builds the engine's Node bundle, dist/node.cjs and dist/node-lazy.cjs with their source maps
// (its start-up part and its lazy part: scripts/node-bundle-split.mjs says why and how), and writes
// the Node entries (dist/index.js and .cjs, runner) as facades over it, which load it with V8's code
// cache (src/node-bundle/load.ts: bundled into each ES module facade, dist/load.cjs for the
// CommonJS ones).
// Builds the DSL alone the same way, dist/dsl-bundle.cjs under the entry `./dsl`: a Vitest worker
// loads it in every isolated test file, and the code cache halves what that costs.
// Run after tsup, which builds the loader and the declarations.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decode, encode } from '@jridgewell/sourcemap-codec';
import { build } from 'esbuild';
import { SHARED, buildSplitBundle } from './node-bundle-split.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;
const ENTRIES = { index: 'src/index.ts', runner: 'src/runner/index.ts' };
const BUNDLE_ENTRY = 'src/node-bundle/all.ts';
const DSL_ENTRY = 'src/dsl-entry.ts';
/** The lazy part's file, beside dist/node.cjs (the loader knows it by the same name). */
const LAZY_FILE = 'node-lazy.cjs';

// A bundle's text between these is its module's function; see `startupFile` for why. The loader
// passes the function one argument more than a CommonJS loader does: how to load the engine's lazy
// part with its code cache (`LOAD_PART`).
const LOAD_PART = '__pactwrightLoadPart';
const MODULE_FUNCTION_PREFIX = `(function (body) { return this === globalThis ? body : body.call(exports, exports, require, module, __filename, __dirname); }).call(this, (function (exports, require, module, __filename, __dirname, ${LOAD_PART}) { `;
const MODULE_FUNCTION_SUFFIX = '\n}));\n';

/** `code` (a CommonJS module's text) as a file that is also a script whose value is its function. */
function asModuleFunction(code) {
  return `${MODULE_FUNCTION_PREFIX}${code}${MODULE_FUNCTION_SUFFIX}`;
}

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
  // The one dependency every start-up loads is bundled (see README, "Dependencies and why"): as a
  // package it is ten ES modules to resolve one by one in each fresh process.
  external: [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})],
  // ASCII code (other characters escaped): the loader reads the file as latin1, which V8 keeps as a
  // one-byte string and Node decodes faster than UTF-8. Comments are made ASCII below.
  charset: 'ascii',
  // `import.meta.url`: the bundle's own file URL, from which the package's files are found. Not
  // esbuild's empty shim; the loader keys its `import()` hook by the same URL (load.ts).
  define: { 'import.meta.url': '__bundleUrl' },
  // Through process.getBuiltinModule, not require, as every Node built-in the engine uses.
  banner: {
    js: '"use strict";\nvar __bundleUrl = typeof __filename === "string" && typeof process === "object" && process.getBuiltinModule ? process.getBuiltinModule("node:url").pathToFileURL(__filename).href : "";',
  },
  logLevel: 'warning',
};

const publicNames = Object.keys(await exportsOf(BUNDLE_ENTRY));
const parts = await buildSplitBundle(root, BUNDLE_ENTRY, common);
const lazyFile = lazyPartFile(parts.lazy);
writeFileSync(`${dist}${LAZY_FILE}`, lazyFile.code);
writeFileSync(`${dist}${LAZY_FILE}.map`, JSON.stringify(lazyFile.map));
const bundle = startupFile(parts.startup, publicNames, hashOf(`${dist}${LAZY_FILE}`));
writeFileSync(`${dist}node.cjs`, bundle.code);
writeFileSync(`${dist}node.cjs.map`, JSON.stringify(bundle.map));
checkBundle();

const contentHash = hashOf(`${dist}node.cjs`);
const bundled = new Set(publicNames);

for (const [name, source] of Object.entries(ENTRIES)) {
  const names = Object.keys(await exportsOf(source)).sort();
  const missing = names.filter((n) => !bundled.has(n));
  if (missing.length > 0) throw new Error(`${BUNDLE_ENTRY} does not export ${missing.join(', ')} of ${source}`);
  await writeFacades(name, names, 'loadEngine', contentHash, "the engine's one Node bundle");
}

// The DSL alone: one part, no source map (its stack frames are the DSL's own, and its errors point
// at the test through withTestStack).
const dslNames = Object.keys(await exportsOf(DSL_ENTRY)).sort();
const dslBuilt = await build({ ...common, entryPoints: [`${root}${DSL_ENTRY}`], format: 'cjs', write: false, outdir: dist });
const [dslOutput] = dslBuilt.outputFiles;
const nonBuiltIn = [...dslOutput.text.matchAll(/\brequire\("([^"]+)"\)/g)].map(([, id]) => id).filter((id) => !id.startsWith('node:'));
if (nonBuiltIn.length > 0) throw new Error(`${DSL_ENTRY} must bundle no package, but requires ${nonBuiltIn.join(', ')}`);
const { text: dslCode, exported: dslExported } = plainExports(dslOutput.text, dslNames, 'dist/dsl-bundle.cjs');
writeFileSync(`${dist}dsl-bundle.cjs`, asModuleFunction(`${ascii(dslCode)}${dslExported}\n`));
await writeFacades('dsl', dslNames, 'loadDsl', hashOf(`${dist}dsl-bundle.cjs`), "the DSL's bundle");

/** The bundle's content names its cache file, so a changed bundle never meets an old cache. */
function hashOf(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
}

/**
 * dist/<name>.js and .cjs: an entry's names from a bundle, through `loader` of the loader
 * (src/node-bundle/load.ts). The ES module file holds its own copy of the loader, bundled in here:
 * one ES module fewer for Node to resolve, read and link in every process that imports the entry
 * (about half a millisecond of a cold start, and of every isolated Vitest file, which imports the
 * DSL's). Copies share their state through `globalThis` (load.ts), so a process that imports two
 * entries still loads each bundle once. The CommonJS file requires dist/load.cjs with its own
 * `require`, the realm's, as in Jest's vm.
 */
async function writeFacades(name, names, loader, hash, what) {
  const header = `// Generated by scripts/write-node-entries.mjs: the entry ${name === 'index' ? '.' : `./${name}`} of ${what}.\n`;
  const facade = await build({
    stdin: {
      contents: `import { ${loader} } from './src/node-bundle/load.ts';\nconst bundle = ${loader}(${JSON.stringify(hash)});\nexport const { ${names.join(', ')} } = bundle;\n`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: `${root}tsconfig.build.json`,
    charset: 'ascii',
    write: false,
    logLevel: 'warning',
  });
  writeFileSync(`${dist}${name}.js`, `${header}${facade.outputFiles[0].text}`);
  writeFileSync(
    `${dist}${name}.cjs`,
    `${header}'use strict';\nconst bundle = require('./load.cjs').${loader}(${JSON.stringify(hash)}, require);\n${names.map((n) => `exports.${n} = bundle.${n};`).join('\n')}\n`,
  );
  rmSync(`${dist}${name}.js.map`, { force: true });
  rmSync(`${dist}${name}.cjs.map`, { force: true });
}

/** The export names of `source`, from esbuild's metafile. */
async function exportsOf(source) {
  const result = await build({ entryPoints: [`${root}${source}`], bundle: true, write: false, metafile: true, format: 'esm', platform: 'node', packages: 'external', outdir: dist, logLevel: 'silent' });
  const [output] = Object.values(result.metafile.outputs).filter((o) => o.entryPoint !== undefined);
  return Object.fromEntries(output.exports.map((n) => [n, true]));
}

/**
 * dist/node.cjs: the start-up part, its exports, and the function that runs the lazy part on first
 * use. `lazyHash` names the lazy part's cache file. Returns its code and its source map.
 *
 * The file is both a CommonJS module and a script whose value is its module's function, so that the
 * loader compiles the file's text as it was read. Wrapping the text in the loader instead (a
 * template string) made V8 copy half a megabyte before compiling it, which took 1.0 ms on Node 24
 * and 2.2 ms on Node 20 of each fresh process (measured, code cache in both). A CommonJS loader
 * (Node's, or Jest's in its realm) runs the file with `this` as `module.exports`, so it calls the
 * function; a script's `this` is the global object, so there it only hands the function back.
 *
 * The lazy part is a file of its own (dist/node-lazy.cjs) so that it also has a code cache of its
 * own: V8 restores a script's whole cache at once, so with both parts in one script a cache written
 * after a test file (which ran the lazy part) restored the lazy part's compiled code in every
 * process, needed or not. The loader hands the start-up part a way to load it with its cache; where
 * the bundle was loaded without one (a vm realm, the cache turned off) it is required beside it.
 */
function startupFile(startup, names, lazyHash) {
  const { text: startupCode, exported } = plainExports(startup.code, names, 'dist/node.cjs');
  const prefix = MODULE_FUNCTION_PREFIX;
  const { startupModules, lazyModules, lazyExports } = SHARED;
  const after = [
    exported,
    `var ${startupModules}, ${lazyExports};`,
    `// The lazy part, run on its first use (scripts/node-bundle-split.mjs), from dist/${LAZY_FILE}.`,
    `function ${lazyModules}() {`,
    `  if (${lazyExports} === undefined) {`,
    `    if (${startupModules} === undefined) throw new Error("Pactwright: the engine's lazy part was needed while its start-up part was still loading");`,
    `    const part = typeof ${LOAD_PART} === "function" ? ${LOAD_PART}(${JSON.stringify(lazyHash)}) : require("./${LAZY_FILE}");`,
    `    ${lazyExports} = part(${startupModules}, __bundleUrl).modules;`,
    '    globalThis[Symbol.for(`pactwright.lazyPart ${__filename}`)] = true;',
    '  }',
    `  return ${lazyExports};`,
    '}',
  ].join('\n');
  const code = `${prefix}${ascii(startupCode)}${after}${MODULE_FUNCTION_SUFFIX}//# sourceMappingURL=node.cjs.map\n`;
  const lines = decode(startup.map.mappings);
  for (const segment of lines[0] ?? []) segment[0] += prefix.length;
  return { code, map: { ...startup.map, file: 'node.cjs', mappings: encode(lines) } };
}

/**
 * dist/node-lazy.cjs: the lazy part, as a module whose export is a function of what it takes from
 * the start-up part (its modules, and the bundle's URL, by which `import()` and the package's files
 * are found), made a module function as dist/node.cjs is. Returns its code and its source map.
 */
function lazyPartFile(lazy) {
  const { startupModules } = SHARED;
  const prefix = `${MODULE_FUNCTION_PREFIX}"use strict"; module.exports = function (${startupModules}, __bundleUrl) { const module = { exports: {} }, exports = module.exports; `;
  const code = `${prefix}${ascii(lazy.code)}\nreturn module.exports;\n}${MODULE_FUNCTION_SUFFIX}//# sourceMappingURL=${LAZY_FILE}.map\n`;
  const lines = decode(lazy.map.mappings);
  for (const segment of lines[0] ?? []) segment[0] += prefix.length;
  return { code, map: { ...lazy.map, file: LAZY_FILE, mappings: encode(lines) } };
}

/**
 * The start-up part's exports as plain properties, set once its code has run. esbuild gives a
 * CommonJS bundle live-binding getters, defined before any code runs and copied into a second set
 * by `__toCommonJS`: with ~230 names that was a quarter of the bundle's top-level time in a fresh
 * process (about 0.9 ms on Node 24), and every facade reads each name through both. The engine
 * exports no binding it reassigns, so each name's value when the bundle has run is its value for
 * good. The getters' lines stay, blank, so that the source map's lines stay right. Returns the code
 * without the getters and the statement that sets the exports.
 */
function plainExports(text, names, file) {
  const block = /^var ([\w$]+) = \{\};\n__export\(\1, \{\n((?: {2}[\w$]+: \(\) => [\w$]+,?\n)+)\}\);\nmodule\.exports = __toCommonJS\(\1\);\n/m;
  const found = block.exec(text);
  if (found === null) throw new Error(`${file}: esbuild no longer writes its exports as this script expects; update plainExports`);
  const [whole, , list] = found;
  const local = new Map([...list.matchAll(/ {2}([\w$]+): \(\) => ([\w$]+)/g)].map(([, name, value]) => [name, value]));
  const missing = names.filter((name) => !local.has(name));
  if (missing.length > 0) throw new Error(`${file}: ${missing.join(', ')} not exported as plain bindings; update plainExports`);
  const blank = '\n'.repeat(whole.split('\n').length - 1);
  return {
    text: `${text.slice(0, found.index)}${blank}${text.slice(found.index + whole.length)}`,
    exported: `module.exports = { ${names.map((name) => (name === local.get(name) ? name : `${name}: ${local.get(name)}`)).join(', ')} };`,
  };
}

/**
 * esbuild escapes non-ASCII characters in code but keeps comments as written: there, each one
 * becomes '?', a single UTF-16 unit like the character it replaces (astral ones are two, and become
 * two), so the source map's columns stay right.
 */
function ascii(text) {
  return text.replace(/[\u0080-\uffff]/g, '?');
}

/**
 * Fails the build unless importing the bundle leaves its lazy part unrun: start-up code that used
 * the lazy part as it loads would undo the split (it fails there, with a clear error).
 */
function checkBundle() {
  const script = `
    const bundle = ${JSON.stringify(`${dist}node.cjs`)};
    require(bundle);
    if (globalThis[Symbol.for('pactwright.lazyPart ' + bundle)] === true) throw new Error('importing the engine ran its lazy part');
  `;
  execFileSync(process.execPath, ['-e', script], { stdio: ['ignore', 'inherit', 'inherit'] });
}
