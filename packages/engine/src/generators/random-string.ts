import type { Generator, JsonValue } from '../model/types.js';
import { integerAttribute } from './attributes.js';
import { GeneratorError } from './generator-error.js';
import { randomChars } from './random.js';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `RandomString`: `size` (default 10) characters of `[A-Za-z0-9]`. */
export function randomString(generator: Generator): JsonValue {
  const size = integerAttribute(generator, 'size', 10);
  if (size < 0) throw new GeneratorError(`RandomString: size must not be negative, got ${size}`);
  if (size > 100_000) throw new GeneratorError(`RandomString: size must be at most 100000, got ${size}`);
  return randomChars(ALPHANUMERIC, size);
}
