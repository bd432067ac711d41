import type { Generator, JsonValue } from '../model/types.js';
import { integerAttribute } from './attributes.js';
import { GeneratorError } from './generator-error.js';
import { randomChars, randomIntInclusive } from './random.js';

const DIGITS = '0123456789';
const NON_ZERO_DIGITS = '123456789';
const HEX_DIGITS = '0123456789ABCDEF';

/** `RandomInt`: an integer in [min, max] (defaults 0..10); a string when the example is a string. */
export function randomInt(generator: Generator, current: JsonValue | undefined): JsonValue {
  const min = integerAttribute(generator, 'min', 0);
  const max = integerAttribute(generator, 'max', 10);
  if (min > max) throw new GeneratorError(`RandomInt: min ${min} is greater than max ${max}`);
  const value = randomIntInclusive(min, max);
  return typeof current === 'string' ? String(value) : value;
}

/**
 * `RandomDecimal`: `digits` digits (default 10) with the point at a random inner position.
 * The integer part only starts with 0 when it is a lone 0, and the last digit is never 0, so the
 * number keeps exactly `digits` digits when it is serialised as a JSON number.
 */
export function randomDecimal(generator: Generator, current: JsonValue | undefined): JsonValue {
  const digits = integerAttribute(generator, 'digits', 10);
  if (digits < 1) throw new GeneratorError(`RandomDecimal: digits must be at least 1, got ${digits}`);
  if (digits > 300) throw new GeneratorError(`RandomDecimal: digits must be at most 300, got ${digits}`);
  let text: string;
  if (digits === 1) {
    text = randomChars(DIGITS, 1);
  } else {
    const integerLength = randomIntInclusive(1, digits - 1);
    const integerPart =
      integerLength === 1 ? randomChars(DIGITS, 1) : randomChars(NON_ZERO_DIGITS, 1) + randomChars(DIGITS, integerLength - 1);
    const fractionLength = digits - integerLength;
    const fractionPart = randomChars(DIGITS, fractionLength - 1) + randomChars(NON_ZERO_DIGITS, 1);
    text = `${integerPart}.${fractionPart}`;
  }
  return typeof current === 'number' ? Number(text) : text;
}

/** `RandomHexadecimal`: `digits` (default 10) upper-case hex characters, repetition allowed. */
export function randomHexadecimal(generator: Generator): JsonValue {
  const digits = integerAttribute(generator, 'digits', 10);
  if (digits < 1) throw new GeneratorError(`RandomHexadecimal: digits must be at least 1, got ${digits}`);
  if (digits > 100_000) throw new GeneratorError(`RandomHexadecimal: digits must be at most 100000, got ${digits}`);
  return randomChars(HEX_DIGITS, digits);
}

/** `RandomBoolean`: a JSON boolean (callers turn it into text for headers). */
export function randomBoolean(): JsonValue {
  return Math.random() < 0.5;
}
