import type { Generator } from '../model/types.js';
import { GeneratorError } from './generator-error.js';

/**
 * Reads an integer attribute. Pact files written by other tools sometimes carry numbers as
 * strings (`"min": "1"`), so numeric strings are accepted too.
 */
export function integerAttribute(generator: Generator, name: string, fallback: number): number {
  const raw = generator[name];
  if (raw === undefined || raw === null) return fallback;
  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new GeneratorError(`${generator.type}: attribute '${name}' must be an integer, got ${JSON.stringify(raw)}`);
  }
  return value;
}

/** Reads a string attribute; `undefined` when absent. */
export function stringAttribute(generator: Generator, name: string): string | undefined {
  const raw = generator[name];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') {
    throw new GeneratorError(`${generator.type}: attribute '${name}' must be a string, got ${JSON.stringify(raw)}`);
  }
  return raw;
}

/** Reads a string attribute that must be present. */
export function requiredStringAttribute(generator: Generator, name: string): string {
  const value = stringAttribute(generator, name);
  if (value === undefined) throw new GeneratorError(`${generator.type}: attribute '${name}' is required`);
  return value;
}
