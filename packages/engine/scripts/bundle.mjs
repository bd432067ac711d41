// Builds the two entry points from src/index.ts, each one bundled file with dependencies left
// external (tsc emits only the declarations):
// - dist/index.js (ESM). One file instead of ~150 modules: Node loads the engine in ~35 ms instead
//   of ~110 ms, and runners that isolate test files pay that once per file.
// - dist/index.cjs (CommonJS). Jest loads test files through its own CJS module registry, where an
//   ESM-only engine cannot be required.
// Both come from the same sources with the same options, so the two entries behave identically.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = {
  entryPoints: [`${root}src/index.ts`],
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
};

await build({ ...shared, outfile: `${root}dist/index.js`, format: 'esm' });
await build({
  ...shared,
  outfile: `${root}dist/index.cjs`,
  format: 'cjs',
  // import.meta does not exist in CommonJS; give the bundle its own file URL instead.
  define: { 'import.meta.url': '__pactwrightModuleUrl' },
  banner: { js: "const __pactwrightModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
