// The `equality` rule (also `values` on a leaf): same kind and value, `1` ≠ `1.0` (matching.md §3.6).
import { describeTyped, jsonEquals, type JsonNode } from '../body/json-value.js';
import { msg } from '../messages.js';

export function equalityJson(e: JsonNode, a: JsonNode): string | undefined {
  return jsonEquals(e, a) ? undefined : msg.equalTyped(describeTyped(a), describeTyped(e));
}

export function equalityString(e: string, a: string): string | undefined {
  return e === a ? undefined : msg.equal(a, e);
}
