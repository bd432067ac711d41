// Matching rules of any version into the V3 category layout (matching.md §1.6, §3.1).
import type { MatchingRule, MatchingRules, RuleList, Draft } from './types.js';
import { fail } from './parse-error.js';
import { indexPath, keyPath } from './json-path.js';
import { describeValue, isJsonObject, jsonNumber, toPlainJson } from './json-value.js';
import { getOwn, setOwn } from './own.js';
import { parsePathExpression } from './path-expression.js';
import { regexProblem } from './regex-check.js';

type KeyedCategory = 'query' | 'header' | 'body' | 'metadata';
type SingleCategory = 'path' | 'status' | 'method';

const SINGLE: ReadonlySet<string> = new Set<SingleCategory>(['path', 'status', 'method']);
const KEYED_ALIASES: Readonly<Record<string, KeyedCategory>> = {
  query: 'query',
  header: 'header',
  headers: 'header',
  body: 'body',
  content: 'body',
  metadata: 'metadata',
};

/** Rule names whose value attribute is required (matching.md §3.1). */
const NEEDS_VALUE: ReadonlySet<string> = new Set(['include', 'contentType', 'content-type']);

function count(value: unknown, at: string): number {
  const n = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : jsonNumber(value);
  if (n === undefined || !Number.isInteger(n)) fail(at, `expected an integer, got ${describeValue(value)}`);
  return n;
}

/**
 * One rule object. `match` is resolved from the V2 shorthand (`regex` → regex, `min`/`max` →
 * type, `timestamp`/`date`/`time` → that rule) or from `pact:matcher:type`; numeric-string sizes
 * become numbers; a regex must compile.
 */
export function normalizeMatchingRule(json: unknown, at: string): MatchingRule {
  if (!isJsonObject(json)) fail(at, `expected a matching rule object, got ${describeValue(json)}`);
  let match = json.match ?? json['pact:matcher:type'];
  let format: string | undefined;
  if (match === undefined) {
    if ('regex' in json) match = 'regex';
    else if ('min' in json || 'max' in json) match = 'type';
    else {
      for (const name of ['timestamp', 'date', 'time']) {
        if (typeof json[name] === 'string') {
          match = name;
          format = json[name] as string;
          break;
        }
      }
    }
    if (match === undefined) fail(at, 'a matching rule needs "match" (or one of "regex", "min", "max", "timestamp", "date", "time")');
  }
  if (typeof match !== 'string') fail(keyPath(at, 'match'), `expected a string, got ${describeValue(match)}`);

  const rule: Draft<MatchingRule> = { match };
  for (const key in json) {
    if (key === 'match' || key === 'pact:matcher:type') continue;
    const value = json[key];
    if (value === undefined) continue;
    if (key === 'min' || key === 'max') setOwn(rule as Record<string, unknown>, key, count(value, keyPath(at, key)));
    else setOwn(rule as Record<string, unknown>, key, toPlainJson(value));
  }
  if (format !== undefined && rule.format === undefined) rule.format = format;

  if (match === 'regex') {
    const regex = json.regex;
    if (regex === undefined) fail(keyPath(at, 'regex'), 'required for a regex rule but missing');
    if (typeof regex !== 'string') fail(keyPath(at, 'regex'), `expected a string, got ${describeValue(regex)}`);
    const problem = regexProblem(regex);
    if (problem !== undefined) fail(keyPath(at, 'regex'), problem);
  } else if (NEEDS_VALUE.has(match) && !('value' in json)) {
    fail(keyPath(at, 'value'), `required for a ${match} rule but missing`);
  }
  return rule;
}

/**
 * A rule list `{combine?, matchers}`; a bare rule object (V2 value, or lenient V3) becomes a list
 * of one. `combine` is case-insensitive, default `AND`.
 */
export function normalizeRuleList(json: unknown, at: string): RuleList {
  if (!isJsonObject(json)) fail(at, `expected a rule list object, got ${describeValue(json)}`);
  let combine: 'AND' | 'OR' = 'AND';
  if (json.combine !== undefined) {
    const upper = typeof json.combine === 'string' ? json.combine.toUpperCase() : undefined;
    if (upper !== 'AND' && upper !== 'OR') fail(keyPath(at, 'combine'), `expected "AND" or "OR", got ${describeValue(json.combine)}`);
    combine = upper;
  }
  const matchers = json.matchers;
  if (matchers === undefined) return { combine, matchers: [normalizeMatchingRule(json, at)] };
  const matchersAt = keyPath(at, 'matchers');
  if (!Array.isArray(matchers)) fail(matchersAt, `expected an array, got ${describeValue(matchers)}`);
  return { combine, matchers: matchers.map((m: unknown, i) => normalizeMatchingRule(m, indexPath(matchersAt, i))) };
}

