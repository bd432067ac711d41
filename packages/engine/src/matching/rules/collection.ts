// A rule applied to a whole map or list before recursing into it (matching.md §3.5).
import { jsonEquals, jsonText, type JsonNode, type JsonObject } from '../body/json-value.js';
import { msg } from '../messages.js';
import { ruleLabel, type Rule } from './rule.js';
import { sizeBounds } from './type.js';

function listDesc(list: readonly JsonNode[]): string {
  return `[${list.map(jsonText).join(', ')}]`;
}

export function listRule(rule: Rule, e: readonly JsonNode[], a: readonly JsonNode[], cascaded: boolean): string | undefined {
  switch (rule.kind) {
    case 'type':
      return cascaded ? undefined : sizeBounds(rule, a.length, () => listDesc(a));
    case 'equality':
      return jsonEquals(e as JsonNode[], a as JsonNode[]) ? undefined : msg.equalTyped(`${jsonText(a as JsonNode[])} (Array)`, `${jsonText(e as JsonNode[])} (Array)`);
    case 'notEmpty':
      return a.length > 0 ? undefined : msg.notEmptyTyped('[] (Array)');
    case 'null':
    case 'statusCode':
    case 'unknown':
      return msg.unableToMatch(`${jsonText(a as JsonNode[])} (Array)`, ruleLabel(rule));
    case 'invalid':
      return msg.invalidRule(rule.problem);
    default:
      return undefined;
  }
}

export function mapRule(rule: Rule, e: JsonObject, a: JsonObject, cascaded: boolean): string | undefined {
  switch (rule.kind) {
    case 'type':
      return cascaded ? undefined : sizeBounds(rule, Object.keys(a).length, () => jsonText(a));
    case 'regex':
    case 'values':
    case 'eachKey':
    case 'eachValue':
    case 'arrayContains':
      return undefined;
    case 'equality':
      return jsonEquals(e, a) ? undefined : msg.equalTyped(`${jsonText(a)} (Object)`, `${jsonText(e)} (Object)`);
    case 'notEmpty':
      return Object.keys(a).length > 0 ? undefined : msg.notEmptyTyped('{} (Object)');
    case 'invalid':
      return msg.invalidRule(rule.problem);
    default:
      return msg.unableToMatch(`${jsonText(a)} (Object)`, ruleLabel(rule));
  }
}
