// Writing the model back out: pact files of every spec version (mock-server.md §5.2,
// matching.md §1.7) and the V3 request JSON of mismatch reports (mock-server.md §3.4).
import type { HttpInteraction, HttpRequest, HttpResponse, JsonValue, OtherInteraction, Pact, ProviderState, SpecVersion, HeaderMap } from './types.js';
import type { RequestJson } from './request-json.js';
import { ConfigurationError } from '../errors.js';
import { joinHeaderValues } from './headers.js';
import { setOwn } from './own.js';
import { prettyJson, sortKeysDeep } from './pretty-json.js';
import { buildQueryString } from './query-string.js';
import { bodyJson, bodyJsonV4 } from './serialize-body.js';
import { generatorsJson, rulesJson } from './serialize-rules.js';
import { readSpecOption, specAtLeast, specVersionString, unknownSpecProblem, type WritableSpec } from './spec-version.js';

function headersJson(headers: HeaderMap | undefined, asArrays: boolean): Record<string, string | string[]> | undefined {
  if (headers === undefined) return undefined;
  const names = Object.keys(headers);
  if (names.length === 0) return undefined;
  const out: Record<string, string | string[]> = {};
  for (const name of names) setOwn(out, name, asArrays ? [...(headers[name] ?? [])] : joinHeaderValues(headers[name] ?? []));
  return out;
}

/** V3/V4: name → values. V1/V2: the query string as loaded, else built with the names in order. */
function queryJson(request: HttpRequest, spec: SpecVersion): unknown {
  const query = request.query;
  if (!specAtLeast(spec, '3')) {
    if (request.rawQuery !== undefined && request.rawQuery !== '') return request.rawQuery;
    return query === undefined || Object.keys(query).length === 0 ? undefined : buildQueryString(query);
  }
  if (query === undefined || Object.keys(query).length === 0) return undefined;
  return query;
}

/** What requests and responses share: body, generators, headers and rules, each in the version's layout. */
function partFileJson(part: HttpRequest | HttpResponse, spec: SpecVersion, lossless: boolean): Record<string, unknown> {
  const v4 = spec === '4';
  return {
    body: v4 ? bodyJsonV4(part.body, part.headers) : bodyJson(part.body, part.headers, lossless),
    generators: specAtLeast(spec, '3') ? generatorsJson(part.generators) : undefined,
    headers: headersJson(part.headers, v4),
    matchingRules: specAtLeast(spec, '2') ? rulesJson(part.matchingRules, !specAtLeast(spec, '3')) : undefined,
  };
}

function requestFileJson(request: HttpRequest, spec: SpecVersion, lossless: boolean): Record<string, unknown> {
  return { ...partFileJson(request, spec, lossless), method: request.method.toUpperCase(), path: request.path, query: queryJson(request, spec) };
}

function responseFileJson(response: HttpResponse, spec: SpecVersion): Record<string, unknown> {
  return { ...partFileJson(response, spec, true), status: response.status };
}

function providerStatesJson(states: readonly ProviderState[]): unknown[] | undefined {
  if (states.length === 0) return undefined;
  return states.map((state) =>
    state.params !== undefined && Object.keys(state.params).length > 0 ? { name: state.name, params: state.params } : { name: state.name },
  );
}

function interactionJson(interaction: HttpInteraction, spec: SpecVersion): Record<string, unknown> {
  const common = {
    description: interaction.description,
    request: requestFileJson(interaction.request, spec, true),
    response: responseFileJson(interaction.response, spec),
  };
  // Up to V2 an interaction has one state, by name only.
  if (!specAtLeast(spec, '3')) return { ...common, providerState: interaction.providerStates[0]?.name };
  const v3 = { ...common, providerStates: providerStatesJson(interaction.providerStates) };
  if (spec !== '4') return v3;
  return {
    ...v3,
    type: interaction.type,
    key: interaction.key,
    pending: interaction.pending ?? false,
    comments: interaction.comments,
    transport: interaction.transport,
  };
}

/** A pact of V3 messages only: V3 cannot hold HTTP interactions and messages in one file. */
export function isMessagePact(pact: Pact): boolean {
  return pact.interactions.length === 0 && pact.otherInteractions.length > 0 && pact.otherInteractions.every((other) => other.type === 'Asynchronous/Messages');
}

/** A V3 message or V4 non-HTTP interaction, in a V4 file: as loaded, typed. */
function otherInteractionJson(other: OtherInteraction): Record<string, unknown> {
  return { ...other.raw, type: other.type };
}

