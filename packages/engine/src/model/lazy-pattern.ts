/**
 * A regular expression made on first use. V8 builds the character sets of Unicode property
 * escapes (`\p{L}`) when such a literal is evaluated, about 0.3 ms each; at module level that
 * would be paid by every process that loads the engine, whether or not anything calls it.
 *
 * @example
 * ```ts
 * const LETTER = lazyPattern(() => /^\p{L}$/u);
 * LETTER().test('é'); // true
 * ```
 */
export function lazyPattern(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= make());
}
