// Builds the engine's Node bundle in two parts, for a fresh process's start-up (see
// src/node-bundle/all.ts for what the bundle is): the start-up part, which importing the engine
// and starting a mock server need, and the lazy part (matching, generators, failure reports and
// pact files), which the first request, report or pact write needs. They go into two files,
// dist/node.cjs and dist/node-lazy.cjs (scripts/write-node-entries.mjs), each with a code cache of
// its own, and the lazy part is loaded and run on first use. A process that never needs the lazy
// part neither reads it, nor runs its modules' top-level code, nor restores their compiled code.
// Measured on Node 24, that took the restored cache from 190 KB to 108 KB and its restore from 3.8
// to 2.2 ms.
//
// The two parts are two esbuild bundles of disjoint sets of modules, so that every module (its
// classes, its state) exists once. An import from one part into the other goes through a module
// made here:
// - start-up to lazy: one function per export, which runs the lazy part on its first call and then
//   calls the export. So the start-up part may import only functions from the lazy part; importing
//   anything else fails the build ("No matching export").
// - lazy to start-up: the start-up part's module, as an object of its exports' values, made when
//   the lazy part runs (the start-up part has loaded by then, and its modules reassign no export).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

/** The modules of the lazy part, by folder (paths from the package root). */
export const LAZY_FOLDERS = ['src/matching/', 'src/generators/', 'src/report/', 'src/pact-file/'];

/**
 * The names the two parts meet by: the start-up part's modules (which the lazy part's module
 * function takes as an argument of this name), and, in the start-up part, the function that runs
 * the lazy part and what it returned.
 */
export const SHARED = {
  startupModules: '__pactwrightStartupModules',
  lazyModules: '__pactwrightLazyModules',
  lazyExports: '__pactwrightLazyExports',
};

/**
 * Modules of those folders that stay in the start-up part: the pact file's name, which every test
 * file's record for a run owner carries, so that a file that sent no request (a unit test beside the
 * pact tests, on runners that give every file a session) does not run the lazy part.
 */
export const STARTUP_FILES = ['src/pact-file/file-name.ts'];

const isLazy = (file) => !STARTUP_FILES.includes(file) && LAZY_FOLDERS.some((folder) => file.startsWith(folder));

/**
 * Builds both parts of the bundle of `entry` with the esbuild options `common` (bundling, platform,
 * externals, defines; no output options), paths relative to `root`. Returns each part's code and
 * source map, unwritten.
 */
