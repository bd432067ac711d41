/**
 * A pact's matching rules compiled once per `MatchingRules` object (cached by identity): the server
 * matches every incoming request against the same expected objects, so path parsing, regex
 * compilation and rule-cursor memoisation must not be repeated per request.
 */
import type { MatchingRules, RuleList } from '../../model/types.js';
import { compileRuleList, type CompiledRuleList } from './rule.js';
import { compilePathRules, RuleCursor } from './select.js';

export interface CompiledRules {
  readonly path: CompiledRuleList | undefined;
  readonly status: CompiledRuleList | undefined;
  readonly method: CompiledRuleList | undefined;
  /** Query rule lists by parameter name (exact). */
  readonly query: ReadonlyMap<string, CompiledRuleList>;
  /** Header rule lists by lower-cased name. */
  readonly header: ReadonlyMap<string, CompiledRuleList>;
  /** Root cursor of the body rules (JSON, text, form, multipart, binary). */
  readonly body: RuleCursor;
  /** Root cursor of the body rules with `[*]` tokens dropped (XML bodies, D3). */
  readonly xmlBody: () => RuleCursor;
  readonly hasBodyRules: boolean;
}

const NONE: CompiledRules = {
  path: undefined,
  status: undefined,
  method: undefined,
  query: new Map(),
  header: new Map(),
  body: RuleCursor.EMPTY,
  xmlBody: () => RuleCursor.EMPTY,
  hasBodyRules: false,
};

function byName(rules: Record<string, RuleList> | undefined, lower: boolean): Map<string, CompiledRuleList> {
  const out = new Map<string, CompiledRuleList>();
  if (rules === undefined) return out;
  for (const name of Object.keys(rules)) {
    const list = rules[name];
    if (list !== undefined) out.set(lower ? name.toLowerCase() : name, compileRuleList(list));
  }
  return out;
}

/** The compiled form of a rules object (`undefined` → no rules). */
export function compileRules(rules: MatchingRules | undefined): CompiledRules {
  if (rules === undefined) return NONE;
  const bodyRules = rules.body;
  let xml: RuleCursor | undefined;
  return {
    path: rules.path && compileRuleList(rules.path),
    status: rules.status && compileRuleList(rules.status),
    method: rules.method && compileRuleList(rules.method),
    query: byName(rules.query, false),
    header: byName(rules.header, true),
    body: RuleCursor.root(compilePathRules(bodyRules)),
    xmlBody: () => (xml ??= RuleCursor.root(compilePathRules(bodyRules, true))),
    hasBodyRules: bodyRules !== undefined && Object.keys(bodyRules).length > 0,
  };
}
