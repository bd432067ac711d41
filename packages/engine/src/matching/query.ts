/**
 * Query strings (matching.md §2.3). Spec 1.0 compares the two percent-decoded query strings
 * literally (order, repeats and a trailing `&` matter — D1: the spec cases overrule the Rust
 * engine here); from 1.1 on both sides are name → values maps. A 1.0 verdict is still explained
 * per parameter, in the official wording, whenever the parameters differ; only a difference the
 * parameters cannot show (order, a trailing `&`) is reported as the two strings.
 */
import type { HttpRequest, SpecVersion } from '../model/types.js';
import { decodeQueryComponent, parseQueryString } from '../model/query-string.js';
import type { Mismatch } from './types.js';
import { msg } from './messages.js';
import { compareParameters } from './parameters.js';
import { withShownValues } from './shown-values.js';
import type { CompiledRuleList } from './rules/rule.js';

export function matchQuery(
  expected: HttpRequest,
  actual: HttpRequest,
  rules: ReadonlyMap<string, CompiledRuleList>,
  spec: SpecVersion,
): Mismatch[] {
  const out: Mismatch[] = [];
  if (spec === '1' && expected.rawQuery !== undefined && (actual.rawQuery !== undefined || actual.query === undefined)) {
    const e = decodeQueryComponent(expected.rawQuery);
    const a = decodeQueryComponent(actual.rawQuery ?? '');
    if (e === a) return out;
    compareParameters(parseQueryString(expected.rawQuery), parseQueryString(actual.rawQuery ?? ''), (name) => rules.get(name), 'query parameter', (parameter, ev, av, mismatch, shown) =>
      out.push(withShownValues({ type: 'QueryMismatch', parameter, expected: ev, actual: av, mismatch }, () => shown)),
    );
    if (out.length === 0) out.push({ type: 'QueryMismatch', parameter: '', expected: e, actual: a, mismatch: msg.queryString(e, a) });
    return out;
  }
  compareParameters(expected.query, actual.query, (name) => rules.get(name), 'query parameter', (parameter, e, a, mismatch, shown) =>
    out.push(withShownValues({ type: 'QueryMismatch', parameter, expected: e, actual: a, mismatch }, () => shown)),
  );
  return out;
}
