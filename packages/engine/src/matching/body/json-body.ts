// Parses both JSON bodies (the expected one once per Body object) and compares them (§2.9).
import type { Body } from '../../model/types.js';
import type { Mismatch } from '../types.js';
import { msg } from '../messages.js';
import type { BodyContext } from './context.js';
import { compareJson } from './json.js';
import { parseJsonLossless, type JsonNode } from './json-value.js';

const parsedExpected = new WeakMap<Body, JsonNode | Error>();

function parse(text: string): JsonNode | Error {
  try {
    return parseJsonLossless(text);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

export function compareJsonBodies(expected: Body & { kind: 'present' }, actual: Buffer, ctx: BodyContext): Mismatch[] {
  let e = parsedExpected.get(expected);
  if (e === undefined) {
    e = parse(expected.content.toString('utf8'));
    parsedExpected.set(expected, e);
  }
  const actualText = actual.toString('utf8');
  if (e instanceof Error) {
    return [{ type: 'BodyMismatch', path: '$', expected: expected.content.toString('utf8'), actual: actualText, mismatch: ctx.prefix + msg.parseExpected(e.message) }];
  }
  const a = parse(actualText);
  if (a instanceof Error) {
    return [{ type: 'BodyMismatch', path: '$', expected: expected.content.toString('utf8'), actual: actualText, mismatch: ctx.prefix + msg.parseActual(a.message) }];
  }
  const out = compareJson(e, a, ctx.cursor, { strictKeys: ctx.strict });
  if (ctx.prefix !== '') for (const m of out) m.mismatch = ctx.prefix + m.mismatch;
  return out;
}
