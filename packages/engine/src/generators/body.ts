import { bodyContentType, isJsonType, isXmlType, parseMediaType } from '../model/content-type.js';
import type { Body, Generator, JsonValue } from '../model/types.js';
import type { GeneratorContext } from './context.js';
import { applyFormGenerators } from './form-body.js';
import { tryGenerate } from './generate-value.js';
import { applyJsonGenerators } from './json-body.js';

/**
 * Applies body generators by content type: JSON (any path), form-urlencoded (parameter paths),
 * other text (`$` replaces the whole text). XML, binary and multipart bodies are sent as written.
 * Returns a new body, or the same one when nothing was generated.
 */
export function applyBodyGenerators(
  body: Body,
  headers: Record<string, string[]> | undefined,
  generators: [string, Generator][],
  context: GeneratorContext,
): Body {
  if (body.kind !== 'present' || body.hint === 'BINARY') return body;
  const contentType = bodyContentType(body, headers);
  const mediaType = contentType === undefined ? undefined : parseMediaType(contentType);
  if (mediaType === undefined || isXmlType(mediaType)) return body;
  const charset = mediaType.parameters['charset']?.toLowerCase();
  // Other charsets would need re-encoding; such bodies are rare enough to send unchanged.
  if (charset !== undefined && !['utf-8', 'utf8', 'us-ascii'].includes(charset)) return body;
  const text = body.content.toString('utf8');
  let generated: string | undefined;
  if (isJsonType(mediaType)) generated = applyJsonGenerators(text, generators, context);
  else if (mediaType.type === 'application' && mediaType.subtype === 'x-www-form-urlencoded') {
    generated = applyFormGenerators(text, generators, context);
  } else if (mediaType.type === 'text') generated = applyTextGenerators(text, generators, context);
  return generated === undefined ? body : { ...body, content: Buffer.from(generated, 'utf8') };
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
