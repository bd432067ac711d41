// The `contentType` rule: the bytes, detected by magic number, must be of the expected media type.
import { baseMediaType } from '../../model/content-type.js';
import { detectContentType } from '../body/magic.js';
import { msg } from '../messages.js';
import { base64Bytes, utf8Bytes } from '../../model/bytes.js';

export function contentTypeBytes(expected: string, bytes: Uint8Array): string | undefined {
  const detected = detectContentType(bytes);
  return baseMediaType(detected) === baseMediaType(expected) ? undefined : msg.contentType(expected, detected);
}

/** On a string value: base64-decoded bytes when it decodes, else its UTF-8 bytes. */
export function contentTypeString(expected: string, value: string): string | undefined {
  const isBase64 = value.length > 0 && value.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(value);
  return contentTypeBytes(expected, isBase64 ? base64Bytes(value) : utf8Bytes(value));
}
