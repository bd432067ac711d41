// The build shape every package shares (see packages/engine/tsup.config.ts): tsup, one entry per
// `exports` subpath, ESM and CommonJS files with their own declarations, dependencies external.
// Both formats: Pact JS users run Jest (CommonJS) as often as ES modules.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  platform: 'node',
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
});
