import type { OptionSource, PactwrightOptionName } from '../session/options.js';

/** The test runners Pactwright has adapters for. */
export type RunnerName = 'jest' | 'vitest' | 'mocha';

function kebabCase(camel: string): string {
  return camel.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * Where each runner's users set an option, in one place: the "missing option" messages of the
 * three adapters read the same way and cannot drift from the adapters' READMEs.
 */
const sources: Readonly<Record<RunnerName, (option: PactwrightOptionName, envVar: string) => string>> = {
  jest: (option, envVar) =>
    `testEnvironmentOptions: { pactwright: { ${option}: '…' } } in the Jest config, ` +
    `a "@pactwright-${kebabCase(option)} …" docblock pragma in the test file, or the ${envVar} environment variable`,
  vitest: (option, envVar) => `pactwright({ ${option}: '…' }) in your Vitest config, or the ${envVar} environment variable`,
  mocha: (option, envVar) =>
    `the Mocha config (.mocharc: "pactwright": { "${option}": "…" }), ` +
    `a pactwright.config.{js,mjs,json} file in the working directory, or the ${envVar} environment variable`,
};

/**
 * Where users of `runner` set options, for the engine's "missing option" message.
 *
 * @example
 * ```ts
 * createFileRun(options, { source: optionSource('mocha') });
 * ```
 */
export function optionSource(runner: RunnerName): OptionSource {
  return sources[runner];
}
