import { DslError } from '@pactwright/engine';
import type { Draft, HttpInteraction, MatchingRules, MatchingRule, RuleList } from '@pactwright/engine';
import type { Rule, Rules } from './types.js';

const parts = ['path', 'body', 'header', 'query', 'status'] as const;

function asMatchingRule(matcher: unknown, where: string): MatchingRule {
  if (typeof matcher !== 'object' || matcher === null || Array.isArray(matcher)) throw new DslError(`${where}: a rule must be a matcher object, got ${JSON.stringify(matcher)}`);
  const rule: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(matcher)) {
    if (key === 'pact:matcher:type') rule.match = value;
    else if (key !== 'pact:generator:type' && key !== 'value' && typeof value !== 'function') rule[key] = value;
  }
  if (typeof rule.match !== 'string') throw new DslError(`${where}: a rule needs its type ("pact:matcher:type" or "match")`);
  return rule as MatchingRule;
}

/**
 * Pact JS's extra matching rules (`withRequestMatchingRules`, the V4 builders' `matchingRules`) as
 * model rules, checked the way Pact JS checks them. As in Pact JS, a rule without `path` applies
 * nowhere; `path` is a body path (`$.items[*].id`), or a header or query parameter name.
 */
export function modelRules(rules: Rules, where: string): MatchingRules {
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) throw new DslError(`${where}: rules must be an object like { body: { path: '$.id', rules: [integer(1)] } }`);
  const model: Draft<MatchingRules> = {};
  for (const [part, entry] of Object.entries(rules)) {
    if (!(parts as readonly string[]).includes(part)) throw new DslError(`${where}: unknown part "${part}"; the parts are ${parts.join(', ')}`);
    if (entry === undefined) continue;
    const list: unknown[] = Array.isArray(entry) ? entry : [entry];
    list.forEach((rule, index) => {
      const at = `${where} ${part}[${index}]`;
      if (typeof rule !== 'object' || rule === null || !Array.isArray((rule as Rule).rules)) throw new DslError(`${at}: a rule is { path?, rules: [matcher, …] }`);
      const { path, rules: matchers } = rule as Rule;
      if (path !== undefined && typeof path !== 'string') throw new DslError(`${at}: "path" must be a string`);
      if (path === undefined) return;
      const ruleList: RuleList = { combine: 'AND', matchers: matchers.map((matcher, i) => asMatchingRule(matcher, `${at}.rules[${i}]`)) };
      if (part === 'path' || part === 'status') model[part] = ruleList;
      else model[part as 'body' | 'header' | 'query'] = { ...model[part as 'body' | 'header' | 'query'], [path]: ruleList };
    });
  }
  return model;
}

/** `extra` laid over `base`: a rule given for a path replaces the one the matchers wrote there. */
export function withRules(base: MatchingRules | undefined, extra: MatchingRules): MatchingRules {
  const merged: Draft<MatchingRules> = { ...base };
  if (extra.path) merged.path = extra.path;
  if (extra.status) merged.status = extra.status;
  for (const part of ['body', 'header', 'query'] as const) if (extra[part]) merged[part] = { ...merged[part], ...extra[part] };
  return merged;
}

/** Applies extra request and response rules to a model interaction. */
export function applyRules(interaction: HttpInteraction, request: MatchingRules | undefined, response: MatchingRules | undefined): HttpInteraction {
  return {
    ...interaction,
    request: request ? { ...interaction.request, matchingRules: withRules(interaction.request.matchingRules, request) } : interaction.request,
    response: response ? { ...interaction.response, matchingRules: withRules(interaction.response.matchingRules, response) } : interaction.response,
  };
}

/** The rule Pact JS gives a bytes body: it matches any body of the same content type. */
export function contentTypeRule(contentType: string): MatchingRules {
  return { body: { $: { combine: 'AND', matchers: [{ match: 'contentType', value: contentType }] } } };
}
