// Builds the CommonJS entry (dist/index.cjs) and its types (dist/*.d.cts) next to tsc's ESM output.
// CommonJS test projects `require()` the package; one bundled file with dependencies left external
// keeps both entries behaviourally identical (their shared state lives on globalThis).
import { build } from 'esbuild';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shim = `${root}scripts/engine-cjs-shim.cjs`;

/** Routes the bundle's `@pactwright/engine` imports through the shim (whose own require stays external). */
const engineShim = {
  name: 'engine-cjs-shim',
  setup(builder) {
    builder.onResolve({ filter: /^@pactwright\/engine$/ }, (args) =>
      args.importer === shim ? { path: args.path, external: true } : { path: shim },
    );
  },
};

await build({
  plugins: [engineShim],
  entryPoints: [`${root}src/index.ts`],
  outfile: `${root}dist/index.cjs`,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

// Same declarations for require(): relative `./x.js` specifiers point at the `.d.cts` twins.
const dist = `${root}dist/`;
for (const name of readdirSync(dist).filter((file) => file.endsWith('.d.ts'))) {
  const text = readFileSync(dist + name, 'utf8')
    .replace(/(from\s+['"]\.{1,2}\/[^'"]+)\.js(['"])/g, '$1.cjs$2')
    .replace(/\/\/# sourceMappingURL=.*$/m, '');
  writeFileSync(dist + name.replace(/\.d\.ts$/, '.d.cts'), text);
}
