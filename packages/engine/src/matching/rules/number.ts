// The `number`, `integer` and `decimal` rules. JSON leaves are judged by the literal's kind
// (`100` is not a decimal, `"100"` is not a number); strings (headers, query values, XML text)
// by whether they parse (matching.md §3.6).
import { describeTyped, isJsonNumber, jsonKind, type JsonNode } from '../body/json-value.js';
import { msg } from '../messages.js';

export type NumericRule = 'number' | 'integer' | 'decimal';

export function numericJson(rule: NumericRule, a: JsonNode): string | undefined {
  switch (rule) {
    case 'number':
      return isJsonNumber(a) ? undefined : msg.numberTyped(describeTyped(a));
    case 'integer':
      return jsonKind(a) === 'Integer' ? undefined : msg.integerTyped(describeTyped(a));
    case 'decimal':
      return jsonKind(a) === 'Decimal' ? undefined : msg.decimalTyped(describeTyped(a));
  }
}

const INTEGER_TEXT = /^\+?\d+$/;
const FLOAT_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$|^[+-]?(?:inf|infinity|NaN)$/i;

export function numericString(rule: NumericRule, a: string): string | undefined {
  if (rule === 'integer') return INTEGER_TEXT.test(a) ? undefined : msg.integer(a);
  return FLOAT_TEXT.test(a) ? undefined : msg.number(a);
}
