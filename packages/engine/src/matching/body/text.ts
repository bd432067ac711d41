// Text bodies (text/plain and every unrecognised type): the rule at `$`, else byte equality (§2.11).
import type { Mismatch } from '../types.js';
import { msg } from '../messages.js';
import { stringRuleList } from '../rules/leaf.js';
import type { BodyContext } from './context.js';
import { decodeUtf8 } from './utf8.js';
import { bytesEqual, utf8Text } from '../../model/bytes.js';

export function compareText(expected: Uint8Array, actual: Uint8Array, ctx: BodyContext): Mismatch[] {
  const resolved = ctx.cursor.best();
  if (resolved !== undefined) {
    const e = decodeUtf8(expected);
    const a = decodeUtf8(actual);
    if (e instanceof Error) return [textMismatch(ctx, expected, actual, msg.textUtf8('expected', e.message))];
    if (a instanceof Error) return [textMismatch(ctx, expected, actual, msg.textUtf8('actual', a.message))];
    return stringRuleList(resolved.list, e, a, resolved.cascaded).map((m) => textMismatch(ctx, expected, actual, m));
  }
  if (bytesEqual(expected, actual)) return [];
  return [textMismatch(ctx, expected, actual, msg.text(utf8Text(expected), utf8Text(actual)))];
}

function textMismatch(ctx: BodyContext, e: Uint8Array, a: Uint8Array, mismatch: string): Mismatch {
  return { type: 'BodyMismatch', path: '$', expected: utf8Text(e), actual: utf8Text(a), mismatch: ctx.prefix + mismatch };
}
