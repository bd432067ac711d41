// Bodies as the model holds them: exact bytes plus the three "no content" kinds.
import type { Body } from './types.js';
import { strictUtf8Text, utf8Bytes } from './bytes.js';

const EMPTY: Body = { kind: 'empty' };

/**
 * A body from bytes off the wire (or a file): zero bytes are `empty`, never `missing`.
 * `contentType` (the `Content-Type` header) is recorded when given.
 */
export function bodyFromBytes(bytes: Uint8Array, contentType?: string): Body {
  if (bytes.length === 0) return EMPTY;
  return contentType === undefined ? { kind: 'present', content: bytes } : { kind: 'present', content: bytes, contentType };
}

/** A present body from text (UTF-8); `""` gives `empty`. */
export function bodyFromText(text: string, contentType?: string): Body {
  return bodyFromBytes(utf8Bytes(text), contentType);
}

/**
 * The body as text: `""` for an empty body, the UTF-8 decoding of a present one, `undefined` when
 * there is no body (missing, null) or its bytes are not valid UTF-8.
 */
export function bodyText(body: Body): string | undefined {
  switch (body.kind) {
    case 'empty':
      return '';
    case 'present':
      return strictUtf8Text(body.content);
    default:
      return undefined;
  }
}

/** Standard base64 with padding, as pact files write binary bodies. */
export function isBase64(text: string): boolean {
  return text.length > 0 && text.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(text);
}
