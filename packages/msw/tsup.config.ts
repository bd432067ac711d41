// The build shape every package shares (see packages/engine/tsup.config.ts): ES module and
// CommonJS files with their own declarations, for Jest test files that require() the handlers.
// Platform-neutral: the handlers run in Node, under jsdom and happy-dom, and in a browser.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  platform: 'neutral',
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
});
