// The build shape every package shares (see packages/engine/tsup.config.ts): tsup, one entry per
// `exports` subpath, declarations per entry, dependencies external, source maps with their sources.
// ESM only, as Vitest is.
//
// The main entry and the setup file's lifecycle are built apart, each into one file with everything
// it imports statically: an isolated test file loads the main entry afresh, and each ES module costs
// it about a millisecond to load. The main entry holds the file lifecycle itself, and hands it the
// hooks of the `vitest` Vitest loaded (vitest-of-worker.ts). The setup file's lifecycle
// (vitest-lifecycle.ts) imports `vitest`, which the main entry must not, so it stays a file of its
// own, which the main entry also falls back on. What the two would share is stateless or keeps its
// state on globalThis (worker-slots.ts), so two copies are fine. Their dynamic imports
// (main-process and rarely used parts) stay files of their own.
import { createRequire } from 'node:module';
import { defineConfig, type Options } from 'tsup';

// A browser page gets the engine's browser-ready core wherever the code names the engine.
const engineCore: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'engine-core',
  setup(build) {
    build.onResolve({ filter: /^@pactwright\/engine(\/matchers|\/core|\/dsl)?$/ }, () => ({ path: '@pactwright/engine/core', external: true }));
    build.onResolve({ filter: /^@pactwright\/engine\/runner$/ }, (args) => ({ errors: [{ text: `${args.importer} imports the engine's runner, which cannot run in a browser page` }] }));
  },
};

/** What only Vitest's main process loads, through the config's dynamic imports: built on its own. */
const MAIN_PROCESS = ['file-host', 'run-owner', 'page-commands'];

/** Leaves an import of one of `files` (built on their own) an import of its built file. */
function apart(files: readonly string[]): NonNullable<Options['esbuildPlugins']>[number] {
  return {
    name: `apart-${files.join('-')}`,
    setup(build) {
      const names = new RegExp(`^\\./(${files.join('|')})\\.js$`);
      build.onResolve({ filter: names }, (args) => ({ path: args.path, external: true }));
    },
  };
}

// The main entry's dynamic imports of those stay imports of their own built files, so that the
// entry shares no chunk with them.
const mainProcessApart = apart(MAIN_PROCESS);

// A test worker loads the DSL (`@pactwright/engine/dsl`), which holds every matcher: the main
// entry's `export * from '@pactwright/engine/matchers'` re-exports them from there, by name, instead
// of loading the matchers' own file, a second module of 32 KB in every isolated test file.
const matchersFromDsl: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'matchers-from-dsl',
  setup(build) {
    const names = Object.keys(createRequire(import.meta.url)('@pactwright/engine/matchers') as object);
    build.onResolve({ filter: /^@pactwright\/engine\/matchers$/ }, () => ({ path: 'matchers', namespace: 'matchers-from-dsl' }));
    build.onLoad({ filter: /.*/, namespace: 'matchers-from-dsl' }, () => ({ contents: `export { ${names.join(', ')} } from '@pactwright/engine/dsl';`, loader: 'js' }));
  },
};

const nodeBuild = { format: ['esm'], sourcemap: true, splitting: true, platform: 'node', target: 'node20', tsconfig: 'tsconfig.build.json' } satisfies Options;

export default defineConfig([
  // Left to the plugin above rather than made external by tsup.
  { ...nodeBuild, entry: { index: 'src/index.ts' }, dts: true, noExternal: ['@pactwright/engine/matchers'], esbuildPlugins: [mainProcessApart, matchersFromDsl] },
  // The setup file only hands over to the file lifecycle, which stays a file of its own (setup.ts
  // says why).
  { ...nodeBuild, entry: { setup: 'src/setup.ts' }, dts: true, esbuildPlugins: [apart(['vitest-lifecycle'])] },
  { ...nodeBuild, entry: { 'vitest-lifecycle': 'src/vitest-lifecycle.ts' }, dts: false },
  { ...nodeBuild, entry: Object.fromEntries(MAIN_PROCESS.map((name) => [name, `src/${name}.ts`])), dts: false },
  // Vitest browser mode: what runs in the page (the `browser` condition of `.`, and the page's
  // setup file), built for the browser platform on the engine's core.
  {
    entry: { browser: 'src/browser.ts', 'browser-setup': 'src/browser-setup.ts' },
    format: ['esm'],
    // Types come from the Node entry's declarations (the `types` condition): the names are the same.
    dts: false,
    sourcemap: true,
    splitting: true,
    platform: 'browser',
    target: 'es2022',
    tsconfig: 'tsconfig.build.json',
    external: ['vitest', 'vitest/browser', '@pactwright/msw'],
    // Not left external by tsup, so that the plugin below decides where the engine comes from.
    noExternal: [/^@pactwright\/engine/],
    esbuildPlugins: [engineCore],
  },
]);
