// The `null` rule: only JSON `null` passes; a string value never does.
import { describeTyped, type JsonNode } from '../body/json-value.js';
import { msg } from '../messages.js';

export function nullJson(a: JsonNode): string | undefined {
  return a === null ? undefined : msg.nullTyped(describeTyped(a));
}

export function nullString(a: string): string {
  return msg.nullString(a);
}
