/**
 * Applying one rule to a single value (matching.md §3.6): a JSON leaf, or a string (path, header,
 * query value, XML attribute/text, text body, form value). Returns the mismatch message, or
 * `undefined` when the value passes.
 */
import { describeTyped, valueText, type JsonNode } from '../body/json-value.js';
import { msg } from '../messages.js';
import { booleanJson, booleanString } from './boolean.js';
import { contentTypeString } from './content-type.js';
import { dateText } from './datetime.js';
import { equalityJson, equalityString } from './equality.js';
import { includeText } from './include.js';
import { notEmptyJson, notEmptyString } from './not-empty.js';
import { nullJson, nullString } from './null.js';
import { numericJson, numericString } from './number.js';
import { regexMismatch } from './regex.js';
import { ruleLabel, type Rule } from './rule.js';
import { semverJson, semverString } from './semver.js';
import { typeJson } from './type.js';

/** One rule on a JSON leaf (the expected value is not an object or array). */
export function jsonLeafRule(rule: Rule, e: JsonNode, a: JsonNode): string | undefined {
  switch (rule.kind) {
    case 'equality':
    case 'values':
      return equalityJson(e, a);
    case 'type':
      return typeJson(e, a);
    case 'regex':
      return regexMismatch(rule.source, valueText(a));
    case 'include':
      return includeText(valueText(a), rule.value);
    case 'number':
    case 'integer':
    case 'decimal':
      return numericJson(rule.kind, a);
    case 'null':
      return nullJson(a);
    case 'boolean':
      return booleanJson(a);
    case 'date':
    case 'time':
    case 'datetime':
      return dateText(rule.kind, rule.format, rule.pattern, valueText(a), true);
    case 'contentType':
      return contentTypeString(rule.value, valueText(a));
    case 'notEmpty':
      return notEmptyJson(a);
    case 'semver':
      return semverJson(a);
    case 'arrayContains':
    case 'eachKey':
    case 'eachValue':
    case 'statusCode':
      return undefined;
    case 'invalid':
      return msg.invalidRule(rule.problem);
    case 'unknown':
      return msg.unableToMatch(describeTyped(a), ruleLabel(rule));
  }
}

/** One rule on a string value. `cascaded` = the rule was inherited from an ancestor. */
export function stringRule(rule: Rule, e: string, a: string, cascaded: boolean): string | undefined {
  switch (rule.kind) {
    case 'equality':
      return equalityString(e, a);
    case 'values':
      return cascaded ? undefined : equalityString(e, a);
    case 'type':
      return undefined;
    case 'regex':
      return regexMismatch(rule.source, a);
    case 'include':
      return includeText(a, rule.value);
    case 'number':
    case 'integer':
    case 'decimal':
      return numericString(rule.kind, a);
    case 'null':
      return nullString(a);
    case 'boolean':
      return booleanString(a);
    case 'date':
    case 'time':
    case 'datetime':
      return dateText(rule.kind, rule.format, rule.pattern, a, false);
    case 'contentType':
      return contentTypeString(rule.value, a);
    case 'notEmpty':
      return notEmptyString(a);
    case 'semver':
      return semverString(a);
    case 'eachKey':
    case 'eachValue':
      return cascaded ? undefined : msg.unableToMatch(`'${a}'`, ruleLabel(rule));
    case 'invalid':
      return msg.invalidRule(rule.problem);
    default:
      return msg.unableToMatch(`'${a}'`, ruleLabel(rule));
  }
}

/** Applies a list to a string pair with AND/OR semantics; returns every failing message. */
export function stringRuleList(list: { combine: 'AND' | 'OR'; rules: readonly Rule[] }, e: string, a: string, cascaded: boolean): string[] {
  const out: string[] = [];
  let anyPassed = false;
  for (const rule of list.rules) {
    const m = stringRule(rule, e, a, cascaded);
    if (m === undefined) anyPassed = true;
    else out.push(m);
  }
  if (list.rules.length === 0) return [msg.noMatcher('$')];
  if (list.combine === 'OR' && anyPassed) return [];
  return out;
}
