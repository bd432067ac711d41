// The `type` rule and its `min`/`max` size bounds (matching.md §3.5, §3.6).
import { describeTyped, jsonKind, type JsonNode } from '../body/json-value.js';
import { msg } from '../messages.js';

/** Same JSON kind, Integer and Decimal counting as one kind. */
export function typeJson(e: JsonNode, a: JsonNode): string | undefined {
  // Fast path for the common leaf pairs (string/string, number/number, boolean/boolean).
  const te = typeof e;
  if (te === typeof a && te !== 'object') return undefined;
  const ke = numberless(jsonKind(e));
  const ka = numberless(jsonKind(a));
  return ke === ka ? undefined : msg.sameType(describeTyped(a), describeTyped(e));
}

function numberless(kind: string): string {
  return kind === 'Integer' || kind === 'Decimal' ? 'Number' : kind;
}

/** Size bounds of a collection; `desc` renders the collection for the message. */
export function sizeBounds(rule: { min?: number; max?: number }, size: number, desc: () => string): string | undefined {
  if (rule.min !== undefined && size < rule.min) return msg.minSize(desc(), size, rule.min);
  if (rule.max !== undefined && size > rule.max) return msg.maxSize(desc(), size, rule.max);
  return undefined;
}
