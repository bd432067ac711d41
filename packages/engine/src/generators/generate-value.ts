import type { Generator, JsonValue } from '../model/types.js';
import { isSkippedInMode, type GeneratorContext } from './context.js';
import { dateTimeValue } from './date-time.js';
import { GeneratorError } from './generator-error.js';
import { mockServerUrlValue } from './mock-server-url.js';
import { providerStateValue } from './provider-state.js';
import { randomBoolean, randomDecimal, randomHexadecimal, randomInt } from './random-number.js';
import { randomString } from './random-string.js';
import { regexValue } from './regex.js';
import { uuid } from './uuid.js';

/**
 * Produces a new value for one generator, from the example value it replaces. Returns the
 * example unchanged (or `null` when there is none) if the generator is skipped in the context's
 * mode or cannot produce a value (unknown type, bad attribute, missing context value): generation
 * must never break a response.
 */
export function generateValue(generator: Generator, current: JsonValue | undefined, context: GeneratorContext = {}): JsonValue {
  return tryGenerate(generator, current, context) ?? current ?? null;
}

/** The generated value, or `undefined` when the example must be kept. */
export function tryGenerate(generator: Generator, current: JsonValue | undefined, context: GeneratorContext): JsonValue | undefined {
  if (isSkippedInMode(generator.type, context)) return undefined;
  try {
    return produce(generator, current, context);
  } catch {
    // GeneratorError, and library failures (randexp) alike: the example stays.
    return undefined;
  }
}

function produce(generator: Generator, current: JsonValue | undefined, context: GeneratorContext): JsonValue {
  switch (generator.type) {
    case 'RandomInt':
      return randomInt(generator, current);
    case 'RandomDecimal':
      return randomDecimal(generator, current);
    case 'RandomHexadecimal':
      return randomHexadecimal(generator);
    case 'RandomString':
      return randomString(generator);
    case 'RandomBoolean':
      return randomBoolean();
    case 'Regex':
      return regexValue(generator);
    case 'Uuid':
      return uuid(generator);
    case 'Date':
    case 'Time':
    case 'DateTime':
      return dateTimeValue(generator.type, generator, context);
    case 'ProviderState':
      return providerStateValue(generator, context);
    case 'MockServerURL':
      return mockServerUrlValue(generator, current, context);
    default:
      throw new GeneratorError(`unknown generator type '${generator.type}'`);
  }
}
