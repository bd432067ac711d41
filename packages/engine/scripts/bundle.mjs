// Builds the CommonJS entry (dist/index.cjs) next to tsc's ESM output. Jest loads test files through
// its own CJS module registry, where an ESM-only engine cannot be required; one bundled file with
// dependencies left external keeps the two entries behaviourally identical.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  entryPoints: [`${root}src/index.ts`],
  outfile: `${root}dist/index.cjs`,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  // import.meta does not exist in CommonJS; give the bundle its own file URL instead.
  define: { 'import.meta.url': '__pactwrightModuleUrl' },
  banner: { js: "const __pactwrightModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
