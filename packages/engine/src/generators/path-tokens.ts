import { parsePathExpression, type PathToken } from '../model/path-expression.js';

const cache = new Map<string, PathToken[] | undefined>();
const CACHE_LIMIT = 1000;

/**
 * The tokens of a generator key, parsed once per distinct key (responses are generated on every
 * request). `undefined` for a key that is not a valid path expression: that generator is skipped.
 */
export function generatorPathTokens(key: string): PathToken[] | undefined {
  if (cache.has(key)) return cache.get(key);
  const parsed = parsePathExpression(key);
  const tokens = parsed instanceof Error ? undefined : parsed;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, tokens);
  return tokens;
}
