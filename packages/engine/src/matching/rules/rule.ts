/**
 * One matching rule of a pact, parsed once into a tagged union so that per-request matching never
 * re-reads rule JSON (matching.md §3.1). Parsing never throws: an unusable rule becomes
 * `{ kind: 'invalid' }` and fails whatever it is applied to with a message that says why.
 */
import type { MatchingRule, MatchingRules, RuleList } from '../../model/types.js';
import { compilePactRegex } from './regex.js';
import {
  compileDatePattern,
  DEFAULT_DATE_PATTERN,
  DEFAULT_DATETIME_PATTERN,
  DEFAULT_TIME_PATTERN,
  type CompiledDatePattern,
} from './datetime-pattern.js';

export type DateKind = 'date' | 'time' | 'datetime';

export type Rule =
  | { kind: 'equality' }
  | { kind: 'regex'; source: string; compiled: RegExp | Error }
  | { kind: 'type'; min?: number; max?: number }
  | { kind: 'include'; value: string }
  | { kind: 'number' | 'integer' | 'decimal' | 'null' | 'boolean' | 'values' | 'notEmpty' | 'semver' }
  | { kind: DateKind; format: string; pattern: CompiledDatePattern | Error }
  | { kind: 'contentType'; value: string }
  | { kind: 'eachKey'; rules: CompiledRuleList }
  | { kind: 'eachValue'; rules: CompiledRuleList }
  | { kind: 'arrayContains'; variants: ArrayContainsVariant[] }
  | { kind: 'statusCode'; status: string | number[] }
  | { kind: 'unknown'; name: string }
  | { kind: 'invalid'; name: string; problem: string };

export interface ArrayContainsVariant {
  index: number;
  rules: MatchingRules['body'];
}

export interface CompiledRuleList {
  combine: 'AND' | 'OR';
  rules: Rule[];
}

const ALIASES: Record<string, string> = {
  'min-type': 'min',
  'max-type': 'max',
  real: 'decimal',
  timestamp: 'datetime',
  'content-type': 'contentType',
  'not-empty': 'notEmpty',
  'each-key': 'eachKey',
  'each-value': 'eachValue',
  'array-contains': 'arrayContains',
  'status-code': 'statusCode',
};

/** Compiles a rule list (once per prepared expectation; see matching/prepared-request.ts). */
export function compileRuleList(list: RuleList): CompiledRuleList {
  return {
    combine: String(list.combine).toUpperCase() === 'OR' ? 'OR' : 'AND',
    rules: (Array.isArray(list.matchers) ? list.matchers : []).map(parseRule),
  };
}

function sizeAttr(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
}

function ruleName(json: MatchingRule): string | undefined {
  const raw = json.match ?? (json as Record<string, unknown>)['pact:matcher:type'];
  if (typeof raw === 'string' && raw !== '') return ALIASES[raw] ?? raw;
  if ('regex' in json) return 'regex';
  if ('min' in json) return 'type';
  if ('max' in json) return 'type';
  if ('timestamp' in json) return 'datetime';
  if ('time' in json) return 'time';
  if ('date' in json) return 'date';
  return undefined;
}

/** Parses one rule object. */
export function parseRule(json: MatchingRule): Rule {
  const name = ruleName(json);
  if (name === undefined) return { kind: 'invalid', name: 'unknown', problem: `rule has no 'match' attribute: ${JSON.stringify(json)}` };
  switch (name) {
    case 'equality':
    case 'number':
    case 'integer':
    case 'decimal':
    case 'null':
    case 'boolean':
    case 'values':
    case 'notEmpty':
    case 'semver':
      return { kind: name };
    case 'regex': {
      const source = json.regex;
      if (typeof source !== 'string') return { kind: 'invalid', name, problem: "regex rule without a 'regex' attribute" };
      return { kind: 'regex', source, compiled: compilePactRegex(source) };
    }
    case 'type':
    case 'min':
    case 'max': {
      const rule: { kind: 'type'; min?: number; max?: number } = { kind: 'type' };
      const min = sizeAttr(json.min);
      const max = sizeAttr(json.max);
      if (min !== undefined && name !== 'max') rule.min = min;
      if (max !== undefined && name !== 'min') rule.max = max;
      return rule;
    }
    case 'include':
      if (json.value === undefined) return { kind: 'invalid', name, problem: "include rule without a 'value' attribute" };
      return { kind: 'include', value: typeof json.value === 'string' ? json.value : JSON.stringify(json.value) };
    case 'date':
    case 'time':
    case 'datetime': {
      const attr = json.format ?? json[name] ?? (name === 'datetime' ? json.timestamp : undefined);
      const fallback = name === 'date' ? DEFAULT_DATE_PATTERN : name === 'time' ? DEFAULT_TIME_PATTERN : DEFAULT_DATETIME_PATTERN;
      const format = typeof attr === 'string' && attr !== '' ? attr : fallback;
      return { kind: name, format, pattern: compileDatePattern(format) };
    }
    case 'contentType':
      if (typeof json.value !== 'string') return { kind: 'invalid', name, problem: "contentType rule without a 'value' attribute" };
      return { kind: 'contentType', value: json.value };
    case 'eachKey':
    case 'eachValue': {
      const inner = Array.isArray(json.rules) ? (json.rules as MatchingRule[]) : [];
      return { kind: name, rules: { combine: 'AND', rules: inner.map(parseRule) } };
    }
    case 'arrayContains': {
      const variants = Array.isArray(json.variants) ? (json.variants as unknown[]) : [];
      return {
        kind: 'arrayContains',
        variants: variants.map((v, i) => {
          const obj = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
          return {
            index: typeof obj.index === 'number' ? obj.index : i,
            rules: normalizeVariantRules(obj.rules),
          };
        }),
      };
    }
    case 'statusCode': {
      const s = json.status;
      if (Array.isArray(s)) return { kind: 'statusCode', status: s.filter((x): x is number => typeof x === 'number') };
      return { kind: 'statusCode', status: typeof s === 'string' ? s : 'success' };
    }
    default:
      return { kind: 'unknown', name };
  }
}

/** Variant rules are keyed by path like body rules; values may be bare `{matchers}` lists. */
function normalizeVariantRules(json: unknown): Record<string, RuleList> {
  const out: Record<string, RuleList> = {};
  if (typeof json !== 'object' || json === null) return out;
  for (const [path, value] of Object.entries(json as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null) continue;
    const v = value as Record<string, unknown>;
    const matchers = Array.isArray(v.matchers) ? (v.matchers as MatchingRule[]) : [v as MatchingRule];
    out[path] = { combine: String(v.combine).toUpperCase() === 'OR' ? 'OR' : 'AND', matchers };
  }
  return out;
}

/** The name a rule is reported under in `Unable to match … using <rule>` messages. */
export function ruleLabel(rule: Rule): string {
  switch (rule.kind) {
    case 'regex':
      return `Regex(${rule.source})`;
    case 'type':
      if (rule.min !== undefined && rule.max !== undefined) return `MinMaxType(${rule.min}, ${rule.max})`;
      if (rule.min !== undefined) return `MinType(${rule.min})`;
      if (rule.max !== undefined) return `MaxType(${rule.max})`;
      return 'Type';
    case 'include':
      return `Include(${rule.value})`;
    case 'date':
    case 'time':
    case 'datetime':
      return `${rule.kind}(${rule.format})`;
    case 'contentType':
      return `ContentType(${rule.value})`;
    case 'unknown':
    case 'invalid':
      return rule.name;
    default:
      return rule.kind;
  }
}
