// Generators of V3/V4 pacts (matching.md §5.1), checked at load so bad attributes fail with a path.
import type { Generator, Generators, Draft } from './types.js';
import { fail } from './parse-error.js';
import { keyPath } from './json-path.js';
import { describeValue, isJsonObject, jsonNumber, toPlainJson } from './json-value.js';
import { setOwn } from './own.js';
import { parsePathExpression } from './path-expression.js';
import { regexProblem } from './regex-check.js';

/** `count`: a non-negative integer (sizes, digits). */
type AttributeKind = 'integer' | 'count' | 'string' | 'regex';

/** Attribute types of the known generator types; `required` ones must be present. */
const ATTRIBUTES: Readonly<Record<string, { [attribute: string]: { kind: AttributeKind; required?: boolean } }>> = {
  RandomInt: { min: { kind: 'integer' }, max: { kind: 'integer' } },
  RandomDecimal: { digits: { kind: 'count' } },
  RandomHexadecimal: { digits: { kind: 'count' } },
  RandomString: { size: { kind: 'count' } },
  Regex: { regex: { kind: 'regex', required: true } },
  Uuid: { format: { kind: 'string' } },
  Date: { format: { kind: 'string' }, expression: { kind: 'string' } },
  Time: { format: { kind: 'string' }, expression: { kind: 'string' } },
  DateTime: { format: { kind: 'string' }, expression: { kind: 'string' } },
  RandomBoolean: {},
  ProviderState: { expression: { kind: 'string', required: true }, dataType: { kind: 'string' } },
  MockServerURL: { example: { kind: 'string', required: true }, regex: { kind: 'regex', required: true } },
};

function checkAttribute(value: unknown, kind: AttributeKind, at: string): void {
  if (kind === 'integer' || kind === 'count') {
    const n = jsonNumber(value);
    if (n === undefined || !Number.isInteger(n)) fail(at, `expected an integer, got ${describeValue(value)}`);
    if (kind === 'count' && n < 0) fail(at, `expected a non-negative integer, got ${n}`);
    return;
  }
  if (typeof value !== 'string') fail(at, `expected a string, got ${describeValue(value)}`);
  if (kind === 'regex') {
    const problem = regexProblem(value);
    if (problem !== undefined) fail(at, problem);
  }
}

/**
 * One generator object. Returns `undefined` for an entry without a string `type` (ignored, like
 * the official loader). Unknown types are kept as written; known types get their attributes checked.
 */
export function normalizeGenerator(json: unknown, at: string): Generator | undefined {
  if (!isJsonObject(json)) fail(at, `expected a generator object, got ${describeValue(json)}`);
  const type = json.type;
  if (typeof type !== 'string') return undefined;
  const spec = ATTRIBUTES[type];
  if (spec !== undefined) {
    for (const name in spec) {
      const attribute = spec[name];
      if (attribute === undefined) continue;
      const value = json[name];
      if (value === undefined || value === null) {
        if (attribute.required) fail(keyPath(at, name), `required for a ${type} generator but missing`);
        continue;
      }
      checkAttribute(value, attribute.kind, keyPath(at, name));
    }
    if (type === 'RandomInt') {
      const min = jsonNumber(json.min);
      const max = jsonNumber(json.max);
      if (min !== undefined && max !== undefined && min > max) fail(keyPath(at, 'min'), `${min} is greater than max ${max}`);
    }
  }
  const generator: Generator = { type };
  for (const key in json) {
    if (key !== 'type' && json[key] !== undefined) setOwn(generator, key, toPlainJson(json[key]));
  }
  return generator;
}

const SINGLE = new Set(['path', 'status', 'method']);
const KEYED: Readonly<Record<string, 'header' | 'query' | 'body' | 'metadata'>> = {
  header: 'header',
  headers: 'header',
  query: 'query',
  body: 'body',
  content: 'body',
  metadata: 'metadata',
};

/**
 * Generators by category (the `generators` attribute) in the V3 layout: `path`/`status`/`method`
 * hold one generator, `header`/`query` are keyed by name, `body` (alias `content`) and `metadata`
 * by path expression. Unknown categories and entries without `type` are dropped.
 */
export function normalizeGenerators(json: unknown, at: string): Generators {
  const generators: Draft<Generators> = {};
  if (json === undefined || json === null) return generators;
  if (!isJsonObject(json)) fail(at, `expected an object, got ${describeValue(json)}`);
  for (const category in json) {
    const value = json[category];
    const categoryAt = keyPath(at, category);
    if (value === undefined || value === null) continue;
    if (SINGLE.has(category)) {
      const generator = normalizeGenerator(value, categoryAt);
      if (generator !== undefined) generators[category as 'path' | 'status' | 'method'] = generator;
      continue;
    }
    const target = KEYED[category];
    if (target === undefined) continue;
    if (!isJsonObject(value)) fail(categoryAt, `expected an object, got ${describeValue(value)}`);
    for (const key in value) {
      const keyAt = keyPath(categoryAt, key);
      if (target === 'body') {
        const tokens = parsePathExpression(key);
        if (tokens instanceof Error) fail(keyAt, tokens.message);
      }
      const generator = normalizeGenerator(value[key], keyAt);
      if (generator !== undefined) setOwn((generators[target] ??= {}), key, generator);
    }
  }
  return generators;
}

/** True when no category holds a generator. */
export function isEmptyGenerators(generators: Generators | undefined): boolean {
  if (generators === undefined) return true;
  for (const key in generators) {
    if (generators[key as keyof Generators] !== undefined) return false;
  }
  return true;
}
