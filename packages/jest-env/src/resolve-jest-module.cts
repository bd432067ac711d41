import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { JestEnvironmentConstructor, JestProjectConfigLike } from './jest-types.cjs';

/**
 * The Jest environment package to build on is missing (or only another Jest major's is installed).
 * Thrown from the environment's constructor, before the engine (an ES module, loaded in `setup`)
 * is available, hence not one of the engine's `PactwrightError` classes.
 */
export class JestEnvironmentNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JestEnvironmentNotFoundError';
    // A setup problem, not a bug: Jest should show the message, not a code frame of this file.
    this.stack = `${this.name}: ${message}`;
  }
}

/** A Jest environment package found on disk. */
interface Found {
  file: string;
  version: string;
}

function major(version: string): number {
  return Number(version.split('.')[0]);
}

function readVersion(packageJson: string): string | undefined {
  try {
    const parsed = JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: unknown };
    return typeof parsed.version === 'string' ? parsed.version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Major version of the Jest that is running this file, read from its test runner (jest-circus,
 * released in lockstep with the environments). Undefined for a custom runner.
 */
function runningJestMajor(testRunner: string | undefined): number | undefined {
  if (testRunner === undefined) return undefined;
  let dir = dirname(testRunner);
  for (let depth = 0; depth < 6; depth += 1) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown; version?: unknown };
      if (parsed.name === 'jest-circus' && typeof parsed.version === 'string') return major(parsed.version);
      return undefined;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

function findFrom(start: string, name: string): Found | undefined {
  try {
    const require = createRequire(start);
    const manifest = require.resolve(`${name}/package.json`);
    const version = readVersion(manifest);
    if (version === undefined) return undefined;
    return { file: require.resolve(name), version };
  } catch {
    return undefined;
  }
}

/**
 * Loads the environment class `name` (`jest-environment-node` or `jest-environment-jsdom`) of the
 * user's Jest: first as the project resolves it from `rootDir` (what Jest itself does for
 * `testEnvironment: 'node'`), then next to the running Jest. A candidate of another major than the
 * running Jest is skipped, so a monorepo with two Jest versions gets the matching one.
 *
 * @throws JestEnvironmentNotFoundError when no matching package is installed, saying what to install.
 */
export function loadJestEnvironment(name: 'jest-environment-node' | 'jest-environment-jsdom', config: JestProjectConfigLike): JestEnvironmentConstructor {
  const wanted = runningJestMajor(config.testRunner);
  const starts = [
    join(config.rootDir, 'package.json'),
    ...(config.testRunner === undefined ? [] : [config.testRunner]),
    ...(typeof process.argv[1] === 'string' ? [process.argv[1]] : []),
    __filename,
  ];
  const found = starts.map((start) => findFrom(start, name)).filter((entry): entry is Found => entry !== undefined);
  const match = found.find((entry) => wanted === undefined || major(entry.version) === wanted);
  if (match === undefined) {
    const flavour = name === 'jest-environment-jsdom' ? '@pactwright/jest-env/jsdom' : '@pactwright/jest-env';
    const range = wanted === undefined ? '' : `@^${wanted}`;
    const other = found[0] === undefined ? '' : ` (found ${name} ${found[0].version}, which does not match Jest ${wanted ?? '?'})`;
    throw new JestEnvironmentNotFoundError(
      `${flavour} needs ${name} of the Jest version you run, and it is not installed${other}. ` +
        `Install it next to jest: npm install --save-dev ${name}${range}`,
    );
  }
  const loaded = createRequire(__filename)(match.file) as { TestEnvironment?: unknown; default?: unknown };
  const environment = loaded.TestEnvironment ?? loaded.default ?? loaded;
  if (typeof environment !== 'function') {
    throw new JestEnvironmentNotFoundError(`${match.file} does not export a Jest test environment class`);
  }
  return environment as JestEnvironmentConstructor;
}
