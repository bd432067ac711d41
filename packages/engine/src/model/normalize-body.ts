// Loading the `body` attribute of a request/response (matching.md §1.4).
import type { Body, Draft, HeaderMap } from './types.js';
import { isBase64 } from './body.js';
import { isJsonType, isTextType, parseMediaType, sniffContentType } from './content-type.js';
import { findHeader } from './headers.js';
import { isJsonObject, jsonText } from './json-value.js';
import { base64Bytes, utf8Bytes } from './bytes.js';

const MISSING: Body = { kind: 'missing' };
const EMPTY: Body = { kind: 'empty' };
const NULL: Body = { kind: 'null' };

/** The first `Content-Type` header value, if it is a media type. */
function headerContentType(headers: HeaderMap | undefined): string | undefined {
  const value = findHeader(headers, 'content-type')?.[0];
  return value !== undefined && parseMediaType(value) !== undefined ? value : undefined;
}

function present(content: Uint8Array, contentType?: string, hint?: 'TEXT' | 'BINARY'): Body {
  if (content.length === 0) return EMPTY;
  const body: Draft<Extract<Body, { kind: 'present' }>> = { kind: 'present', content };
  if (contentType !== undefined) body.contentType = contentType;
  if (hint !== undefined) body.hint = hint;
  return body;
}

function isValidJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A V1–V3 string body: its meaning depends on the content type (header, else sniffed). */
function stringBody(text: string, headers: HeaderMap | undefined): Body {
  if (text.length === 0) return EMPTY;
  const contentType = headerContentType(headers) ?? sniffContentType(text);
  if (isJsonType(contentType)) {
    // Text that is not JSON under a JSON type is a JSON string value (written unescaped, like the
    // official loader does), so XML text under a JSON header cannot match an XML body.
    const json = isValidJson(text) ? text : `"${text}"`;
    return present(utf8Bytes(json), contentType);
  }
  if (isTextType(contentType)) return present(utf8Bytes(text), contentType);
  return isBase64(text) ? present(base64Bytes(text)) : present(utf8Bytes(text));
}

/**
 * V1–V3 `body`: absent → missing, `null` → null, `""` → empty, other strings per content type,
 * any other JSON value → its JSON text (number literals kept) with no recorded content type.
 */
export function normalizeBodyV3(value: unknown, headers: HeaderMap | undefined): Body {
  if (value === undefined) return MISSING;
  if (value === null) return NULL;
  if (typeof value === 'string') return stringBody(value, headers);
  return present(utf8Bytes(jsonText(value)));
}

const BODY_ATTRIBUTES = new Set(['content', 'contentType', 'encoded', 'contentTypeHint']);

/**
 * V4 `body` object `{content, contentType?, encoded?, contentTypeHint?}`. Values that are not
 * objects load as in V3 (lenient); objects without `content` are a JSON body unless they hold only
 * body attributes.
 */
export function normalizeBodyV4(value: unknown, headers: HeaderMap | undefined): Body {
  if (!isJsonObject(value)) return normalizeBodyV3(value, headers);
  if (!('content' in value)) {
    for (const key in value) {
      if (!BODY_ATTRIBUTES.has(key)) return present(utf8Bytes(jsonText(value)));
    }
    return MISSING;
  }
  const content = value.content;
  if (content === null || content === undefined) return NULL;

  const declared = typeof value.contentType === 'string' && value.contentType.trim() !== '' ? value.contentType : undefined;
  const contentType = declared ?? headerContentType(headers);
  const hint = value.contentTypeHint === 'TEXT' || value.contentTypeHint === 'BINARY' ? value.contentTypeHint : undefined;
  const encoded = value.encoded;
  const asText = typeof content === 'string' ? content : jsonText(content);

  let bytes: Uint8Array;
  if (encoded === 'base64' || encoded === 'BASE64') {
    // Not valid base64: keep the text, as the official loader does.
    bytes = isBase64(asText) ? base64Bytes(asText) : utf8Bytes(asText);
  } else if (encoded === 'json' || encoded === 'JSON') {
    bytes = utf8Bytes(asText);
  } else if ((encoded === undefined || encoded === false) && isJsonType(contentType)) {
    // The content is the JSON value itself (a string content is a JSON string).
    if (content === '') return EMPTY;
    bytes = utf8Bytes(jsonText(content));
  } else {
    bytes = utf8Bytes(asText);
  }
  if (bytes.length === 0) return EMPTY;
  return present(bytes, contentType, hint);
}
