// Parses both JSON bodies (the expected one once per prepared expectation) and compares them (§2.9).
import type { Body } from '../../model/types.js';
import type { Mismatch } from '../types.js';
import { msg } from '../messages.js';
import { countJsonItems, pathText, tooDeepAt } from '../../model/limits.js';
import type { BodyContext } from './context.js';
import { refused } from './refused.js';
import { compareJson } from './json.js';
import { mayHideNumberKind, parseJsonLossless, parseJsonNative, type JsonNode } from './json-value.js';
import { utf8Text } from '../../model/bytes.js';

/** Thrown (and caught below) when the natively parsed actual body turned out to be ambiguous. */
const NEEDS_LOSSLESS = Symbol('needs lossless parse');

function parse(text: string, lossless = true): JsonNode | Error {
  try {
    return lossless ? parseJsonLossless(text) : parseJsonNative(text);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

export function compareJsonBodies(expected: Body & { kind: 'present' }, actual: Uint8Array, ctx: BodyContext): Mismatch[] {
  const e = (ctx.memo.json ??= parse(utf8Text(expected.content))) as JsonNode | Error;
  const actualText = utf8Text(actual);
  if (e instanceof Error) {
    return [{ type: 'BodyMismatch', path: '$', expected: utf8Text(expected.content), actual: actualText, mismatch: ctx.prefix + msg.parseExpected(e.message) }];
  }
  const items = countJsonItems(actualText, ctx.limits.maxJsonItems);
  if (items > ctx.limits.maxJsonItems) {
    return refused(ctx, msg.tooMany('JSON values', items, ctx.limits.maxJsonItems, 'maxJsonItems'));
  }
  const a = parse(actualText, false);
  if (a instanceof Error) {
    return [{ type: 'BodyMismatch', path: '$', expected: utf8Text(expected.content), actual: actualText, mismatch: ctx.prefix + msg.parseActual(a.message) }];
  }
  // Everything below recurses (bounded by the expected body), but a mismatch report walks the
  // actual value too; a body nested past the limit is refused here, before any walk.
  const deep = tooDeepAt(a, ctx.limits.maxDepth);
  // The path is shortened in the middle: hundreds of `.a` segments help nobody read a report.
  if (deep !== undefined) return refused(ctx, msg.tooDeep(ctx.limits.maxDepth), pathText('$', deep));
  let out: Mismatch[];
  let checked = false;
  const ensureExactNumbers = (): void => {
    if (checked) return;
    if (mayHideNumberKind(actualText)) throw NEEDS_LOSSLESS;
    checked = true;
  };
  try {
    out = compareJson(e, a, ctx.cursor, { strictKeys: ctx.strict, ensureExactNumbers, memo: ctx.memo });
  } catch (x) {
    if (x !== NEEDS_LOSSLESS) throw x;
    out = compareJson(e, parseJsonLossless(actualText), ctx.cursor, { strictKeys: ctx.strict, memo: ctx.memo });
  }
  if (ctx.prefix !== '') for (const m of out) m.mismatch = ctx.prefix + m.mismatch;
  return out;
}
