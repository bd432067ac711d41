import type * as Engine from '@pactwright/engine' with { 'resolution-mode': 'import' };

/** Docblock pragmas start with this: `@pactwright-provider orders-api`, `@pactwright-pact-dir ./pacts`. */
const pragmaPrefix = 'pactwright-';

function camelCase(kebab: string): string {
  return kebab.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
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
