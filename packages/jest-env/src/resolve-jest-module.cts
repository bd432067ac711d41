import { createRequire } from 'node:module';
import { join } from 'node:path';
import { engineModules } from './engine.cjs';
import type { JestEnvironmentConstructor, JestProjectConfigLike } from './jest-types.cjs';

/**
 * Loads the environment class `name` (`jest-environment-node` or `jest-environment-jsdom`) of the
 * user's Jest: first as the project resolves it from `rootDir` (what Jest itself does for
 * `testEnvironment: 'node'`), then next to the running Jest. A candidate of another major than the
 * running Jest is skipped, so a monorepo with two Jest versions gets the matching one.
 *
 * @throws ConfigurationError (option `testEnvironment`) when no matching package is installed,
 *   saying what to install. Its stack is the message alone: a setup problem, not a bug.
 */
export function loadJestEnvironment(name: EnvironmentPackage, config: JestProjectConfigLike): JestEnvironmentConstructor {
  // A worker runs many test files of one project: the search (several resolutions and package.json
  // reads per file) is done once per package, project and runner.
  const key = `${name}\0${config.rootDir}\0${config.testRunner ?? ''}`;
  let environment = environments.get(key);
  if (environment === undefined) {
    environment = findJestEnvironment(name, config);
    environments.set(key, environment);
  }
  return environment;
}

type EnvironmentPackage = 'jest-environment-node' | 'jest-environment-jsdom' | '@happy-dom/jest-environment';

const environments = new Map<string, JestEnvironmentConstructor>();

function findJestEnvironment(name: EnvironmentPackage, config: JestProjectConfigLike): JestEnvironmentConstructor {
  const { engine, runner } = engineModules();
  const notFound = (message: string): Error => {
    const error = new engine.ConfigurationError('testEnvironment', message);
    error.stack = `${error.name}: ${error.message}`;
    return error;
  };
  // The running Jest's major, read from its test runner (jest-circus, released in lockstep with
  // the environments). Undefined for a custom runner.
  // happy-dom's environment has versions of its own, and supports every Jest major.
  const wanted = config.testRunner === undefined || name === '@happy-dom/jest-environment' ? undefined : runner.packageOf(config.testRunner, 'jest-circus')?.major;
  const starts = [join(config.rootDir, 'package.json'), config.testRunner, process.argv[1], __filename].filter((start) => start !== undefined);
  const found = runner.findInstalled(name, starts);
  const match = found.find((entry) => entry.entry !== undefined && (wanted === undefined || entry.major === wanted));
  if (match?.entry === undefined) {
    const flavour = { 'jest-environment-node': '@pactwright/jest-env', 'jest-environment-jsdom': '@pactwright/jest-env/jsdom', '@happy-dom/jest-environment': '@pactwright/jest-env/happy-dom' }[name];
    const range = wanted === undefined ? '' : `@^${wanted}`;
    const other = found[0] === undefined ? '' : ` (found ${name} ${found[0].version}, which does not match Jest ${wanted ?? '?'})`;
    throw notFound(
      `${flavour} needs ${name} of the Jest version you run, and it is not installed${other}. ` +
        `Install it next to jest: npm install --save-dev ${name}${range}`,
    );
  }
  const loaded = createRequire(__filename)(match.entry) as { TestEnvironment?: unknown; default?: unknown };
  const environment = loaded.TestEnvironment ?? loaded.default ?? loaded;
  if (typeof environment !== 'function') {
    throw notFound(`${match.entry} does not export a Jest test environment class`);
  }
  return environment as JestEnvironmentConstructor;
}
