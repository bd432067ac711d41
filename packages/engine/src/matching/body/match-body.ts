/**
 * Body matching: presence first (§2.6: an absent expected body accepts anything, an empty or
 * `null` one requires an empty actual body), then the content-type gate (§2.7), then the
 * comparator chosen by the expected content type (§2.8).
 */
import type { Body, HeaderMap } from '../../model/types.js';
import { bodyContentType, isBinaryType, isJsonType, isXmlType, parseMediaType } from '../../model/content-type.js';
import type { Mismatch } from '../types.js';
import { DEFAULT_LIMITS, type InputLimits } from '../../model/limits.js';
import { MAX_BODY_MISMATCHES, msg } from '../messages.js';
import type { CompiledRules } from '../rules/compile.js';
import type { RuleCursor } from '../rules/select.js';
import { compareBinary } from './binary.js';
import { contentTypesCompatible } from './content-gate.js';
import type { BodyContext } from './context.js';
import { compareForm } from './form.js';
import { compareJsonBodies } from './json-body.js';
import { compareMultipart } from './multipart.js';
import { compareText } from './text.js';
import { compareXml } from './xml.js';
import { utf8Text } from '../../model/bytes.js';
import { MatchMemo } from '../match-memo.js';

export interface BodySide {
  readonly body: Body;
  readonly headers: HeaderMap | undefined;
}

const EMPTY = new Uint8Array(0);

function describePresence(body: Body, contentType: string | undefined): string {
  if (body.kind !== 'present') return body.kind === 'null' ? 'Null' : body.kind === 'empty' ? 'Empty' : 'Missing';
  return `Present(${body.content.length} bytes${contentType === undefined ? '' : `, ${contentType}`})`;
}

function bodyTextOrNull(body: Body): string | null {
  return body.kind === 'present' ? utf8Text(body.content) : null;
}

export function matchBody(expected: BodySide, actual: BodySide, rules: CompiledRules, strict: boolean, limits: InputLimits = DEFAULT_LIMITS, memo = new MatchMemo()): Mismatch[] {
  const e = expected.body;
  const a = actual.body;
  if (e.kind === 'missing') return [];
  const eType = bodyContentType(e, expected.headers);
  const aType = bodyContentType(a, actual.headers);
  if (e.kind === 'empty' || e.kind === 'null') {
    if (a.kind !== 'present') return [];
    return [{ type: 'BodyMismatch', path: '/', expected: null, actual: bodyTextOrNull(a), mismatch: msg.emptyBodyExpected(describePresence(a, aType)) }];
  }
  if (a.kind === 'missing' || a.kind === 'empty') {
    const m = a.kind === 'missing' ? msg.bodyMissing(describePresence(e, eType)) : msg.bodyEmpty(describePresence(e, eType));
    return [{ type: 'BodyMismatch', path: '/', expected: bodyTextOrNull(e), actual: null, mismatch: m }];
  }
  if (!contentTypesCompatible(eType, aType, rules.header.get('content-type'))) {
    return [
      {
        type: 'BodyTypeMismatch',
        expected: eType ?? '*/*',
        actual: aType ?? '*/*',
        mismatch: msg.bodyType(eType ?? '*/*', aType ?? '*/*'),
        expectedBody: bodyTextOrNull(e),
        actualBody: bodyTextOrNull(a),
      },
    ];
  }
  const actualBytes = a.kind === 'present' ? a.content : EMPTY;
  const ctx: BodyContext = { strict, rules, cursor: rules.body, prefix: '', limits, memo };
  return capped(compareContents(e, eType, actualBytes, aType, actual.headers, expected.headers, ctx));
}

/** Runs the comparator for the expected content type (also used for multipart file parts). */
export function compareContents(
  expected: Body & { kind: 'present' },
  expectedType: string | undefined,
  actual: Uint8Array,
  actualType: string | undefined,
  actualHeaders: HeaderMap | undefined,
  expectedHeaders: HeaderMap | undefined,
  ctx: BodyContext,
): Mismatch[] {
  const media = expectedType === undefined ? undefined : parseMediaType(expectedType);
  if (isJsonType(media)) return compareJsonBodies(expected, actual, ctx);
  if (isXmlType(media)) return compareXml(expected, actual, { ...ctx, cursor: xmlCursor(ctx) });
  if (media?.type === 'multipart') return compareMultipart(expected.content, actual, expectedType ?? '', actualType ?? '', ctx, expectedHeaders, actualHeaders);
  if (media?.type === 'application' && media.subtype === 'x-www-form-urlencoded') return compareForm(expected.content, actual, ctx);
  if (isBinaryType(media) || hasContentTypeRule(ctx.cursor)) {
    return compareBinary(expected.content, actual, expectedType ?? 'application/octet-stream', actualType ?? 'application/octet-stream', ctx);
  }
  return compareText(expected.content, actual, ctx);
}

/** At most `MAX_BODY_MISMATCHES`, then one entry that says more were found (or not looked for). */
function capped(found: Mismatch[]): Mismatch[] {
  if (found.length < MAX_BODY_MISMATCHES) return found;
  const more = found.length > MAX_BODY_MISMATCHES ? found.length - MAX_BODY_MISMATCHES : undefined;
  const kept = found.slice(0, MAX_BODY_MISMATCHES);
  kept.push({ type: 'BodyMismatch', path: '$', expected: null, actual: null, mismatch: msg.moreMismatches(more) });
  return kept;
}

function hasContentTypeRule(cursor: RuleCursor): boolean {
  const r = cursor.best();
  return r !== undefined && r.list.rules.some((rule) => rule.kind === 'contentType');
}

function xmlCursor(ctx: BodyContext): RuleCursor {
  return ctx.cursor === ctx.rules.body ? ctx.rules.xmlBody() : ctx.cursor;
}
