// The build shape every package shares (see packages/engine/tsup.config.ts): tsup, one entry per
// `exports` subpath, declarations per format (`.d.ts` / `.d.cts`), dependencies external, source
// maps with their sources.
//
// In the CommonJS file, `@pactwright/engine` and its subpaths go through scripts/engine-cjs-shims/,
// which load the engine's ESM build with require(esm): CommonJS and ESM test files of one run then
// share one engine instance.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

const shims = fileURLToPath(new URL('./scripts/engine-cjs-shims/', import.meta.url));

const engineShim: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'engine-cjs-shim',
  setup(build) {
    build.onResolve({ filter: /^@pactwright\/engine(\/(runner|matchers))?$/ }, (args) =>
      // The loader's own fallback is the engine's CommonJS build, required as it is.
      args.importer.endsWith('load-engine-esm.cjs') ? { path: args.path, external: true } : { path: `${shims}${args.path.split('/')[2] ?? 'index'}.cjs` },
    );
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
