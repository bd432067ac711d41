/**
 * Randomness for generators. Not cryptographic on purpose: generated values are test data, and
 * Math.random keeps generation cheap on every mock-server response.
 */

/** A uniformly drawn integer in [min, max] (both inclusive; callers ensure min <= max). */
export function randomIntInclusive(min: number, max: number): number {
  // The clamp guards huge ranges, where floating-point rounding could step one past max.
  return Math.min(max, min + Math.floor(Math.random() * (max - min + 1)));
}

/** `length` characters drawn independently from `alphabet`. */
export function randomChars(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomIntInclusive(0, alphabet.length - 1)];
  return out;
}
