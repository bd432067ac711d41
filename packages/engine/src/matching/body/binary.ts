// Binary bodies: the rule at `$` on the raw bytes, else byte equality (matching.md §2.14).
import type { Mismatch } from '../types.js';
import { msg } from '../messages.js';
import { contentTypeBytes } from '../rules/content-type.js';
import { equalityString } from '../rules/equality.js';
import { includeText } from '../rules/include.js';
import { regexMismatch } from '../rules/regex.js';
import { ruleLabel, type Rule } from '../rules/rule.js';
import type { BodyContext } from './context.js';
import { bytesEqual, hexText, utf8Text } from '../../model/bytes.js';

export function compareBinary(expected: Uint8Array, actual: Uint8Array, expectedType: string, actualType: string, ctx: BodyContext): Mismatch[] {
  const resolved = ctx.cursor.best();
  const out: Mismatch[] = [];
  const push = (m: string): void => {
    out.push({ type: 'BodyMismatch', path: '$', expected: describe(expectedType, expected), actual: describe(actualType, actual), mismatch: ctx.prefix + m });
  };
  if (resolved !== undefined) {
    const failures: string[] = [];
    for (const rule of resolved.list.rules) {
      const m = binaryRule(rule, expected, actual);
      if (m === undefined && resolved.list.combine === 'OR') return [];
      if (m !== undefined) failures.push(m);
    }
    failures.forEach(push);
    return out;
  }
  if (!bytesEqual(expected, actual)) push(msg.binary(describe(actualType, actual), describe(expectedType, expected)));
  return out;
}

function binaryRule(rule: Rule, expected: Uint8Array, actual: Uint8Array): string | undefined {
  switch (rule.kind) {
    case 'contentType':
      return contentTypeBytes(rule.value, actual);
    case 'regex':
      return regexMismatch(rule.source, utf8Text(actual));
    case 'include':
      return includeText(utf8Text(actual), rule.value);
    case 'notEmpty':
      return actual.length > 0 ? undefined : msg.notEmptyBytes();
    case 'equality':
      return bytesEqual(expected, actual) ? undefined : equalityString(hexText(expected), hexText(actual));
    case 'type':
    case 'values':
      return undefined;
    default:
      return msg.unableToMatch(`${actual.length} bytes`, ruleLabel(rule));
  }
}

/** `[<ct>, <n> bytes, starting with <hex of the first 32 bytes>]`. */
function describe(contentType: string, bytes: Uint8Array): string {
  return `[${contentType}, ${bytes.length} bytes, starting with ${hexText(bytes.subarray(0, 32))}]`;
}
