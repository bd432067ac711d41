// The build shape every package shares (see packages/engine/tsup.config.ts): tsup, one entry per
// `exports` subpath, declarations per entry, dependencies external, source maps with their sources.
// CommonJS only: Jest loads environments and test files through its CommonJS module registry.
//
// The environment's implementation is a third file, required by the entries only when Jest
// constructs the environment (see lazy-environment.cts): test code loads `@pactwright/jest-env`
// inside the test's vm, where pulling in the environment and the engine would cost every test file.
import { defineConfig, type Options } from 'tsup';

const lazyImplementation: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'lazy-environment',
  setup(build) {
    build.onResolve({ filter: /^\.\/environment\.cjs$/ }, (args) => (args.kind === 'require-call' ? { path: args.path, external: true } : undefined));
  },
};

export default defineConfig({
  entry: { index: 'src/index.cts', jsdom: 'src/jsdom.cts', 'happy-dom': 'src/happy-dom.cts', environment: 'src/environment.cts', 'global-setup': 'src/global-setup.cts', 'global-teardown': 'src/global-teardown.cts' },
  format: ['cjs'],
  cjsInterop: true,
  dts: { entry: { index: 'src/index.cts', jsdom: 'src/jsdom.cts', 'happy-dom': 'src/happy-dom.cts', 'global-setup': 'src/global-setup.cts', 'global-teardown': 'src/global-teardown.cts' } },
  sourcemap: true,
  platform: 'node',
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
  esbuildPlugins: [lazyImplementation],
  outExtension: () => ({ js: '.cjs', dts: '.d.cts' }),
  // The named exports Node's ESM loader reads, appended to the built main entry.
  onSuccess: 'node scripts/annotate-cjs-exports.mjs dist/index.cjs',
});
