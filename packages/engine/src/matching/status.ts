// Status: integer equality, or the `status` rules (V4 `statusCode`) (matching.md §2.5, §3.9).
import type { Mismatch } from './types.js';
import { msg } from './messages.js';
import type { CompiledRuleList } from './rules/rule.js';
import { stringRuleList } from './rules/leaf.js';
import { statusCodeCheck } from './rules/status-code.js';

export function matchStatus(expected: number, actual: number, rules: CompiledRuleList | undefined): Mismatch[] {
  if (rules === undefined || rules.rules.length === 0) {
    return expected === actual ? [] : [{ type: 'StatusMismatch', expected, actual, mismatch: msg.status(expected, actual) }];
  }
  const failures: string[] = [];
  for (const rule of rules.rules) {
    const m =
      rule.kind === 'statusCode'
        ? statusCodeCheck(rule.status, actual)
        : rule.kind === 'type'
          ? undefined
          : stringRuleList({ combine: 'AND', rules: [rule] }, String(expected), String(actual), false)[0];
    if (m === undefined && rules.combine === 'OR') return [];
    if (m !== undefined) failures.push(m);
  }
  return failures.map((mismatch) => ({ type: 'StatusMismatch', expected, actual, mismatch }));
}
