// Bodies as pact files hold them: a bare value up to V3, a `{content, contentType, encoded}`
// object in V4 (mock-server.md §5.2).
import type { Body, HeaderMap } from './types.js';
import { baseMediaType, bodyContentType, isBinaryType, isJsonType } from './content-type.js';
import { countJsonItems, DEFAULT_MAX_JSON_ITEMS, MAX_DEPTH_CEILING, tooDeepAt } from './limits.js';
import { parseJsonText } from './json-value.js';
import { base64Text, strictUtf8Text } from './bytes.js';


function asMediaTypeName(contentType: string | undefined): string {
  return contentType === undefined ? '' : baseMediaType(contentType);
}

/** What a present body is written as: a JSON value, text, or base64 of its bytes. */
type Content = { kind: 'json'; value: unknown } | { kind: 'text'; text: string } | { kind: 'base64'; text: string };

/**
 * `multipartAsText`: the V3 writer of the official tools writes a multipart body that is valid
 * UTF-8 as a string (its V4 writer base64-encodes it).
 */
function presentContent(body: Extract<Body, { kind: 'present' }>, contentType: string | undefined, lossless: boolean, multipartAsText = false): Content {
  const base64 = (): Content => ({ kind: 'base64', text: base64Text(body.content) });
  const text = strictUtf8Text(body.content);
  if (text === undefined) return base64();
  if (isJsonType(contentType)) {
    // Too big to parse in good time (see the maxJsonItems limit): kept as the text it is.
    if (countJsonItems(text, DEFAULT_MAX_JSON_ITEMS) > DEFAULT_MAX_JSON_ITEMS) return { kind: 'text', text };
    let value: unknown;
    try {
      value = lossless ? parseJsonText(text).value : (JSON.parse(text) as unknown);
    } catch {
      return base64();
    }
    // The writers after this recurse; a body nested past what they are tested for stays text.
    return tooDeepAt(value, MAX_DEPTH_CEILING) === undefined ? { kind: 'json', value } : { kind: 'text', text };
  }
  if (multipartAsText && body.hint !== 'BINARY' && asMediaTypeName(contentType).startsWith('multipart/')) return { kind: 'text', text };
  if (body.hint === 'BINARY' || (body.hint !== 'TEXT' && isBinaryType(contentType))) return base64();
  return { kind: 'text', text };
}

/**
 * The V1–V3 `body` value: JSON content → the parsed value (`lossless` keeps number literals as
 * `LosslessNumber`s for the file writer), other text → string, binary or non-UTF-8 → base64;
 * empty → `""`, null → `null`, missing → `undefined` (omit the key).
 */
export function bodyJson(body: Body, headers: HeaderMap | undefined, lossless: boolean): unknown {
  switch (body.kind) {
    case 'missing':
      return undefined;
    case 'empty':
      return '';
    case 'null':
      return null;
    case 'present': {
      const content = presentContent(body, bodyContentType(body, headers), lossless, true);
      return content.kind === 'json' ? content.value : content.text;
    }
  }
}

/**
 * The V4 `body` object: `{content, contentType, encoded}` where `encoded` is `false` for JSON and
 * text content and `"base64"` for bytes; `contentTypeHint` when the pact set one. Empty →
 * `{content: ""}`, null → `{content: null}`, missing → `undefined`.
 */
export function bodyJsonV4(body: Body, headers: HeaderMap | undefined): unknown {
  switch (body.kind) {
    case 'missing':
      return undefined;
    case 'empty':
      return { content: '' };
    case 'null':
      return { content: null };
    case 'present': {
      const contentType = bodyContentType(body, headers) ?? 'application/octet-stream';
      const content = presentContent(body, contentType, true);
      const out: Record<string, unknown> = {
        content: content.kind === 'json' ? content.value : content.text,
        contentType,
        // JSON kept as text (too big or deep to embed) says so, or a reader would take it for a string value.
        encoded: content.kind === 'base64' ? 'base64' : content.kind === 'text' && isJsonType(contentType) ? 'json' : false,
      };
      if (body.hint !== undefined) out.contentTypeHint = body.hint;
      return out;
    }
  }
}
