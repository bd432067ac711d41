import { ConfigurationError } from '../errors.js';
import { closestName } from '../model/closest-name.js';
import { LOG_LEVELS } from './defaults.js';
import type { LogLevel } from './types.js';

// The one place the mock server's options are checked and their problems worded: the server's own
// options (startMockServer, createMockServer) and the adapters' options and PACTWRIGHT_* variables
// (session/options.ts, which first reads variables' text as numbers and booleans) both end here.

/** A value as the user wrote it, for "got …": strings quoted so `"80"` is not `80`. */
export function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** A port from 0 (any free port) to 65535. `label` names the option or variable in the error. */
export function checkPort(value: unknown, label = 'port'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 65535) {
    throw new ConfigurationError(label, `expected a port number from 0 to 65535 (0 = any free port), got ${shown(value)}`);
  }
  return value;
}

export function checkBoolean(value: unknown, label: string): boolean {
  if (typeof value !== 'boolean') throw new ConfigurationError(label, `expected true or false, got ${shown(value)}`);
  return value;
}

export function checkLogLevel(value: unknown, label = 'logLevel'): LogLevel {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  const level = LOG_LEVELS.find((candidate) => candidate === text);
  if (level !== undefined) return level;
  const suggestion = typeof value === 'string' ? closestName(value.toLowerCase(), LOG_LEVELS) : undefined;
  const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
  throw new ConfigurationError(label, `expected one of ${LOG_LEVELS.join(', ')}, got ${shown(value)}${hint}`);
}

/** A host name or address: a non-empty string. */
export function checkHost(value: unknown, label = 'host'): string {
  if (typeof value !== 'string' || value.trim() === '') throw new ConfigurationError(label, `expected a host name or IP address, got ${shown(value)}`);
  return value.trim();
}

/** A directory path: a non-empty string. */
export function checkDirectory(value: unknown, label: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new ConfigurationError(label, `expected a directory path, got ${shown(value)}`);
  return value.trim();
}

/**
 * Throws for the first key of `options` (in name order) that is not one of `known`, naming the
 * closest known one: a misspelt option would otherwise be ignored without a word.
 */
export function rejectUnknownKeys(options: object, known: readonly string[]): void {
  for (const key of Object.keys(options).sort()) {
    if (known.includes(key)) continue;
    const suggestion = closestName(key, known);
    const hint = suggestion ? `did you mean "${suggestion}"? ` : '';
    throw new ConfigurationError(key, `unknown option; ${hint}Known options: ${known.join(', ')}`);
  }
}
