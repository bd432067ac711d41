// MIME multipart bodies of every subtype (form-data, mixed, related, alternative, …) split into
// parts (RFC 2046 §5.1). Written here rather than taken from a library: the well-kept parsers
// (busboy, multer's) know only multipart/form-data and run on Node streams, while matching needs
// every subtype, synchronously, on one complete buffer, with the parts' own headers.
import { base64Bytes, indexOfBytes, latin1Bytes, latin1Text, utf8Bytes, utf8Text } from '../../model/bytes.js';

/** One part of a multipart body. */
export interface MimePart {
  /** The `name` of its Content-Disposition; `''` when it has none. */
  readonly name: string;
  /** A field has a Content-Disposition without a filename; every other part is a file. */
  readonly kind: 'field' | 'file';
  /** Its Content-Type header, if any. */
  readonly contentType: string | undefined;
  /** Its headers, names as written, in order. */
  readonly headers: ReadonlyArray<readonly [string, string]>;
  /** Its content, with any base64 or quoted-printable transfer encoding undone. */
  readonly content: Uint8Array;
}

/** A body with more parts than the `maxMultipartParts` limit. */
export class TooManyParts extends Error {}

const BLANK_CRLF = utf8Bytes('\r\n\r\n');
const BLANK_LF = utf8Bytes('\n\n');

/** A `; key=value` parameter of a header value (quoted or not), or `undefined`. */
export function headerParameter(value: string, key: string): string | undefined {
  const pattern = new RegExp(`(?:^|;)\\s*${key}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, 'i');
  const m = pattern.exec(value);
  if (m === null) return undefined;
  return m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2];
}

function parseHeaders(block: string): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  // A line starting with white space continues the one before it (RFC 5322 folding).
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`malformed part header '${line.slice(0, 100)}'`);
    headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return headers;
}

function headerValue(headers: ReadonlyArray<readonly [string, string]>, name: string): string | undefined {
  return headers.find(([k]) => k.toLowerCase() === name)?.[1];
}

function decodeQuotedPrintable(bytes: Uint8Array): Uint8Array {
  const text = latin1Text(bytes).replace(/=\r?\n/g, '');
  return latin1Bytes(text.replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))));
}

function decoded(content: Uint8Array, encoding: string | undefined): Uint8Array {
  switch (encoding?.toLowerCase()) {
    case 'base64':
      return base64Bytes(latin1Text(content));
    case 'quoted-printable':
      return decodeQuotedPrintable(content);
    default:
      return content;
  }
}

function toPart(headerBlock: string, content: Uint8Array): MimePart {
  const headers = parseHeaders(headerBlock);
  const disposition = headerValue(headers, 'content-disposition');
  const filename = disposition === undefined ? undefined : (headerParameter(disposition, 'filename') ?? headerParameter(disposition, 'filename\\*'));
  return {
    name: (disposition === undefined ? undefined : headerParameter(disposition, 'name')) ?? '',
    kind: disposition !== undefined && filename === undefined ? 'field' : 'file',
    contentType: headerValue(headers, 'content-type'),
    headers,
    content: decoded(content, headerValue(headers, 'content-transfer-encoding')),
  };
}

/** Where the line after `at` starts: past optional transport padding and a line break. */
function nextLine(body: Uint8Array, at: number): number {
  let i = at;
  while (body[i] === 0x20 || body[i] === 0x09) i++;
  if (body[i] === 0x0d && body[i + 1] === 0x0a) return i + 2;
  if (body[i] === 0x0a) return i + 1;
  throw new Error('a boundary line is followed by other text');
}

/**
 * The parts of a multipart body whose `Content-Type` (with its `boundary` parameter) is
 * `contentType`. A preamble and an epilogue are ignored; line breaks may be CRLF or LF. Returns an
 * Error saying what is wrong for a body that is not well formed, and `TooManyParts` past `maxParts`.
 */
export function parseMimeMultipart(body: Uint8Array, contentType: string, maxParts = Number.POSITIVE_INFINITY): MimePart[] | Error {
  const boundary = headerParameter(contentType, 'boundary');
  if (boundary === undefined || boundary === '') return new Error('the Content-Type has no boundary parameter');
  const delimiter = utf8Bytes(`--${boundary}`);
  try {
    let at = indexOfBytes(body, delimiter);
    // The first delimiter starts the body or a line of it; anything before it is preamble.
    while (at > 0 && body[at - 1] !== 0x0a) at = indexOfBytes(body, delimiter, at + 1);
    if (at < 0) return new Error(`no boundary '${boundary}' found in the body`);
    const parts: MimePart[] = [];
    for (;;) {
      at += delimiter.length;
      if (body[at] === 0x2d && body[at + 1] === 0x2d) return parts;
      const start = nextLine(body, at);
      if (parts.length >= maxParts) return new TooManyParts();
      // The part ends at the next delimiter that starts a line; the line break before it belongs to it.
      let end = indexOfBytes(body, delimiter, start);
      while (end >= 0 && body[end - 1] !== 0x0a) end = indexOfBytes(body, delimiter, end + 1);
      if (end < 0) return new Error(`part ${parts.length + 1} is not closed by the boundary '${boundary}'`);
      const contentEnd = body[end - 2] === 0x0d ? end - 2 : end - 1;
      const part = body.subarray(start, Math.max(start, contentEnd));
      // No headers: the part starts with its blank line.
      const headerEnd = part[0] === 0x0d || part[0] === 0x0a ? 0 : findBlankLine(part);
      if (headerEnd < 0) return new Error(`part ${parts.length + 1} has no blank line after its headers`);
      const contentStart = headerEnd === 0 ? (part[0] === 0x0d ? 2 : 1) : headerEnd;
      parts.push(toPart(utf8Text(part.subarray(0, headerEnd)), part.subarray(contentStart)));
      at = end;
    }
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** The offset just past the first blank line (`\r\n\r\n` or `\n\n`), or -1. */
function findBlankLine(part: Uint8Array): number {
  const crlf = indexOfBytes(part, BLANK_CRLF);
  const lf = indexOfBytes(part, BLANK_LF);
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return crlf + 4;
  return lf >= 0 ? lf + 2 : -1;
}
