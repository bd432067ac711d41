import { isAbsolute, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { checkBoolean, checkDirectory, checkHost, checkLogLevel, checkPort, rejectUnknownKeys, shown } from '../server/option-checks.js';
import { DEFAULT_CORS, DEFAULT_HOST, DEFAULT_LOG_LEVEL, DEFAULT_PACT_DIR, DEFAULT_PORT } from '../server/defaults.js';
import type { LogLevel } from '../server/types.js';
import { checkBaseUrl } from '../mock/interception.js';
import type { PactwrightOptions, ResolvedPactwrightOptions } from './types.js';
import { closestName } from '../model/closest-name.js';
import { resolveLimits, type ResolvedLimits } from '../model/limits.js';
import { DEFAULT_WRITTEN_SPEC, readSpecOption, unknownSpecProblem, type WritableSpecVersion } from '../model/spec-version.js';

/** The name of one Pactwright option, as users write it in every adapter. */
export type PactwrightOptionName = keyof PactwrightOptions;

/** Where each option can also be set from the environment. */
export const pactwrightEnvVars: Readonly<Record<PactwrightOptionName, string>> = Object.freeze({
  consumer: 'PACTWRIGHT_CONSUMER',
  provider: 'PACTWRIGHT_PROVIDER',
  pactDir: 'PACTWRIGHT_PACT_DIR',
  host: 'PACTWRIGHT_HOST',
  port: 'PACTWRIGHT_PORT',
  cors: 'PACTWRIGHT_CORS',
  tls: 'PACTWRIGHT_TLS',
  spec: 'PACTWRIGHT_SPEC',
  logLevel: 'PACTWRIGHT_LOG_LEVEL',
  limits: 'PACTWRIGHT_LIMITS',
  writePacts: 'PACTWRIGHT_WRITE_PACTS',
  transport: 'PACTWRIGHT_TRANSPORT',
  baseUrl: 'PACTWRIGHT_BASE_URL',
});

/** Every option name, in documentation order. */
export const pactwrightOptionNames: readonly PactwrightOptionName[] = Object.freeze(
  Object.keys(pactwrightEnvVars) as PactwrightOptionName[],
);

/** Defaults of the options that have one (`pactDir` is resolved against the working directory). */
export const pactwrightDefaults = Object.freeze({
  pactDir: DEFAULT_PACT_DIR,
  host: DEFAULT_HOST,
  port: DEFAULT_PORT,
  cors: DEFAULT_CORS,
  tls: false,
  spec: DEFAULT_WRITTEN_SPEC,
  logLevel: DEFAULT_LOG_LEVEL,
  writePacts: 'run',
  transport: 'http',
});

/** When an adapter's test files get their pacts written (the `writePacts` option). */
export const WRITE_PACTS_MODES = ['run', 'file'] as const;

/** How requests reach a session's mock (the `transport` option). */
export const TRANSPORTS = ['http', 'msw'] as const;

/**
 * Describes, for a missing required option, where the user can set it in this adapter. A string is
 * used as is (the environment variable is appended when the string does not name it already); a
 * function gets the option and its environment variable and returns the phrase.
 */
export type OptionSource = string | ((option: PactwrightOptionName, envVar: string) => string);

/** Input of {@link resolvePactwrightOptions}. */
export interface ResolveOptionsInput {
  /** Options as the user wrote them (adapter config, docblock overrides already merged in). */
  options?: Readonly<Record<string, unknown>> | undefined;
  /** Environment to read the `PACTWRIGHT_*` twins from. Default `process.env`. */
  env?: Readonly<Record<string, string | undefined>> | undefined;
  /** Where this adapter lets users set options; used in the "missing option" message. */
  source?: OptionSource | undefined;
  /** Directory a relative `pactDir` is resolved against. Default `process.cwd()`. */
  cwd?: string | undefined;
  /**
   * Defaults an adapter uses in place of Pactwright's when the user set nothing (e.g. `cors: true`
   * under jsdom, whose requests come from another origin than the mock server's).
   */
  defaults?: { cors?: boolean; baseUrl?: string } | undefined;
}

/** A raw value and the name the user gave it under (option key or environment variable). */
interface Given {
  value: unknown;
  /** What to name in an error: `port` or `PACTWRIGHT_PORT`. */
  label: string;
  fromEnv: boolean;
}

/**
 * Applies defaults and `PACTWRIGHT_*` environment variables to user options and validates them.
 *
 * Precedence: an option given explicitly (not `undefined`) wins over its environment variable,
 * which wins over the default. Empty environment variables count as unset.
 *
 * @throws ConfigurationError for a missing `consumer`/`provider` (naming where to set it), an
 *   unknown option key (suggesting the closest known name), or a value of the wrong shape.
 */
export function resolvePactwrightOptions(input: ResolveOptionsInput = {}): ResolvedPactwrightOptions {
  const options = input.options ?? {};
  const env = input.env ?? process.env;
  rejectUnknownKeys(options, pactwrightOptionNames);

  const given = (name: PactwrightOptionName): Given | undefined => {
    const explicit = options[name];
    if (explicit !== undefined) return { value: explicit, label: name, fromEnv: false };
    const envVar = pactwrightEnvVars[name];
    const fromEnv = env[envVar];
    if (fromEnv !== undefined && fromEnv !== '') return { value: fromEnv, label: envVar, fromEnv: true };
    return undefined;
  };

  const transport = parseTransport(given('transport')) ?? pactwrightDefaults.transport;
  rejectOptionsOfOtherTransport(options, transport);

  const pactDirGiven = given('pactDir');
  const pactDir = pactDirGiven === undefined ? pactwrightDefaults.pactDir : checkDirectory(pactDirGiven.value, pactDirGiven.label);
  return {
    consumer: requireName('consumer', given('consumer'), input.source),
    provider: requireName('provider', given('provider'), input.source),
    pactDir: isAbsolute(pactDir) ? pactDir : resolve(input.cwd ?? process.cwd(), pactDir),
    host: parseHost(given('host')) ?? pactwrightDefaults.host,
    port: parsePort(given('port')) ?? pactwrightDefaults.port,
    cors: parseBoolean(given('cors')) ?? input.defaults?.cors ?? pactwrightDefaults.cors,
    tls: parseBoolean(given('tls')) ?? pactwrightDefaults.tls,
    spec: parseSpec(given('spec')) ?? pactwrightDefaults.spec,
    logLevel: parseLogLevel(given('logLevel')) ?? pactwrightDefaults.logLevel,
    limits: parseLimits(given('limits')),
    writePacts: parseWritePacts(given('writePacts')) ?? pactwrightDefaults.writePacts,
    transport,
    baseUrl: parseBaseUrl(given('baseUrl')) ?? input.defaults?.baseUrl,
  };
}

/**
 * An option written for the other transport is a misunderstanding worth naming: msw starts no
 * server (no host, port or TLS), and the HTTP server is reached at its own URL, not at `baseUrl`.
 * Only options set explicitly to something other than their default count: adapters pass resolved
 * options on, and a `PACTWRIGHT_*` variable may serve several projects.
 */
function rejectOptionsOfOtherTransport(options: Readonly<Record<string, unknown>>, transport: 'http' | 'msw'): void {
  if (transport === 'msw') {
    for (const name of ['host', 'port', 'tls'] as const) {
      const value = options[name];
      if (value !== undefined && value !== pactwrightDefaults[name]) {
        throw new ConfigurationError(name, `has no meaning with transport 'msw', which starts no server: remove it, or set transport 'http'`);
      }
    }
  } else if (options['baseUrl'] !== undefined) {
    throw new ConfigurationError('baseUrl', `is only used with transport 'msw' (the HTTP mock server is reached at pact.url): remove it, or set transport: 'msw'`);
  }
}

function requireName(name: 'consumer' | 'provider', given: Given | undefined, source: OptionSource | undefined): string {
  const value = parseNonEmptyString(given);
  if (value !== undefined) return value;
  const envVar = pactwrightEnvVars[name];
  throw new ConfigurationError(name, `is required but was not set. Set it in ${describeSource(source, name, envVar)}`);
}

function describeSource(source: OptionSource | undefined, name: PactwrightOptionName, envVar: string): string {
  if (typeof source === 'function') return source(name, envVar);
  if (source === undefined || source === '') return `the "${name}" option or the ${envVar} environment variable`;
  return source.includes(envVar) ? source : `${source}, or the ${envVar} environment variable`;
}


function parseNonEmptyString(given: Given | undefined): string | undefined {
  if (given === undefined) return undefined;
  if (typeof given.value !== 'string') {
    throw new ConfigurationError(given.label, `expected a string, got ${shown(given.value)}`);
  }
  const trimmed = given.value.trim();
  if (trimmed === '') throw new ConfigurationError(given.label, 'must not be empty');
  return trimmed;
}

function parseHost(given: Given | undefined): string | undefined {
  return given === undefined ? undefined : checkHost(given.value, given.label);
}

function parsePort(given: Given | undefined): number | undefined {
  if (given === undefined) return undefined;
  const { value } = given;
  // Text (a variable, a config file) is a number when it is all digits; anything else is checked as it is.
  return checkPort(typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value, given.label);
}

function parseBoolean(given: Given | undefined): boolean | undefined {
  if (given === undefined) return undefined;
  const { value } = given;
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(text)) return true;
    if (['false', '0', 'no', 'off'].includes(text)) return false;
  }
  return checkBoolean(value, given.label);
}