function checkPathKey(key: string, at: string): void {
  const tokens = parsePathExpression(key);
  if (tokens instanceof Error) fail(at, tokens.message);
}

function addKeyed(rules: Draft<MatchingRules>, category: KeyedCategory, key: string, list: RuleList): void {
  if (list.matchers.length === 0) return;
  const map = (rules[category] ??= {});
  const existing = getOwn(map, key);
  setOwn(map, key, existing === undefined ? list : { ...existing, matchers: [...existing.matchers, ...list.matchers] });
}

function addSingle(rules: Draft<MatchingRules>, category: SingleCategory, list: RuleList): void {
  if (list.matchers.length === 0) return;
  const existing = rules[category];
  rules[category] = existing === undefined ? list : { ...existing, matchers: [...existing.matchers, ...list.matchers] };
}

/** `.name` or `['name']` after a V2 category prefix → the plain name. */
function v2Name(rest: string): string | undefined {
  if (rest.startsWith('.') && rest.length > 1) return rest.slice(1);
  const quoted = /^\['(.+)'\]$/.exec(rest);
  return quoted?.[1];
}

function addV2Rule(rules: Draft<MatchingRules>, key: string, value: unknown, at: string): void {
  if (key === '$.path') return addSingle(rules, 'path', normalizeRuleList(value, at));
  if (key === '$.status' || key === '$.method') return addSingle(rules, key.slice(2) as SingleCategory, normalizeRuleList(value, at));
  if (key === '$.body' || key.startsWith('$.body.') || key.startsWith('$.body[')) {
    const path = `$${key.slice('$.body'.length)}`;
    checkPathKey(path, at);
    return addKeyed(rules, 'body', path, normalizeRuleList(value, at));
  }
  for (const [prefix, category] of [
    ['$.headers', 'header'],
    ['$.header', 'header'],
    ['$.query', 'query'],
    ['$.metadata', 'metadata'],
  ] as const) {
    if (key.startsWith(prefix)) {
      const name = v2Name(key.slice(prefix.length));
      if (name !== undefined) return addKeyed(rules, category, name, normalizeRuleList(value, at));
    }
  }
  // Other `$.<category>` keys name nothing this model matches on: ignored, like unknown categories.
  const parsed = parsePathExpression(key);
  if (parsed instanceof Error) fail(at, parsed.message);
}

/**
 * Matching rules of any version (`json` is the `matchingRules` attribute) in the V3 layout. V2 flat
 * keys (`$.body.a`, `$.headers.X`, `$.header.x`, `$.query.q`, `$.path`) go to their categories;
 * V3/V4 categories are read with `headers` → `header` and `content` → `body`; unknown categories
 * are ignored. Body rule paths must parse (§3.2). Throws `PactParseError` naming the bad field.
 */
export function normalizeMatchingRules(json: unknown, at: string): MatchingRules {
  const rules: Draft<MatchingRules> = {};
  if (json === undefined || json === null) return rules;
  if (!isJsonObject(json)) fail(at, `expected an object, got ${describeValue(json)}`);
  const keys = Object.keys(json);
  const first = keys[0];
  if (first === undefined) return rules;

  if (first.startsWith('$')) {
    for (const key of keys) addV2Rule(rules, key, json[key], keyPath(at, key));
    return rules;
  }
  for (const category of keys) {
    const value = json[category];
    const categoryAt = keyPath(at, category);
    if (value === undefined || value === null) continue;
    if (SINGLE.has(category)) {
      addSingle(rules, category as SingleCategory, singleList(value, categoryAt));
      continue;
    }
    const target = KEYED_ALIASES[category];
    if (target === undefined) continue;
    if (!isJsonObject(value)) fail(categoryAt, `expected an object, got ${describeValue(value)}`);
    for (const key in value) {
      const keyAt = keyPath(categoryAt, key);
      if (target === 'body') checkPathKey(key, keyAt);
      addKeyed(rules, target, key, normalizeRuleList(value[key], keyAt));
    }
  }
  return rules;
}

/** A single-value category; some writers key it by `""`/`$` (`{"": {matchers}}`): accept that too. */
function singleList(value: unknown, at: string): RuleList {
  if (isJsonObject(value) && !('matchers' in value) && !('match' in value)) {
    const keys = Object.keys(value);
    const only = keys[0];
    if (keys.length === 1 && only !== undefined && isJsonObject(value[only]) && 'matchers' in (value[only] as object)) {
      return normalizeRuleList(value[only], keyPath(at, only));
    }
  }
  return normalizeRuleList(value, at);
}

/** True when no category holds a rule. */
export function isEmptyMatchingRules(rules: MatchingRules | undefined): boolean {
  if (rules === undefined) return true;
  for (const key in rules) {
    if (rules[key as keyof MatchingRules] !== undefined) return false;
  }
  return true;
}
