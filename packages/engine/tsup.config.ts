// The one build shape of every package: tsup (esbuild for the code, rollup-plugin-dts for the
// types), one entry per `exports` subpath, ESM and CommonJS files with their own declarations
// (`.d.ts` / `.d.cts`), dependencies left external, source maps with the sources embedded.
//
// The engine's Node code is one CommonJS bundle, dist/node.cjs: Node loads it in a fraction of the
// time ~150 modules take, and runners that isolate test files pay that once per file. It is built
// after this build, with the entries (`.` and `./runner`, ES module and CommonJS) as facades over
// it, by scripts/write-node-entries.mjs, so both module systems share one engine. The loader runs
// the bundle with V8's code cache (src/node-bundle/load.ts says why): dist/load.cjs for the
// CommonJS facades, bundled into each ES module facade by that script.
import { defineConfig, type Options } from 'tsup';

// A CommonJS file's `import.meta.url`: its own file URL. Not tsup's shim, which answers a made-up
// page URL wherever a `document` exists (a test under jsdom or happy-dom). The loader keys its
// `import()` hook by the same URL (src/node-bundle/load.ts).
const fileUrlOfCommonJs = {
  define: { 'import.meta.url': '__bundleUrl' },
  // Through process.getBuiltinModule, not require: a bundler reading the core's CommonJS file for a
  // page must find no Node import in it.
  banner: {
    js: '"use strict";\nvar __bundleUrl = typeof __filename === "string" && typeof process === "object" && process.getBuiltinModule ? process.getBuiltinModule("node:url").pathToFileURL(__filename).href : "";',
  },
};

/** The same, for a build of both formats: only its CommonJS file needs it. */
const fileUrlInCommonJsOnly: NonNullable<Options['esbuildOptions']> = (options, { format }) => {
  if (format !== 'cjs') return;
  options.define = { ...options.define, ...fileUrlOfCommonJs.define };
  options.banner = fileUrlOfCommonJs.banner;
};

const nodeBundle = {
  platform: 'node',
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
} as const;

export default defineConfig([{
  // The entries' declarations only (`.d.ts` for ES modules, `.d.cts` for CommonJS), in one build so
// that a type two entries share is one declaration.
  entry: { index: 'src/index.ts', runner: 'src/runner/index.ts', matchers: 'src/matchers.ts', dsl: 'src/dsl-entry.ts' },
  format: ['esm', 'cjs'],
  clean: true,
  dts: { only: true },
  ...nodeBundle,
},
// The loader of the CommonJS entries (the ES module ones hold their own copy; load.ts says why).
{
  entry: { load: 'src/node-bundle/load.ts' },
  format: ['cjs'],
  dts: false,
  sourcemap: false,
  ...nodeBundle,
  esbuildOptions: fileUrlInCommonJsOnly,
},
// The core (`@pactwright/engine/core`) for pages and service workers: built on its own, for the
// browser platform, so that it shares no code with the Node bundle and
// esbuild refuses any Node import in it.
{
  entry: { core: 'src/core.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  // No maps: the same code ships with its map in the main entry, and two more 0.9 MB maps would
  // grow the install by a third for the pages that load this one.
  sourcemap: false,
  // `import.meta.url` in the CommonJS file (Node's), from which require finds the lazy dependencies.
  esbuildOptions: fileUrlInCommonJsOnly,
  platform: 'browser',
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
  noExternal: ['lossless-json'],
},
// The matchers alone (`@pactwright/engine/matchers`): a small file of its own, loaded natively,
// sharing no code with the Node bundle (errors and matchers work across copies: see errors.ts and
// dsl/matchers/reify.ts). The DSL alone (`@pactwright/engine/dsl`) is a bundle of its own, loaded
// with the code cache, built by scripts/write-node-entries.mjs.
{
  entry: { matchers: 'src/matchers.ts' },
  format: ['esm', 'cjs'],
  // Declared with the other entries (first build), so that their types are the same types.
  dts: false,
  splitting: false,
  sourcemap: false,
  esbuildOptions: fileUrlInCommonJsOnly,
  platform: 'neutral',
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
},
// The `pactwright` command line: an ES module with its shebang, not a library entry.
{
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: true,
  platform: 'node',
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
}]);
