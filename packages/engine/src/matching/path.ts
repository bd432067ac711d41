// Path: exact equality, or the `path` rule list when there is one (matching.md §2.2).
import type { Mismatch } from './types.js';
import { msg } from './messages.js';
import type { CompiledRuleList } from './rules/rule.js';
import { stringRuleList } from './rules/leaf.js';

export function matchPath(expected: string, actual: string, rules: CompiledRuleList | undefined): Mismatch[] {
  if (rules !== undefined) {
    return stringRuleList(rules, expected, actual, false).map((mismatch) => ({ type: 'PathMismatch', expected, actual, mismatch }));
  }
  return expected === actual ? [] : [{ type: 'PathMismatch', expected, actual, mismatch: msg.path(actual, expected) }];
}
