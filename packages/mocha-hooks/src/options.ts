import { existsSync, readFileSync } from 'node:fs';
import { readConfigFile } from '@pactwright/engine/runner';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { ConfigurationError } from '@pactwright/engine';
import type { PactwrightOptionName } from '@pactwright/engine';

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

/** Finds the Mocha that runs this process: the one whose bin is argv[1], else the project's. */
function mochaRequire(cwd: string): NodeJS.Require | undefined {
  const script = process.argv[1];
  if (script !== undefined) {
    let dir = dirname(resolve(script));
    for (let depth = 0; depth < 4; depth += 1) {
      const manifest = join(dir, 'package.json');
      if (existsSync(manifest)) {
        try {
          if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'mocha') return createRequire(manifest);
        } catch {
          // An unreadable manifest on the way up is not Mocha's.
        }
      }
      dir = dirname(dir);
    }
  }
  try {
    return createRequire(createRequire(join(cwd, 'package.json')).resolve('mocha/package.json'));
  } catch {
    return undefined;
  }
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

/** Where a Mocha user can set `option`, for the "missing option" message. */
export function mochaOptionSource(option: PactwrightOptionName, envVar: string): string {
  return (
    `the Mocha config (.mocharc: "pactwright": { "${option}": "…" }), ` +
    `a pactwright.config.{js,mjs,json} file in the working directory, or the ${envVar} environment variable`
  );
}
