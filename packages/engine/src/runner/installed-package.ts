import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// Reached when called, not imported: loading `node:module` is a cost of every process's start.
const createRequire = (from: string): NodeJS.Require => process.getBuiltinModule('node:module').createRequire(from);

/** An installed package, as found on disk. */
export interface InstalledPackage {
  readonly name: string;
  readonly version: string;
  readonly major: number;
  /** Its directory. */
  readonly dir: string;
  /** Its main entry as resolved from where it was found, when it has one. */
  readonly entry?: string;
  /** `require` relative to the package: its own files and its dependencies. */
  readonly require: NodeJS.Require;
}

function readManifest(file: string, entry?: string): InstalledPackage | undefined {
  try {
    const { name, version } = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
    if (typeof name !== 'string' || typeof version !== 'string') return undefined;
    return { name, version, major: Number(version.split('.')[0]), dir: dirname(file), require: createRequire(file), ...(entry === undefined ? {} : { entry }) };
  } catch {
    // An unreadable manifest is no package of ours to report.
    return undefined;
  }
}

/**
 * `file` with symbolic links resolved, or as given when it does not exist. A runner started through
 * `node_modules/.bin` has that link as `process.argv[1]`: above the link is the project, whose own
 * package.json may carry the runner's name, not the runner.
 */
function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/**
 * The package holding `file`: the nearest package.json above it (within `maxDepth` folders), or with
 * `name`, the nearest one of that name. For an adapter, the runner that runs this process
 * (`process.argv[1]` is its bin).
 *
 * @example
 * ```ts
 * const mocha = packageOf(process.argv[1] ?? '', 'mocha');
 * if (mocha !== undefined) console.log(mocha.major);
 * ```
 */
export function packageOf(file: string, name?: string, maxDepth = 6): InstalledPackage | undefined {
  let dir = dirname(realPath(resolve(file)));
  for (let depth = 0; depth < maxDepth; depth += 1) {
    const manifest = join(dir, 'package.json');
    const found = existsSync(manifest) ? readManifest(manifest) : undefined;
    if (found !== undefined && (name === undefined || found.name === name)) return found;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/**
 * Package `name` as Node resolves it from each of `starts` (file paths), in that order, each copy
 * once. A monorepo may hold several versions; the caller picks the one that fits its runner.
 *
 * @example
 * ```ts
 * const [environment] = findInstalled('jest-environment-node', [join(rootDir, 'package.json')]);
 * ```
 */
export function findInstalled(name: string, starts: readonly string[]): InstalledPackage[] {
  const found: InstalledPackage[] = [];
  for (const start of starts) {
    let manifest: string;
    try {
      manifest = createRequire(start).resolve(`${name}/package.json`);
    } catch {
      continue;
    }
    let entry: string | undefined;
    try {
      entry = createRequire(start).resolve(name);
    } catch {
      // A package without a main entry (only subpaths) is still found.
    }
    const installed = readManifest(manifest, entry);
    if (installed !== undefined && !found.some((other) => other.dir === installed.dir)) found.push(installed);
  }
  return found;
}
