import { sortKeysDeep } from '../model/pretty-json.js';

/**
 * JSON text with every object's keys in alphabetical order at every depth: the official mock
 * server's output is written that way and tools compare it textually. The sorting is the model's
 * (one implementation, which also keeps a `__proto__` key a request body may carry).
 */
export function stringifySorted(value: unknown, indent?: number): string {
  return JSON.stringify(sortKeysDeep(value), null, indent);
}
