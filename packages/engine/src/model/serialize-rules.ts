// Matching rules and generators as each spec version writes them (mock-server.md §5.2).
import type { Generators, MatchingRule, MatchingRules, RuleList } from './types.js';
import { isEmptyGenerators } from './generators.js';
import { keyPath } from './json-path.js';
import { isEmptyMatchingRules } from './matching-rules.js';
import { setOwn } from './own.js';

/**
 * V3/V4 layout: one object per category. `path` and `method` hold their rule list directly;
 * `status` holds it under `$`, as the official writer and Pact JS do; the keyed categories map a
 * name or path expression to a list.
 */
function rulesV3(rules: MatchingRules): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (rules.path) out.path = rules.path;
  if (rules.method) out.method = rules.method;
  if (rules.status) out.status = { $: rules.status };
  for (const category of ['query', 'header', 'body', 'metadata'] as const) {
    const map = rules[category];
    if (map !== undefined && Object.keys(map).length > 0) out[category] = map;
  }
  return out;
}

/**
 * V2 keeps one rule per place and no `combine`: a list is written as its first rule (`match`
 * included), which is what V2 readers understand.
 */
function firstRule(list: RuleList): MatchingRule | undefined {
  return list.matchers[0];
}

/**
 * V2 layout: flat keys from the request/response root, `$.path`, `$.status`,
 * `$.headers.Location` / `$.headers['Content-Type']`, `$.query.page`, `$.body.items[*].id`.
 */
function rulesV2(rules: MatchingRules): Record<string, MatchingRule> {
  const out: Record<string, MatchingRule> = {};
  const put = (key: string, list: RuleList | undefined): void => {
    const rule = list === undefined ? undefined : firstRule(list);
    if (rule !== undefined) setOwn(out, key, rule);
  };
  put('$.path', rules.path);
  put('$.method', rules.method);
  put('$.status', rules.status);
  for (const [name, list] of Object.entries(rules.header ?? {})) put(keyPath('$.headers', name), list);
  for (const [name, list] of Object.entries(rules.query ?? {})) put(keyPath('$.query', name), list);
  for (const [path, list] of Object.entries(rules.body ?? {})) put(`$.body${path.slice(1)}`, list);
  return out;
}

/** The `matchingRules` attribute for `spec` ('1', '1.1' and '2' share the flat layout), or `undefined` when empty. */
export function rulesJson(rules: MatchingRules | undefined, flat: boolean): unknown {
  if (rules === undefined || isEmptyMatchingRules(rules)) return undefined;
  const out = flat ? rulesV2(rules) : rulesV3(rules);
  return Object.keys(out).length === 0 ? undefined : out;
}

/** The `generators` attribute (V3 and V4 only), or `undefined` when empty. */
export function generatorsJson(generators: Generators | undefined): Generators | undefined {
  return isEmptyGenerators(generators) ? undefined : generators;
}
