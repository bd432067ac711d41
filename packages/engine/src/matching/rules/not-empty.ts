// V4 `notEmpty`: present and not null, "", [] or {} (numbers and booleans pass).
import { describeTyped, isJsonObject, type JsonNode } from '../body/json-value.js';
import { msg } from '../messages.js';

export function notEmptyJson(a: JsonNode): string | undefined {
  if (a === null) return msg.notEmptyNull();
  const empty = a === '' || (Array.isArray(a) && a.length === 0) || (isJsonObject(a) && Object.keys(a).length === 0);
  return empty ? msg.notEmptyTyped(describeTyped(a)) : undefined;
}

export function notEmptyString(a: string): string | undefined {
  return a === '' ? msg.notEmptyTyped(describeTyped(a)) : undefined;
}