/** Legacy metadata keys and the names current writers use. */
const RENAMED_METADATA: Readonly<Record<string, string>> = {
  'pact-specification': 'pactSpecification',
  'pact-rust': 'pactRust',
};

function metadataJson(metadata: { [key: string]: JsonValue }, spec: SpecVersion): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const key of Object.keys(metadata)) {
    const value = metadata[key];
    // Only object-valued entries survive a write (what the official writer keeps).
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const name = RENAMED_METADATA[key] ?? key;
    if (name in out && name !== key) continue;
    setOwn(out, name, value);
  }
  const declared = out.pactSpecification;
  const base = declared !== null && typeof declared === 'object' && !Array.isArray(declared) ? declared : {};
  out.pactSpecification = { ...base, version: specVersionString(spec) };
  return out;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Options of {@link serializePact}. */
export interface SerializeOptions {
  /**
   * The spec version to write: `2`, `3` or `4` (also as strings, `'V4'`, `'4.0'`). `'1'` and
   * `'1.1'` are written for pacts loaded as such. Default: the version the pact was loaded as.
   */
  spec?: WritableSpec | SpecVersion | string;
}

/** The version a `spec` option names, or a ConfigurationError naming it. */
export function writtenSpec(spec: unknown, loaded: SpecVersion): SpecVersion {
  if (spec === undefined) return loaded;
  const version = readSpecOption(spec, true);
  if (version === undefined) throw new ConfigurationError('spec', unknownSpecProblem(spec));
  return version;
}

/**
 * The pact file JSON of a pact in one spec version: 2-space indent, no trailing newline, keys
 * alphabetical at every depth (JSON bodies included), JSON body number literals exactly as loaded
 * (`1.0` stays `1.0`), and `metadata.pactSpecification.version` of that version.
 *
 * - **V4**: each interaction with `type`, `pending` (default `false`) and, when set, `key`,
 *   `comments`, `transport`; bodies as `{content, contentType, encoded}`; header values as
 *   arrays; queries as name → values; status rules under `$`. Messages and other non-HTTP
 *   interactions are written too.
 * - **V3**: `providerStates`, header values joined with `", "`, queries as name → values (`null`
 *   for a parameter without a value), bodies by content type (JSON embedded, text as a string,
 *   binary as base64, empty as `""`), category rules, generators. V4 fields and messages are
 *   left out: a V3 file holds HTTP interactions only.
 * - **V2**: `providerState` (the first state's name), the query as a string, flat rule keys
 *   (`$.body.items[*].id`, `$.headers.Accept`, `$.query.page`, `$.path`), one rule per key, no
 *   generators.
 * - **V1, V1.1**: as V2 without rules.
 *
 * @example
 * const text = serializePact(parsePact(readFileSync('pacts/web-api.json', 'utf8')), { spec: 4 });
 */
export function serializePact(pact: Pact, options: SerializeOptions = {}): string {
  const spec = writtenSpec(options.spec, pact.specVersion);
  const interactions: Array<Record<string, unknown>> = pact.interactions.map((i) => interactionJson(i, spec));
  if (spec === '4') {
    interactions.push(...pact.otherInteractions.map(otherInteractionJson));
    // V4 files list interactions by description (what the official writer does); the sort is stable.
    interactions.sort((a, b) => compareText(String(a.description), String(b.description)));
  } else if (spec === '3' && isMessagePact(pact)) {
    // A V3 message pact: `messages` in place of `interactions`, each as it was given.
    return prettyJson({
      consumer: { name: pact.consumer.name },
      messages: pact.otherInteractions.map((message) => message.raw),
      metadata: metadataJson(pact.metadata, spec),
      provider: { name: pact.provider.name },
    });
  }
  return prettyJson({
    consumer: { name: pact.consumer.name },
    interactions,
    metadata: metadataJson(pact.metadata, spec),
    provider: { name: pact.provider.name },
  });
}

/**
 * A request as V3 request JSON for mismatch reports (mock-server.md §3.4): keys alphabetical,
 * method upper-cased, header values joined with `", "`, query as name → array, body parsed JSON /
 * text / base64 (`""` when empty, absent when missing), rules and generators only when present.
 */
export function requestToJson(req: HttpRequest): RequestJson {
  const json = requestFileJson(req, '3', false);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(json).sort()) {
    const value = json[key];
    if (value === undefined) continue;
    out[key] = sortKeysDeep(value);
  }
  return out as unknown as RequestJson;
}
