// Text bodies (text/plain and every unrecognised type): the rule at `$`, else byte equality (§2.11).
import type { Mismatch } from '../types.js';
import { msg } from '../messages.js';
import { stringRuleList } from '../rules/leaf.js';
import type { BodyContext } from './context.js';
import { decodeUtf8 } from './utf8.js';

export function compareText(expected: Buffer, actual: Buffer, ctx: BodyContext): Mismatch[] {
  const resolved = ctx.cursor.best();
  if (resolved !== undefined) {
    const e = decodeUtf8(expected);
    const a = decodeUtf8(actual);
    if (e instanceof Error) return [textMismatch(ctx, expected, actual, msg.textUtf8('expected', e.message))];
    if (a instanceof Error) return [textMismatch(ctx, expected, actual, msg.textUtf8('actual', a.message))];
    return stringRuleList(resolved.list, e, a, resolved.cascaded).map((m) => textMismatch(ctx, expected, actual, m));
  }
  if (expected.equals(actual)) return [];
  return [textMismatch(ctx, expected, actual, msg.text(expected.toString('utf8'), actual.toString('utf8')))];
}

function textMismatch(ctx: BodyContext, e: Buffer, a: Buffer, mismatch: string): Mismatch {
  return { type: 'BodyMismatch', path: '$', expected: e.toString('utf8'), actual: a.toString('utf8'), mismatch: ctx.prefix + mismatch };
}
