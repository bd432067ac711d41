// The `boolean` rule: JSON booleans, or the strings "true"/"false".
import { describeTyped, type JsonNode } from '../body/json-value.js';
import { msg } from '../messages.js';

export function booleanJson(a: JsonNode): string | undefined {
  return typeof a === 'boolean' || a === 'true' || a === 'false' ? undefined : msg.booleanTyped(describeTyped(a));
}

export function booleanString(a: string): string | undefined {
  return a === 'true' || a === 'false' ? undefined : msg.boolean(a);
}
