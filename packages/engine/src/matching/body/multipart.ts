/**
 * multipart/* bodies of every subtype (matching.md §2.13). Only expected parts are checked, paired
 * with actual parts by name (by position when a part has no name): their headers must be there and
 * equal, fields are compared by the rule at `$.<name>` or equality, files by the content-type gate
 * and then the comparator for their type with body rules re-rooted under `$.<name>`.
 */
import { findHeader, joinHeaderValues } from '../../model/headers.js';
import type { Mismatch } from '../types.js';
import { msg } from '../messages.js';
import { stringRuleList } from '../rules/leaf.js';
import { renderSegment } from './body-path.js';
import { contentTypesCompatible } from './content-gate.js';
import type { BodyContext } from './context.js';
import { refused } from './refused.js';
import { compareContents } from './match-body.js';
import { parseMimeMultipart, TooManyParts, type MimePart } from './mime-parts.js';
import { utf8Text } from '../../model/bytes.js';
import { MatchMemo } from '../match-memo.js';
import type { HeaderMap } from '../../model/types.js';

/**
 * Part headers that are not compared by value: the disposition carries the name and filename the
 * pairing already used, the type goes through the content-type gate, and the content is compared
 * after its transfer encoding is undone. A missing one of these is not a mismatch either.
 */
const NOT_COMPARED = new Set(['content-disposition', 'content-type', 'content-transfer-encoding', 'content-length']);

function pairedPart(expected: MimePart, index: number, actual: readonly MimePart[]): MimePart | undefined {
  if (expected.name !== '') {
    const named = actual.find((p) => p.name === expected.name);
    if (named !== undefined) return named;
  }
  const same = actual[index];
  return same !== undefined && (expected.name === '' || same.name === '') ? same : undefined;
}

function partsContentType(bodyType: string, headers: HeaderMap | undefined): string {
  if (/boundary=/i.test(bodyType)) return bodyType;
  const header = findHeader(headers, 'content-type');
  return header === undefined ? bodyType : joinHeaderValues(header);
}

export function compareMultipart(
  expected: Uint8Array,
  actual: Uint8Array,
  expectedType: string,
  actualType: string,
  ctx: BodyContext,
  expectedHeaders: HeaderMap | undefined,
  actualHeaders: HeaderMap | undefined,
): Mismatch[] {
  const fail = (which: 'expected' | 'actual', err: Error): Mismatch[] => [
    { type: 'BodyMismatch', path: '$', expected: utf8Text(expected), actual: utf8Text(actual), mismatch: ctx.prefix + msg.multipartParse(which, err.message) },
  ];
  const e = parseMimeMultipart(expected, partsContentType(expectedType, expectedHeaders));
  if (e instanceof Error) return fail('expected', e);
  const a = parseMimeMultipart(actual, partsContentType(actualType, actualHeaders), ctx.limits.maxMultipartParts);
  if (a instanceof TooManyParts) {
    const limit = ctx.limits.maxMultipartParts;
    return refused(ctx, msg.tooMany('MIME parts', limit + 1, limit, 'maxMultipartParts'));
  }
  if (a instanceof Error) return fail('actual', a);
  const out: Mismatch[] = [];
  e.forEach((part, index) => {
    const name = part.name === '' ? String(index) : part.name;
    const path = `$${renderSegment(name)}`;
    const push = (mismatch: string, ev: string | null, av: string | null): void => {
      out.push({ type: 'BodyMismatch', path, expected: ev, actual: av, mismatch: ctx.prefix + mismatch });
    };
    const other = pairedPart(part, index, a);
    if (other === undefined) return push(msg.mimePartMissing(name), utf8Text(part.content), null);
    if (part.kind !== other.kind) {
      return push(part.kind === 'field' ? msg.mimeFieldWasFile(name) : msg.mimeFileWasField(name), part.name, other.name);
    }
    const cursor = ctx.cursor.child(name);
    for (const [header, ev] of part.headers) {
      if (NOT_COMPARED.has(header.toLowerCase())) continue;
      const av = other.headers.find(([k]) => k.toLowerCase() === header.toLowerCase())?.[1];
      if (av === undefined) {
        push(msg.mimePrefix(name, msg.mimeHeaderMissing(header)), ev, null);
        continue;
      }
      const rule = cursor.child(header).best();
      const failures = rule !== undefined ? stringRuleList(rule.list, ev, av, rule.cascaded) : ev === av ? [] : [msg.equal(av, ev)];
      for (const m of failures) push(msg.mimePrefix(name, msg.headerPrefix(header, m)), ev, av);
    }
    if (part.kind === 'field') {
      const ev = utf8Text(part.content);
      const av = utf8Text(other.content);
      const resolved = cursor.best();
      const failures = resolved !== undefined ? stringRuleList(resolved.list, ev, av, resolved.cascaded) : ev === av ? [] : [msg.equal(av, ev)];
      for (const m of failures) push(msg.mimePrefix(name, m), ev, av);
      return;
    }
    if (!contentTypesCompatible(part.contentType, other.contentType, undefined)) {
      return push(msg.mimePrefix(name, msg.bodyType(part.contentType ?? '*/*', other.contentType ?? '*/*')), part.contentType ?? null, other.contentType ?? null);
    }
    // A part's expected body is cut out of the whole per comparison: it gets a memo of its own.
    const partCtx: BodyContext = { ...ctx, cursor, prefix: `${ctx.prefix}${msg.mimePrefix(name, '')}`, memo: new MatchMemo() };
    const body = { kind: 'present' as const, content: part.content };
    out.push(...compareContents(body, part.contentType, other.content, other.contentType, undefined, undefined, partCtx));
  });
  return out;
}
