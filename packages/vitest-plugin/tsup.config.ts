// The build shape every package shares (see packages/engine/tsup.config.ts): tsup, one entry per
// `exports` subpath, declarations per entry, dependencies external, source maps with their sources.
// ESM only, as Vitest is; code the two entries share goes to a common chunk, so both see one copy
// of the plugin's per-worker state.
import { defineConfig, type Options } from 'tsup';

// A browser page gets the engine's browser-ready core wherever the code names the engine.
const engineCore: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'engine-core',
  setup(build) {
    build.onResolve({ filter: /^@pactwright\/engine(\/matchers|\/core|\/dsl)?$/ }, () => ({ path: '@pactwright/engine/core', external: true }));
    build.onResolve({ filter: /^@pactwright\/engine\/runner$/ }, (args) => ({ errors: [{ text: `${args.importer} imports the engine's runner, which cannot run in a browser page` }] }));
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts', setup: 'src/setup.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    splitting: true,
    platform: 'node',
    target: 'node20',
    tsconfig: 'tsconfig.build.json',
  },
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
