// Writing the model back out: V3 pact files (mock-server.md §5.2, matching.md §1.7) and the V3
// request JSON of mismatch reports (mock-server.md §3.4).
import type {
  Body,
  Generators,
  HttpInteraction,
  HttpRequest,
  HttpResponse,
  JsonValue,
  MatchingRules,
  Pact,
  ProviderState,
} from './types.js';
import type { RequestJson } from '../server/types.js';
import { bodyContentType, isBinaryType, isJsonType } from './content-type.js';
import { isEmptyGenerators } from './generators.js';
import { countJsonItems, DEFAULT_MAX_JSON_ITEMS, MAX_DEPTH_CEILING, tooDeepAt } from './limits.js';
import { joinHeaderValues } from './headers.js';
import { parseJsonText } from './json-value.js';
import { isEmptyMatchingRules } from './matching-rules.js';
import { setOwn } from './own.js';
import { prettyJson, sortKeysDeep } from './pretty-json.js';
import { WRITTEN_SPEC_VERSION } from './spec-version.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Buffer): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The JSON value of a body: JSON content → the parsed value (`lossless` keeps number literals as
 * `LosslessNumber`s for the file writer), other text → string, binary or non-UTF-8 → base64;
 * empty → `""`, null → `null`, missing → `undefined` (omit the key).
 */
function bodyJson(body: Body, headers: Record<string, string[]> | undefined, lossless: boolean): unknown {
  switch (body.kind) {
    case 'missing':
      return undefined;
    case 'empty':
      return '';
    case 'null':
      return null;
    case 'present':
      break;
  }
  const contentType = bodyContentType(body, headers);
  const text = decodeUtf8(body.content);
  if (text === undefined) return body.content.toString('base64');
  if (isJsonType(contentType)) {
    // Too big to parse in good time (see the maxJsonItems limit): shown as the text it is.
    if (countJsonItems(text, DEFAULT_MAX_JSON_ITEMS) > DEFAULT_MAX_JSON_ITEMS) return text;
    let value: unknown;
    try {
      value = lossless ? parseJsonText(text).value : (JSON.parse(text) as unknown);
    } catch {
      return body.content.toString('base64');
    }
    // The writers below recurse; a body nested past what they are tested for stays text.
    return tooDeepAt(value, MAX_DEPTH_CEILING) === undefined ? value : text;
  }
  if (body.hint === 'BINARY' || (body.hint !== 'TEXT' && isBinaryType(contentType))) return body.content.toString('base64');
  return text;
}

function headersJson(headers: Record<string, string[]> | undefined): Record<string, string> | undefined {
  if (headers === undefined) return undefined;
  const names = Object.keys(headers);
  if (names.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const name of names) setOwn(out, name, joinHeaderValues(headers[name] ?? []));
  return out;
}

function queryJson(query: Record<string, (string | null)[]> | undefined): Record<string, (string | null)[]> | undefined {
  if (query === undefined || Object.keys(query).length === 0) return undefined;
  return query;
}

function rulesJson(rules: MatchingRules | undefined): MatchingRules | undefined {
  return isEmptyMatchingRules(rules) ? undefined : rules;
}

function generatorsJson(generators: Generators | undefined): Generators | undefined {
  return isEmptyGenerators(generators) ? undefined : generators;
}

function requestFileJson(request: HttpRequest, lossless: boolean): Record<string, unknown> {
  return {
    body: bodyJson(request.body, request.headers, lossless),
    generators: generatorsJson(request.generators),
    headers: headersJson(request.headers),
    matchingRules: rulesJson(request.matchingRules),
    method: request.method.toUpperCase(),
    path: request.path,
    query: queryJson(request.query),
  };
}

function responseFileJson(response: HttpResponse): Record<string, unknown> {
  return {
    body: bodyJson(response.body, response.headers, true),
    generators: generatorsJson(response.generators),
    headers: headersJson(response.headers),
    matchingRules: rulesJson(response.matchingRules),
    status: response.status,
  };
}

function providerStatesJson(states: ProviderState[]): unknown[] | undefined {
  if (states.length === 0) return undefined;
  return states.map((state) =>
    state.params !== undefined && Object.keys(state.params).length > 0 ? { name: state.name, params: state.params } : { name: state.name },
  );
}

function interactionJson(interaction: HttpInteraction): Record<string, unknown> {
  return {
    description: interaction.description,
    providerStates: providerStatesJson(interaction.providerStates),
    request: requestFileJson(interaction.request, true),
    response: responseFileJson(interaction.response),
  };
}

/** Legacy metadata keys and the names current writers use. */
const RENAMED_METADATA: Readonly<Record<string, string>> = {
  'pact-specification': 'pactSpecification',
  'pact-rust': 'pactRust',
};

function metadataJson(metadata: { [key: string]: JsonValue }): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const key of Object.keys(metadata)) {
    const value = metadata[key];
    // Only object-valued entries survive a V3 write (what the official writer keeps).
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const name = RENAMED_METADATA[key] ?? key;
    if (name in out && name !== key) continue;
    setOwn(out, name, value);
  }
  const spec = out.pactSpecification;
  const base = spec !== null && typeof spec === 'object' && !Array.isArray(spec) ? spec : {};
  out.pactSpecification = { ...base, version: WRITTEN_SPEC_VERSION };
  return out;
}

/**
 * The V3 pact file JSON of a pact: 2-space indent, no trailing newline, keys alphabetical at every
 * depth (JSON bodies included), JSON body number literals exactly as loaded (`1.0` stays `1.0`),
 * header values joined with `", "`, queries as name → array (`null` for a value-less parameter),
 * bodies by content type (JSON embedded, text as a string, binary as base64, empty as `""`), and
 * `metadata.pactSpecification.version` set to `"3.0.0"`. V4 HTTP interactions are written in V3
 * form (`key`, `pending`, `comments` dropped); `otherInteractions` (messages) are not written,
 * because a V3 file holds either HTTP interactions or messages, never both.
 */
export function serializePact(pact: Pact): string {
  return prettyJson({
    consumer: { name: pact.consumer.name },
    interactions: pact.interactions.map(interactionJson),
    metadata: metadataJson(pact.metadata),
    provider: { name: pact.provider.name },
  });
}

/**
 * A request as V3 request JSON for mismatch reports (mock-server.md §3.4): keys alphabetical,
 * method upper-cased, header values joined with `", "`, query as name → array, body parsed JSON /
 * text / base64 (`""` when empty, absent when missing), rules and generators only when present.
 */
export function requestToJson(req: HttpRequest): RequestJson {
  const json = requestFileJson(req, false);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(json).sort()) {
    const value = json[key];
    if (value === undefined) continue;
    out[key] = sortKeysDeep(value);
  }
  return out as unknown as RequestJson;
}
