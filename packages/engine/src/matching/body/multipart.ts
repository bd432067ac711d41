/**
 * multipart/* bodies (matching.md §2.13), parsed with busboy — a well-kept, dependency-light,
 * pure-JS parser that runs synchronously when fed one complete Buffer. Only expected parts are
 * checked: fields by the rule at `$.<name>` or equality, files by the content-type gate and then
 * the comparator for their type with body rules re-rooted under `$.<name>`.
 * Limitation: busboy exposes only a part's name, filename, content type and transfer encoding, so
 * other part headers are not compared.
 */
import type Busboy from 'busboy';
import { loadOnFirstUse } from '../../load-on-first-use.js';

const busboy = loadOnFirstUse<typeof Busboy>('busboy');
import type { Readable } from 'node:stream';
import { findHeader, joinHeaderValues } from '../../model/headers.js';
import type { Mismatch } from '../types.js';
import { msg } from '../messages.js';
import { stringRuleList } from '../rules/leaf.js';
import { renderSegment } from './body-path.js';
import { contentTypesCompatible } from './content-gate.js';
import type { BodyContext } from './context.js';
import { refused } from './refused.js';
import { compareContents } from './match-body.js';

interface Part {
  readonly name: string;
  readonly kind: 'field' | 'file';
  readonly contentType: string | undefined;
  readonly content: Buffer;
}

/** A body with more parts than the `maxMultipartParts` limit (busboy stops reading at the limit). */
class TooManyParts extends Error {}

function parseMultipart(body: Buffer, contentType: string, maxParts = Number.POSITIVE_INFINITY): Part[] | Error {
  const parts: Part[] = [];
  const files: { name: string; stream: Readable; mimeType: string; encoding: string }[] = [];
  let failure: Error | undefined;
  try {
    const bb = busboy()({
      headers: { 'content-type': contentType },
      fileHwm: Number.MAX_SAFE_INTEGER,
      limits: { fieldSize: Number.MAX_SAFE_INTEGER, fileSize: Number.MAX_SAFE_INTEGER, parts: maxParts + 1 },
    });
    // busboy signals its limit once a body has exactly that many parts, hence the `+ 1` above.
    bb.on('partsLimit', () => {
      failure ??= new TooManyParts();
    });
    bb.on('field', (name, value, info) => {
      const content = info.encoding.toLowerCase() === 'base64' ? Buffer.from(value, 'base64') : Buffer.from(value, 'utf8');
      parts.push({ name, kind: 'field', contentType: info.mimeType, content });
    });
    bb.on('file', (name, stream, info) => {
      // busboy reports a file part cut short on the part's own stream, a tick after parsing;
      // without a listener that event would be an uncaught exception in the mock server's process.
      stream.on('error', (e: unknown) => {
        failure ??= e instanceof Error ? e : new Error(String(e));
      });
      files.push({ name, stream, mimeType: info.mimeType, encoding: info.encoding });
      parts.push({ name, kind: 'file', contentType: info.mimeType, content: Buffer.alloc(0) });
    });
    bb.on('error', (e: unknown) => {
      failure = e instanceof Error ? e : new Error(String(e));
    });
    bb.end(body);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
  if (failure !== undefined) return failure;
  // busboy parses a complete buffer synchronously; file data sits in each stream's buffer.
  return parts.map((p) => {
    if (p.kind !== 'file') return p;
    const f = files.find((x) => x.name === p.name && !('taken' in x));
    if (f === undefined) return p;
    Object.assign(f, { taken: true });
    const raw = (f.stream.read() as Buffer | null) ?? Buffer.alloc(0);
    const content = f.encoding.toLowerCase() === 'base64' ? Buffer.from(raw.toString('latin1'), 'base64') : raw;
    return { ...p, content };
  });
}

function partsContentType(bodyType: string, headers: Record<string, string[]> | undefined): string {
  if (/boundary=/i.test(bodyType)) return bodyType;
  const header = findHeader(headers, 'content-type');
  return header === undefined ? bodyType : joinHeaderValues(header);
}

export function compareMultipart(
  expected: Buffer,
  actual: Buffer,
  expectedType: string,
  actualType: string,
  ctx: BodyContext,
  expectedHeaders: Record<string, string[]> | undefined,
  actualHeaders: Record<string, string[]> | undefined,
): Mismatch[] {
  const fail = (which: 'expected' | 'actual', err: Error): Mismatch[] => [
    { type: 'BodyMismatch', path: '$', expected: expected.toString('utf8'), actual: actual.toString('utf8'), mismatch: ctx.prefix + msg.multipartParse(which, err.message) },
  ];
  const e = parseMultipart(expected, partsContentType(expectedType, expectedHeaders));
  if (e instanceof Error) return fail('expected', e);
  const a = parseMultipart(actual, partsContentType(actualType, actualHeaders), ctx.limits.maxMultipartParts);
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
    const other = a.find((p) => p.name === part.name) ?? (part.name === '' ? a[index] : undefined);
    if (other === undefined) return push(msg.mimePartMissing(name), part.content.toString('utf8'), null);
    if (part.kind !== other.kind) {
      return push(part.kind === 'field' ? msg.mimeFieldWasFile(name) : msg.mimeFileWasField(name), part.name, other.name);
    }
    const cursor = ctx.cursor.child(name);
    if (part.kind === 'field') {
      const ev = part.content.toString('utf8');
      const av = other.content.toString('utf8');
      const resolved = cursor.best();
      const failures = resolved !== undefined ? stringRuleList(resolved.list, ev, av, resolved.cascaded) : ev === av ? [] : [msg.equal(av, ev)];
      for (const m of failures) push(msg.mimePrefix(name, m), ev, av);
      return;
    }
    if (!contentTypesCompatible(part.contentType, other.contentType, undefined)) {
      return push(msg.mimePrefix(name, msg.bodyType(part.contentType ?? '*/*', other.contentType ?? '*/*')), part.contentType ?? null, other.contentType ?? null);
    }
    const partCtx: BodyContext = { ...ctx, cursor, prefix: `${ctx.prefix}${msg.mimePrefix(name, '')}` };
    const body = { kind: 'present' as const, content: part.content };
    out.push(...compareContents(body, part.contentType, other.content, other.contentType, undefined, undefined, partCtx));
  });
  return out;
}
