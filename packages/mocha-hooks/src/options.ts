import { join } from 'node:path';
import { findInstalled, packageOf, readConfigFile } from '@pactwright/engine/runner';
import { ConfigurationError } from '@pactwright/engine';

/**
 * The main Mocha process hands its `.mocharc` options to `--parallel` workers through this variable:
 * a worker's argv is the worker script's, so a `--config` path given to Mocha is lost there, but the
 * environment is inherited when the pool forks.
 */
const handoffVar = 'PACTWRIGHT_MOCHA_RC_OPTIONS';

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The Mocha that runs this process (its bin is argv[1]), else the project's. */
function mochaRequire(cwd: string): NodeJS.Require | undefined {
  const running = process.argv[1] === undefined ? undefined : packageOf(process.argv[1], 'mocha', 4);
  return (running ?? findInstalled('mocha', [join(cwd, 'package.json')])[0])?.require;
}

/**
 * The `pactwright` key of Mocha's configuration (`.mocharc.*`, `--config`, `package.json` "mocha").
 * Mocha keeps keys it does not know but never hands them to plugins, so the plugin asks Mocha's own
 * config loader (same file lookup, same YAML/JSONC/JS parsing) with this process's arguments.
 */
export function readMocharcOptions(cwd = process.cwd()): Loose {
  const handedOver = process.env[handoffVar];
  if (handedOver !== undefined) {
    try {
      const parsed: unknown = JSON.parse(handedOver);
      // Only a worker forked by the Mocha process that wrote it may use it: a Mocha run started
      // from inside a test (a nested run) inherits the variable but has its own config.
      if (isRecord(parsed) && parsed.pid === process.ppid && isRecord(parsed.options)) return parsed.options;
    } catch {
      // Not ours to trust: fall through and read the config again.
    }
  }
  const options = loadMocharcOptions(cwd);
  process.env[handoffVar] = JSON.stringify({ pid: process.pid, options });
  return options;
}

function loadMocharcOptions(cwd: string): Loose {
  const requireFromMocha = mochaRequire(cwd);
  if (requireFromMocha === undefined) return {};
  let loadOptions: ((argv: string[]) => Loose) | undefined;
  for (const candidate of ['./lib/cli/options.js', './lib/cli/options.cjs']) {
    try {
      loadOptions = (requireFromMocha(candidate) as { loadOptions?: (argv: string[]) => Loose }).loadOptions;
      if (loadOptions !== undefined) break;
    } catch {
      // Mocha 12 names it options.cjs; 10 and 11 options.js.
    }
  }
  if (loadOptions === undefined) return {};
  const loaded = loadOptions(process.argv.slice(2));
  const nested = loaded.pactwright;
  if (nested !== undefined && !isRecord(nested)) {
    throw new ConfigurationError('pactwright', 'the "pactwright" key of the Mocha config must be an object like { consumer, provider, pactDir }');
  }
  // Mocha parses without dot-notation: `--pactwright.provider=x` on the command line, and the
  // config Mocha hands to its own child process when `node-option` is set, arrive as flat keys.
  const flat = Object.entries(loaded).filter(([key]) => key.startsWith('pactwright.'));
  return { ...nested, ...Object.fromEntries(flat.map(([key, value]) => [key.slice('pactwright.'.length), value])) };
}

/**
 * All user options: the config file, overridden by the `.mocharc` `pactwright` key. The engine's
 * resolver then applies `PACTWRIGHT_*` variables to what neither sets, and the defaults.
 */
export async function readMochaOptions(cwd = process.cwd()): Promise<Loose> {
  const fromFile = await readConfigFile(cwd);
  return { ...fromFile.options, ...readMocharcOptions(cwd) };
}
