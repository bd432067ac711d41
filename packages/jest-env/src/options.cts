import type * as Engine from '@pactwright/engine' with { 'resolution-mode': 'import' };
import type { PactwrightOptions } from '@pactwright/engine' with { 'resolution-mode': 'import' };

/** Docblock pragmas start with this: `@pactwright-provider orders-api`, `@pactwright-pact-dir ./pacts`. */
const pragmaPrefix = 'pactwright-';

function camelCase(kebab: string): string {
  return kebab.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

function kebabCase(camel: string): string {
  return camel.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * The user's options for one test file: `testEnvironmentOptions.pactwright` from the Jest config,
 * overridden by the file's `@pactwright-*` docblock pragmas. Values stay raw: the engine's option
 * resolver validates them and applies environment variables and defaults (one source of truth).
 */
export function readJestOptions(
  engine: typeof Engine,
  testEnvironmentOptions: Record<string, unknown> | undefined,
  docblockPragmas: Record<string, string | string[]>,
): Record<string, unknown> {
  const fromConfig = testEnvironmentOptions?.pactwright;
  if (fromConfig !== undefined && (typeof fromConfig !== 'object' || fromConfig === null || Array.isArray(fromConfig))) {
    throw new engine.ConfigurationError('testEnvironmentOptions.pactwright', 'expected an object like { consumer, provider, pactDir }');
  }
  const options: Record<string, unknown> = { ...(fromConfig as Record<string, unknown> | undefined) };
  for (const [pragma, value] of Object.entries(docblockPragmas)) {
    if (!pragma.startsWith(pragmaPrefix)) continue;
    // A repeated pragma: the last one wins, as in the docblock reads top to bottom.
    const text = Array.isArray(value) ? value[value.length - 1] : value;
    options[camelCase(pragma.slice(pragmaPrefix.length))] = text;
  }
  return options;
}

/** Where a Jest user can set `option`, for the "missing option" message. */
export function jestOptionSource(option: keyof PactwrightOptions, envVar: string): string {
  return (
    `testEnvironmentOptions: { pactwright: { ${option}: '…' } } in the Jest config, ` +
    `a "@${pragmaPrefix}${kebabCase(option)} …" docblock pragma in the test file, or the ${envVar} environment variable`
  );
}

/** True when the user set `option` anywhere (options, docblock, environment variable). */
export function isOptionSet(
  engine: typeof Engine,
  options: Record<string, unknown>,
  option: keyof PactwrightOptions,
  env: NodeJS.ProcessEnv,
): boolean {
  const fromEnv = env[engine.pactwrightEnvVars[option]];
  return options[option] !== undefined || (fromEnv !== undefined && fromEnv !== '');
}
