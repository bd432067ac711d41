import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigurationError } from '../errors.js';
import { importModule } from '../import-module.js';

/** Config files looked up in the working directory by adapters that read one; the first found wins. */
export const configFileNames = ['pactwright.config.js', 'pactwright.config.mjs', 'pactwright.config.json'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `pactwright.config.{js,mjs,json}` in `cwd`, if any: its default export (or `module.exports`, or
 * what an exported function returns). Values stay raw; the option resolver validates them.
 *
 * @example
 * ```ts
 * const { file, options } = await readConfigFile(process.cwd());
 * ```
 */
export async function readConfigFile(cwd = process.cwd()): Promise<{ file?: string; options: Record<string, unknown> }> {
  const name = configFileNames.find((candidate) => existsSync(join(cwd, candidate)));
  if (name === undefined) return { options: {} };
  const file = join(cwd, name);
  let value: unknown;
  if (name.endsWith('.json')) {
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new ConfigurationError(name, `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  } else {
    const loaded = (await importModule(pathToFileURL(file).href)) as { default?: unknown };
    value = loaded.default ?? loaded;
    if (typeof value === 'function') value = await (value as () => unknown)();
  }
  if (!isRecord(value)) throw new ConfigurationError(name, 'must export an object like { consumer, provider, pactDir }');
  return { file, options: value };
}
