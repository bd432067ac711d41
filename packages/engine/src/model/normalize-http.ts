// One request/response of any spec version → the model (matching.md §1.4).
import type { Body, HttpRequest, HttpResponse, SpecVersion } from './types.js';
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

/** Sets `query`/`rawQuery` on the request. Object queries exist from V3 on; older versions ignore them. */
function applyQuery(request: HttpRequest, json: unknown, spec: SpecVersion): void {
  if (typeof json === 'string') {
    if (json === '') return;
    request.rawQuery = json;
    request.query = parseQueryString(json);
  } else if (isJsonObject(json) && specAtLeast(spec, '3')) {
    const query: Record<string, (string | null)[]> = {};
    for (const name in json) setOwn(query, name, queryValues(json[name]));
    request.query = query;
  }
}

function normalizeBody(raw: Raw, headers: Record<string, string[]> | undefined, spec: SpecVersion): Body {
  const value = raw.body;
  return spec === '4' ? normalizeBodyV4(value, headers) : normalizeBodyV3(value, headers);
}

function applyRulesAndGenerators(
  target: HttpRequest | HttpResponse,
  raw: Raw,
  legacyRulesKey: string,
  at: string,
): void {
  const rulesKey = raw.matchingRules !== undefined ? 'matchingRules' : legacyRulesKey;
  const rules = normalizeMatchingRules(raw[rulesKey], keyPath(at, rulesKey));
  if (!isEmptyMatchingRules(rules)) target.matchingRules = rules;
  const generators = normalizeGenerators(raw.generators, keyPath(at, 'generators'));
  if (!isEmptyGenerators(generators)) target.generators = generators;
}

/** Normalize a request already checked against the schema. */
export function normalizeCheckedRequest(raw: Raw, spec: SpecVersion, at: string): HttpRequest {
  const method = typeof raw.method === 'string' ? raw.method.toUpperCase() : 'GET';
  const path = typeof raw.path === 'string' ? raw.path : '/';
  const headers = normalizeHeaders(raw.headers);
  const request: HttpRequest = { method, path, body: normalizeBody(raw, headers, spec) };
  applyQuery(request, raw.query, spec);
  if (headers !== undefined) request.headers = headers;
  applyRulesAndGenerators(request, raw, 'requestMatchingRules', at);
  return request;
}

/** Normalize a response already checked against the schema. */
export function normalizeCheckedResponse(raw: Raw, spec: SpecVersion, at: string): HttpResponse {
  const status = jsonNumber(raw.status) ?? 200;
  const headers = normalizeHeaders(raw.headers);
  const response: HttpResponse = { status, body: normalizeBody(raw, headers, spec) };
  if (headers !== undefined) response.headers = headers;
  applyRulesAndGenerators(response, raw, 'responseMatchingRules', at);
  return response;
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
