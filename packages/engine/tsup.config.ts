// The one build shape of every package: tsup (esbuild for the code, rollup-plugin-dts for the
// types), one entry per `exports` subpath, ESM and CommonJS files with their own declarations
// (`.d.ts` / `.d.cts`), dependencies left external, source maps with the sources embedded.
//
// The engine is bundled into one file per format: Node loads it in ~35 ms instead of ~110 ms as
// ~150 modules, and runners that isolate test files pay that once per file. The CommonJS file is
// for Jest, which loads test files through its own CJS module registry.
import { defineConfig } from 'tsup';

export default defineConfig([{
  entry: { index: 'src/index.ts', matchers: 'src/matchers.ts', runner: 'src/runner/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  platform: 'node',
  target: 'node20',
  // `import.meta.url` (the package's own files are found through it) in the CommonJS file too.
  shims: true,
  tsconfig: 'tsconfig.build.json',
  // The two dependencies every start-up loads are bundled (see README, "Dependencies and why"):
  // as packages they cost each fresh process about 20 ms (ten ES modules; Node's CJS loader).
  noExternal: ['lossless-json', 'picocolors'],
},
// The core (`@pactwright/engine/core`) for pages and service workers: built on its own, for the
// browser platform, so that it shares no chunk with the Node entries (whose shims import Node) and
// esbuild refuses any Node import in it. picocolors reads \`process\` when it loads; in a page there
// is none, so it reads \`globalThis.process\` instead (the core itself never names \`process\`).
{
  entry: { core: 'src/core.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  // No maps: the same code ships with its map in the main entry, and two more 0.9 MB maps would
  // grow the install by a third for the pages that load this one.
  sourcemap: false,
  // \`import.meta.url\` in the CommonJS file, from which Node's require finds the lazy dependencies.
  shims: true,
  platform: 'browser',
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
  noExternal: ['lossless-json', 'picocolors'],
  define: { process: 'globalThis.process' },
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
