// The one build shape of every package: tsup (esbuild for the code, rollup-plugin-dts for the
// types), one entry per `exports` subpath, ESM and CommonJS files with their own declarations
// (`.d.ts` / `.d.cts`), dependencies left external, source maps with the sources embedded.
//
// The engine's Node code is one CommonJS bundle, dist/node.cjs: Node loads it in a fraction of the
// time ~150 modules take, and runners that isolate test files pay that once per file. The entries
// (`.`, `./runner`, `./matchers`, ES module and CommonJS) are facades over it, written after this
// build by scripts/write-node-entries.mjs, so both module systems share one engine. dist/load.cjs
// runs the bundle with V8's code cache (src/node-bundle/load.ts says why).
import { defineConfig } from 'tsup';

const nodeBundle = {
  platform: 'node',
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
} as const;

export default defineConfig([{
  // The entries' declarations only (`.d.ts` for ES modules, `.d.cts` for CommonJS).
  entry: { index: 'src/index.ts', matchers: 'src/matchers.ts', runner: 'src/runner/index.ts' },
  format: ['esm', 'cjs'],
  dts: { only: true },
  ...nodeBundle,
},
{
  entry: { node: 'src/node-bundle/all.ts' },
  format: ['cjs'],
  clean: true,
  dts: false,
  sourcemap: true,
  // `import.meta.url` (the package's own files are found through it) as the bundle's file URL.
  // Not tsup's shim: that one answers a made-up page URL wherever a `document` exists (jsdom).
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: '"use strict";\nvar __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  ...nodeBundle,
  // The one dependency every start-up loads is bundled (see README, "Dependencies and why"): as a
  // package it is ten ES modules to resolve one by one in each fresh process.
  noExternal: ['lossless-json'],
},
{
  entry: { load: 'src/node-bundle/load.ts' },
  format: ['cjs'],
  dts: false,
  sourcemap: false,
  ...nodeBundle,
},
// The core (`@pactwright/engine/core`) for pages and service workers: built on its own, for the
// browser platform, so that it shares no chunk with the Node entries (whose shims import Node) and
// esbuild refuses any Node import in it.
{
  entry: { core: 'src/core.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  // No maps: the same code ships with its map in the main entry, and two more 0.9 MB maps would
  // grow the install by a third for the pages that load this one.
  sourcemap: false,
  // `import.meta.url` in the CommonJS file (Node's), from which require finds the lazy dependencies:
  // the file's own URL, not tsup's shim, which answers a page URL wherever a `document` exists
  // (a CommonJS test under jsdom or happy-dom).
  esbuildOptions(options, { format }) {
    if (format !== 'cjs') return;
    options.define = { ...options.define, 'import.meta.url': '__bundleUrl' };
    options.banner = { js: '"use strict";\nvar __bundleUrl = typeof __filename === "string" ? new URL("file:" + __filename).href : "";' };
  },
  platform: 'browser',
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
  noExternal: ['lossless-json'],
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