export async function buildSplitBundle(root, entry, common) {
  const rel = (file) => path.relative(root, file).split(path.sep).join('/');
  const graph = await build({ ...common, absWorkingDir: root, entryPoints: [entry], write: false, metafile: true, format: 'cjs', outfile: 'graph.cjs' });
  const inputs = graph.metafile.inputs;
  const lazySurface = new Set();
  const startupSurface = new Set();
  for (const [file, input] of Object.entries(inputs)) {
    for (const { path: target } of input.imports) {
      if (!(target in inputs)) continue;
      if (!isLazy(file) && isLazy(target)) lazySurface.add(target);
      if (isLazy(file) && !isLazy(target)) startupSurface.add(target);
    }
  }
  const lazyFunctions = await functionExports(root, [...lazySurface], common);
  const startupNames = await exportNames(root, [...startupSurface], common);

  // Sends an import that crosses from one part into the other to a module of `namespace`.
  const crossing = (namespace, fromLazy, contents) => ({
    name: `pactwright-${namespace}`,
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'resolving' || args.kind === 'entry-point' || args.namespace !== 'file' || args.importer === '') return undefined;
        if (isLazy(rel(args.importer)) !== fromLazy) return undefined;
        const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' });
        if (resolved.errors.length > 0 || resolved.external || resolved.path === '') return undefined;
        const target = rel(resolved.path);
        if (!(target in inputs) || isLazy(target) === fromLazy) return undefined;
        return { path: target, namespace };
      });
      b.onLoad({ filter: /.*/, namespace }, (args) => ({ contents: contents(args.path), loader: 'js' }));
    },
  });

  const startupModules = [...startupSurface].map((file, i) => {
    const names = startupNames.get(file) ?? [];
    const alias = (name) => `__s${i}_${name}`;
    return {
      imports: `import { ${names.map((name) => `${name} as ${alias(name)}`).join(', ')} } from ${JSON.stringify(`./${file}`)};`,
      entry: `${JSON.stringify(file)}: () => ({ ${names.map((name) => `${JSON.stringify(name)}: ${alias(name)}`).join(', ')} })`,
    };
  });
  const startupPart = await build({
    ...common,
    absWorkingDir: root,
    stdin: {
      contents: [`export * from ${JSON.stringify(`./${entry}`)};`, ...startupModules.map((m) => m.imports), `${SHARED.startupModules} = { ${startupModules.map((m) => m.entry).join(', ')} };`].join('\n'),
      resolveDir: root,
      sourcefile: 'start-up-part.ts',
      loader: 'ts',
    },
    write: false,
    format: 'cjs',
    outfile: 'dist/node.cjs',
    sourcemap: 'external',
    plugins: [
      crossing('lazy-part', false, (file) => {
        const module = `${SHARED.lazyModules}()[${JSON.stringify(file)}]`;
        return (lazyFunctions.get(file) ?? []).map((name) => `export function ${name}(...args) {\n  return ${module}.${name}.apply(this, args);\n}`).join('\n');
      }),
    ],
  });

  const lazyPart = await build({
    ...common,
    // The start-up part's banner has set what the lazy part's code refers to.
    banner: undefined,
    absWorkingDir: root,
    stdin: {
      contents: [...lazySurface].map((file, i) => `import * as __l${i} from ${JSON.stringify(`./${file}`)};`).join('\n') + `\nexport const modules = { ${[...lazySurface].map((file, i) => `${JSON.stringify(file)}: __l${i}`).join(', ')} };`,
      resolveDir: root,
      sourcefile: 'lazy-part.ts',
      loader: 'ts',
    },
    write: false,
    format: 'cjs',
    outfile: 'dist/node.cjs',
    sourcemap: 'external',
    plugins: [crossing('start-up-part', true, (file) => `module.exports = ${SHARED.startupModules}[${JSON.stringify(file)}]();`)],
  });

  const part = (result) => ({
    code: result.outputFiles.find((f) => f.path.endsWith('.cjs')).text,
    map: JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.map')).text),
  });
  return { startup: part(startupPart), lazy: part(lazyPart) };
}

/** The export names of each of `files`, from esbuild's metafile. */
async function exportNames(root, files, common) {
  const result = await build({ ...common, absWorkingDir: root, entryPoints: files, write: false, metafile: true, format: 'esm', outdir: 'names', outbase: '.' });
  const names = new Map();
  for (const output of Object.values(result.metafile.outputs)) if (output.entryPoint !== undefined) names.set(output.entryPoint, output.exports);
  return names;
}

/**
 * The exports of each of `files` that are functions and not classes, read from the modules built
 * as one plain bundle and loaded here.
 */
async function functionExports(root, files, common) {
  const folder = mkdtempSync(path.join(tmpdir(), 'pactwright-split-'));
  try {
    const outfile = path.join(folder, 'surface.cjs');
    const contents = files.map((file, i) => `export * as m${i} from ${JSON.stringify(`./${file}`)};`).join('\n');
    await build({ ...common, absWorkingDir: root, stdin: { contents, resolveDir: root, loader: 'ts' }, outfile, format: 'cjs' });
    const modules = createRequire(path.join(root, 'package.json'))(outfile);
    const isFunction = (value) => typeof value === 'function' && !Function.prototype.toString.call(value).startsWith('class');
    return new Map(files.map((file, i) => [file, Object.keys(modules[`m${i}`]).filter((name) => isFunction(modules[`m${i}`][name]))]));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