function parseSpec(given: Given | undefined): WritableSpecVersion | undefined {
  if (given === undefined) return undefined;
  // Users write the version the way pact files and Pact JS do: 4, '4', 'V4', '4.0', '3.0.0'.
  const spec = readSpecOption(given.value);
  if (spec === '2' || spec === '3' || spec === '4') return spec;
  throw new ConfigurationError(given.label, unknownSpecProblem(given.value));
}

function parseLimits(given: Given | undefined): ResolvedLimits {
  return given === undefined ? resolveLimits(undefined) : resolveLimits(given.value, given.label);
}

function parseWritePacts(given: Given | undefined): (typeof WRITE_PACTS_MODES)[number] | undefined {
  return parseChoice(given, WRITE_PACTS_MODES);
}

function parseTransport(given: Given | undefined): (typeof TRANSPORTS)[number] | undefined {
  return parseChoice(given, TRANSPORTS);
}

/** One of a few words, in any case; anything else names the closest one. */
function parseChoice<T extends string>(given: Given | undefined, choices: readonly T[]): T | undefined {
  if (given === undefined) return undefined;
  const text = typeof given.value === 'string' ? given.value.trim().toLowerCase() : undefined;
  const choice = choices.find((candidate) => candidate === text);
  if (choice !== undefined) return choice;
  const suggestion = typeof given.value === 'string' ? closestName(given.value.toLowerCase(), choices) : undefined;
  throw new ConfigurationError(given.label, `expected one of ${choices.join(', ')}, got ${shown(given.value)}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
}

function parseBaseUrl(given: Given | undefined): string | undefined {
  const text = parseNonEmptyString(given);
  if (text === undefined || given === undefined) return undefined;
  return checkBaseUrl(text, given.label);
}

function parseLogLevel(given: Given | undefined): LogLevel | undefined {
  return given === undefined ? undefined : checkLogLevel(given.value, given.label);
}
