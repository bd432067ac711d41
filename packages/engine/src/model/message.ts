// Messages (V3 `messages`, V4 asynchronous messages): loaded for the message conformance cases and
// for callers that compare message contents; the mock server never matches them.
import type { Body, Generators, JsonValue, MatchingRules, SpecVersion } from './types.js';
import { fail, guard } from './parse-error.js';
import { keyPath } from './json-path.js';
import { describeValue, isJsonObject, toPlainJson } from './json-value.js';
import { isEmptyGenerators, normalizeGenerators } from './generators.js';
import { isEmptyMatchingRules, normalizeMatchingRules } from './matching-rules.js';
import { normalizeBodyV3, normalizeBodyV4 } from './normalize-body.js';

/** A message's parts as matching sees them (matching.md §1.5). */
export interface MessageContents {
  contents: Body;
  /** `metaData` (V3) or `metadata`, as written. */
  metadata: { [key: string]: JsonValue };
  matchingRules?: MatchingRules;
  generators?: Generators;
}

/** The metadata content type (`contentType`/`content-type`, any case), as a header list. */
function contentTypeHeaders(metadata: { [key: string]: JsonValue }): Record<string, string[]> | undefined {
  for (const key in metadata) {
    const lower = key.toLowerCase();
    const value = metadata[key];
    if ((lower === 'contenttype' || lower === 'content-type') && typeof value === 'string') return { 'Content-Type': [value] };
  }
  return undefined;
}

/**
 * A message in the pact JSON of spec version `spec` → its contents (read like a body of that
 * version, content type from the metadata), metadata, rules (`content` → `body`) and generators.
 */
export function normalizeMessage(json: unknown, spec: SpecVersion, at = 'message'): MessageContents {
  return guard(
    () => at,
    () => {
      if (!isJsonObject(json)) fail(at, `expected an object, got ${describeValue(json)}`);
      const rawMetadata = json.metaData ?? json.metadata;
      if (rawMetadata !== undefined && rawMetadata !== null && !isJsonObject(rawMetadata)) {
        fail(keyPath(at, json.metaData !== undefined ? 'metaData' : 'metadata'), `expected an object, got ${describeValue(rawMetadata)}`);
      }
      const metadata = isJsonObject(rawMetadata) ? (toPlainJson(rawMetadata) as { [key: string]: JsonValue }) : {};
      const headers = contentTypeHeaders(metadata);
      const contents = spec === '4' ? normalizeBodyV4(json.contents, headers) : normalizeBodyV3(json.contents, headers);
      const message: MessageContents = { contents, metadata };
      const rules = normalizeMatchingRules(json.matchingRules, keyPath(at, 'matchingRules'));
      if (!isEmptyMatchingRules(rules)) message.matchingRules = rules;
      const generators = normalizeGenerators(json.generators, keyPath(at, 'generators'));
      if (!isEmptyGenerators(generators)) message.generators = generators;
      return message;
    },
  );
}
