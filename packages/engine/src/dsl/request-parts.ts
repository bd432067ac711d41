import { DslError } from '../errors.js';
import { isJsonType } from '../model/content-type.js';
import { findHeader, splitHeaderValue } from '../model/headers.js';
import { parseQueryString } from '../model/query-string.js';
import type { Body, Generator, MatchingRule, RuleList } from '../model/types.js';
import { compileIntegrationJson, type DslLimits } from './compile.js';
import { isMatcher, reify } from './matchers/reify.js';
import { utf8Bytes } from '../model/bytes.js';

/** Rules and generators for one keyed category (`query`, `header`). */
export interface KeyedParts<V> {
  values: Record<string, V>;
  rules: Record<string, RuleList>;
  generators: Record<string, Generator>;
}

function setKey<V>(o: Record<string, V>, k: string, v: V): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

function compileKeyed(
  input: Record<string, unknown>,
  category: 'query' | 'header',
  toValues: (name: string, example: string, hadMatcher: boolean) => string[],
): KeyedParts<string[]> {
  const out: KeyedParts<string[]> = { values: {}, rules: {}, generators: {} };
  for (const [name, raw] of Object.entries(input)) {
    if (raw === undefined) continue;
    const list: string[] = [];
    for (const one of Array.isArray(raw) ? raw : [raw]) {
      const compiled = compileIntegrationJson(one, category);
      list.push(...toValues(name, compiled.example as string, isMatcher(one)));
      // Every value's rules go under the parameter's name, each distinct rule once, as the Pact
      // core writes them: `tag: [regex(r, 'a'), regex(r, 'b')]` is one regex rule for `tag`.
      const rule = compiled.rules['$'];
      if (rule) {
        const existing = out.rules[name];
        if (existing === undefined) setKey(out.rules, name, { ...rule, matchers: [] });
        const list = out.rules[name] as unknown as { matchers: MatchingRule[] };
        const seen = new Set(list.matchers.map((m) => JSON.stringify(m)));
        for (const m of rule.matchers) {
          const text = JSON.stringify(m);
          if (!seen.has(text)) list.matchers.push(m);
          seen.add(text);
        }
      }
      const gen = compiled.generators['$'];
      if (gen) setKey(out.generators, name, gen);
    }
    setKey(out.values, name, list);
  }
  return out;
}

/** Query given as an object (string or array values, matchers allowed) or as a query string. */
export function compileQuery(query: unknown): KeyedParts<(string | null)[]> {
  if (typeof query === 'string') {
    return { values: parseQueryString(query.startsWith('?') ? query.slice(1) : query), rules: {}, generators: {} };
  }
  if (typeof query !== 'object' || query === null || Array.isArray(query)) {
    throw new DslError(`query: expected an object of parameters or a query string, got ${JSON.stringify(query)}`);
  }
  return compileKeyed(query as Record<string, unknown>, 'query', (_n, v) => [v]);
}

/** Headers (string or array values, matchers allowed); known list headers are split on commas. */
export function compileHeaders(headers: unknown): KeyedParts<string[]> {
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    throw new DslError(`headers: expected an object of header values, got ${JSON.stringify(headers)}`);
  }
  // A matcher's example stays whole: its rule was written for the whole value.
  return compileKeyed(headers as Record<string, unknown>, 'header', (name, v, hadMatcher) => (hadMatcher ? [v] : splitHeaderValue(name, v)));
}

/** The content type a body is declared with: the explicit option, else the Content-Type header. */
export function declaredContentType(contentType: string | undefined, headers: unknown): string | undefined {
  if (contentType !== undefined) return contentType;
  if (typeof headers !== 'object' || headers === null) return undefined;
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() !== 'content-type') continue;
    const first: unknown = Array.isArray(v) ? v[0] : v;
    const example: unknown = reify(first);
    return typeof example === 'string' ? example : undefined;
  }
  return undefined;
}

/** A body and what it compiled to. */
export interface CompiledBody {
  body: Body;
  rules: Record<string, RuleList>;
  generators: Record<string, Generator>;
  /** The Content-Type header to add when the user gave none. */
  contentType: string | undefined;
}

/**
 * JSON unless a non-JSON content type is declared and the body is (or its example is) a string,
 * which is then kept as text: the rule Pact JS follows.
 */
export function compileBody(value: unknown, declared: string | undefined, where: string, limits: DslLimits = {}): CompiledBody {
  if (value === undefined) return { body: { kind: 'missing' }, rules: {}, generators: {}, contentType: undefined };
  // Bytes (a Buffer or Uint8Array, of any realm) are the body as they are: a file, an image.
  if (ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]') {
    const bytes = value as Uint8Array;
    const type = declared ?? 'application/octet-stream';
    const body: Body = bytes.byteLength === 0 ? { kind: 'empty' } : { kind: 'present', content: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), contentType: type };
    return { body, rules: {}, generators: {}, contentType: type };
  }
  const type = declared ?? 'application/json';
  let compiled;
  try {
    compiled = compileIntegrationJson(value, 'body', limits);
  } catch (e) {
    if (e instanceof DslError) throw new DslError(`${where} ${e.message}`, { cause: e });
    throw e;
  }
  if (!isJsonType(type)) {
    if (typeof compiled.example !== 'string') {
      throw new DslError(`${where} body: with Content-Type ${type} the body must be a string (or a matcher with a string example); use a JSON content type for objects`);
    }
    const text = compiled.example;
    const body: Body = text === '' ? { kind: 'empty' } : { kind: 'present', content: utf8Bytes(text), contentType: type };
    return { body, rules: compiled.rules, generators: compiled.generators, contentType: type };
  }
  return {
    body: { kind: 'present', content: utf8Bytes(JSON.stringify(compiled.example)), contentType: type },
    rules: compiled.rules,
    generators: compiled.generators,
    contentType: type,
  };
}

/** Adds `Content-Type` when a body is present and the user did not give one (Pact JS does, for requests and responses). */
export function withContentType(headers: Record<string, string[]>, body: CompiledBody): Record<string, string[]> {
  if (body.contentType === undefined || findHeader(headers, 'Content-Type') !== undefined) return headers;
  return { ...headers, 'Content-Type': [body.contentType] };
}
