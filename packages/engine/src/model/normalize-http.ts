// One request/response of any spec version → the model (matching.md §1.4).
import type { Body, HttpRequest, HttpResponse, SpecVersion, Draft, HeaderMap } from './types.js';
import { splitHeaderValue } from './headers.js';
import { keyPath } from './json-path.js';
import { isJsonObject, jsonNumber, jsonText } from './json-value.js';
import { isEmptyGenerators, normalizeGenerators } from './generators.js';
import { isEmptyMatchingRules, normalizeMatchingRules } from './matching-rules.js';
import { normalizeBodyV3, normalizeBodyV4 } from './normalize-body.js';
import { setOwn } from './own.js';
import { guard } from './parse-error.js';
import { parseQueryString } from './query-string.js';
import { validateRequestJson, validateResponseJson } from './schema-validate.js';
import { isSpecVersion, SPEC_VERSIONS, specAtLeast } from './spec-version.js';
import { ConfigurationError } from '../errors.js';

type Raw = Record<string, unknown>;

function normalizeHeaders(json: unknown): Record<string, string[]> | undefined {
  if (!isJsonObject(json)) return undefined;
  const headers: Record<string, string[]> = {};
  for (const name in json) {
    const value = json[name];
    if (typeof value === 'string') setOwn(headers, name, splitHeaderValue(name, value));
    else if (Array.isArray(value)) setOwn(headers, name, value.map((v: unknown) => (typeof v === 'string' ? v : jsonText(v))));
    else if (value !== null && value !== undefined) setOwn(headers, name, [jsonText(value)]);
  }
  return headers;
}

// Scalars other than strings are taken as their JSON text (a hand-written `{"page": 1}` means "1"),
// `null` as a parameter without a value; the schema rejects objects.
function queryValues(value: unknown): (string | null)[] {
  if (typeof value === 'string') return [value];
  if (value === null) return [null];
  if (Array.isArray(value)) return value.map((v: unknown) => (v === null || typeof v === 'string' ? v : jsonText(v)));
  if (typeof value === 'object') return [];
  return [jsonText(value)];
}

/** `query`/`rawQuery` of a request. Object queries exist from V3 on; older versions ignore them. */
function queryParts(json: unknown, spec: SpecVersion): Pick<HttpRequest, 'query' | 'rawQuery'> {
  if (typeof json === 'string') {
    return json === '' ? {} : { rawQuery: json, query: parseQueryString(json) };
  }
  if (isJsonObject(json) && specAtLeast(spec, '3')) {
    const query: Record<string, (string | null)[]> = {};
    for (const name in json) setOwn(query, name, queryValues(json[name]));
    return { query };
  }
  return {};
}

function normalizeBody(raw: Raw, headers: HeaderMap | undefined, spec: SpecVersion): Body {
  const value = raw.body;
  return spec === '4' ? normalizeBodyV4(value, headers) : normalizeBodyV3(value, headers);
}

function rulesAndGenerators(raw: Raw, legacyRulesKey: string, at: string): Pick<HttpRequest, 'matchingRules' | 'generators'> {
  const rulesKey = raw.matchingRules !== undefined ? 'matchingRules' : legacyRulesKey;
  const rules = normalizeMatchingRules(raw[rulesKey], keyPath(at, rulesKey));
  const generators = normalizeGenerators(raw.generators, keyPath(at, 'generators'));
  const parts: Draft<Pick<HttpRequest, 'matchingRules' | 'generators'>> = {};
  if (!isEmptyMatchingRules(rules)) parts.matchingRules = rules;
  if (!isEmptyGenerators(generators)) parts.generators = generators;
  return parts;
}

// Requests and responses are built in one object literal, optional parts spread in: parts added
// one by one to a finished object would give each its own out-of-object property store (about
// 40 bytes per request or response that a server holds for its whole life).

/** Normalize a request already checked against the schema. */
export function normalizeCheckedRequest(raw: Raw, spec: SpecVersion, at: string): HttpRequest {
  const method = typeof raw.method === 'string' ? raw.method.toUpperCase() : 'GET';
  const path = typeof raw.path === 'string' ? raw.path : '/';
  const headers = normalizeHeaders(raw.headers);
  const body = normalizeBody(raw, headers, spec);
  const query = queryParts(raw.query, spec);
  const rules = rulesAndGenerators(raw, 'requestMatchingRules', at);
  return { method, path, body, ...query, ...(headers === undefined ? {} : { headers }), ...rules };
}

/** Normalize a response already checked against the schema. */
export function normalizeCheckedResponse(raw: Raw, spec: SpecVersion, at: string): HttpResponse {
  const status = jsonNumber(raw.status) ?? 200;
  const headers = normalizeHeaders(raw.headers);
  const body = normalizeBody(raw, headers, spec);
  const rules = rulesAndGenerators(raw, 'responseMatchingRules', at);
  return { status, body, ...(headers === undefined ? {} : { headers }), ...rules };
}

/** `matchRequest(…, { spec: '5' })` from JavaScript must fail, not match under some other version's rules. */
function checkSpec(spec: unknown): void {
  if (!isSpecVersion(spec)) {
    const shown = typeof spec === 'string' ? JSON.stringify(spec) : String(spec);
    throw new ConfigurationError('spec', `expected one of ${SPEC_VERSIONS.map((v) => JSON.stringify(v)).join(', ')}, got ${shown}`);
  }
}

/**
 * A request in the pact JSON of spec version `spec` (exactly what a spec test case's
 * `expected`/`actual` holds) → the model. Defaults: method `GET` (upper-cased otherwise), path `/`.
 * Query strings become maps (the string is kept as `rawQuery`), object queries are read from V3 on,
 * headers are split per §1.4, V2 flat rules become V3 categories, the body is normalized per
 * version. Throws `PactParseError` whose path starts with `at`.
 */
export function normalizeRequest(json: unknown, spec: SpecVersion, at = 'request'): HttpRequest {
  checkSpec(spec);
  return guard(
    () => at,
    () => normalizeCheckedRequest(validateRequestJson(json, at) as Raw, spec, at),
  );
}

/** A response in the pact JSON of spec version `spec` → the model (status default 200). */
export function normalizeResponse(json: unknown, spec: SpecVersion, at = 'response'): HttpResponse {
  checkSpec(spec);
  return guard(
    () => at,
    () => normalizeCheckedResponse(validateResponseJson(json, at) as Raw, spec, at),
  );
}
