import { bodyContentType, isJsonType, isXmlType, parseMediaType } from '../model/content-type.js';
import type { Body, Generator, JsonValue, HeaderMap } from '../model/types.js';
import type { GeneratorContext } from './context.js';
import { applyFormGenerators } from './form-body.js';
import { tryGenerate } from './generate-value.js';
import { applyJsonGenerators, parseJsonBody, type ParsedBody } from './json-body.js';
import { utf8Bytes, utf8Text } from '../model/bytes.js';
import type { GenerationMemo } from './generation-memo.js';

/**
 * Applies body generators by content type: JSON (any path), form-urlencoded (parameter paths),
 * other text (`$` replaces the whole text). XML, binary and multipart bodies are sent as written.
 * Returns a new body, or the same one when nothing was generated.
 */
export function applyBodyGenerators(
  body: Body,
  headers: HeaderMap | undefined,
  generators: [string, Generator][],
  context: GeneratorContext,
  memo: GenerationMemo,
): Body {
  if (body.kind !== 'present' || body.hint === 'BINARY') return body;
  const example = prepare(body, headers, memo);
  let generated: string | undefined;
  switch (example.kind) {
    case 'json':
      generated = applyJsonGenerators(example.parsed, generators, context, memo);
      break;
    case 'form':
      generated = applyFormGenerators(example.text, generators, context);
      break;
    case 'text':
      generated = applyTextGenerators(example.text, generators, context);
      break;
    case 'as-is':
      return body;
  }
  return generated === undefined ? body : { ...body, content: utf8Bytes(generated) };
}

/** An example body read for generation: typed, decoded and (JSON) parsed once, not per response. */
type Example =
  | { kind: 'json'; parsed: ParsedBody }
  | { kind: 'form' | 'text'; text: string }
  | { kind: 'as-is' };

type PresentBody = Extract<Body, { kind: 'present' }>;

// Kept in the response plan's memo (one response, the same body on every request); the headers
// are remembered too because the content type may come from them.
function prepare(body: PresentBody, headers: HeaderMap | undefined, memo: GenerationMemo): Example {
  const cached = memo.example;
  if (cached !== undefined && cached.headers === headers) return cached.example as Example;
  const example = readExample(body, headers);
  memo.example = { headers, example };
  return example;
}

function readExample(body: PresentBody, headers: HeaderMap | undefined): Example {
  const contentType = bodyContentType(body, headers);
  const mediaType = contentType === undefined ? undefined : parseMediaType(contentType);
  if (mediaType === undefined || isXmlType(mediaType)) return { kind: 'as-is' };
  const charset = mediaType.parameters['charset']?.toLowerCase();
  // Other charsets would need re-encoding; such bodies are rare enough to send unchanged.
  if (charset !== undefined && !['utf-8', 'utf8', 'us-ascii'].includes(charset)) return { kind: 'as-is' };
  const text = utf8Text(body.content);
  if (isJsonType(mediaType)) return { kind: 'json', parsed: parseJsonBody(text) };
  if (mediaType.type === 'application' && mediaType.subtype === 'x-www-form-urlencoded') return { kind: 'form', text };
  if (mediaType.type === 'text') return { kind: 'text', text };
  return { kind: 'as-is' };
}

/** Plain text has no structure: only a `$` generator applies, replacing the whole text. */
function applyTextGenerators(text: string, generators: [string, Generator][], context: GeneratorContext): string | undefined {
  let current = text;
  let changed = false;
  for (const [key, generator] of generators) {
    if (key !== '$') continue;
    const value = tryGenerate(generator, current, context);
    if (value === undefined) continue;
    current = asText(value);
    changed = true;
  }
  return changed ? current : undefined;
}

function asText(value: JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
