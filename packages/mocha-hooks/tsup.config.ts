// The build shape every package shares (see packages/engine/tsup.config.ts): tsup, one entry per
// `exports` subpath, declarations per format (`.d.ts` / `.d.cts`), dependencies external, source
// maps with their sources.
//
// In the CommonJS file, `@pactwright/engine` goes through scripts/engine-cjs-shim.cjs, which loads
// the engine's ESM build with require(esm): CommonJS and ESM test files of one run then share one
// engine instance.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

const shim = fileURLToPath(new URL('./scripts/engine-cjs-shim.cjs', import.meta.url));

const engineShim: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'engine-cjs-shim',
  setup(build) {
    build.onResolve({ filter: /^@pactwright\/engine$/ }, (args) => (args.importer === shim ? { path: args.path, external: true } : { path: shim }));
  },
};

const shared: Options = {
  entry: { index: 'src/index.ts' },
  dts: true,
  sourcemap: true,
  platform: 'node',
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
};

export default defineConfig([
  { ...shared, format: ['esm'] },
  { ...shared, format: ['cjs'], esbuildPlugins: [engineShim], noExternal: ['@pactwright/engine'] },
]);
