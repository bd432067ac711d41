// The build shape every package shares (see packages/engine/tsup.config.ts): tsup, one entry per
// `exports` subpath, declarations per entry, dependencies external, source maps with their sources.
// ESM only, as Vitest is; code the two entries share goes to a common chunk, so both see one copy
// of the plugin's per-worker state.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', setup: 'src/setup.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
});
