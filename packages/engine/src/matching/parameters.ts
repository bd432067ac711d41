/**
 * Name → value-list comparison shared by query strings and form-urlencoded bodies (matching.md
 * §2.3, §2.12): expected names must be present, unexpected names fail, values compare pairwise in
 * order — or, with a rule for the name, as a list under that rule (every actual value against the
 * expected value at its index, padded with the first expected value).
 */
import { msg } from './messages.js';
import type { CompiledRuleList } from './rules/rule.js';
import { stringRuleList } from './rules/leaf.js';
import { sizeBounds } from './rules/type.js';
import type { ShownValue, ShownValues } from './shown-values.js';

export type ParamMap = Readonly<Record<string, readonly (string | null)[]>>;

/**
 * Receives each problem; `expected`/`actual` are the values (or rendered lists) involved, in the
 * official wording, and `shown` the same for a reader.
 */
export type ParamSink = (name: string, expected: string, actual: string, mismatch: string, shown: ShownValues) => void;

function renderList(values: readonly (string | null)[]): string {
  return `[${values.map((v) => JSON.stringify(v ?? '')).join(', ')}]`;
}

/** A list of values for a reader: `a, b`, a parameter without `=` as `(no value)`; none → absent. */
function shownList(values: readonly (string | null)[] | undefined): ShownValue {
  return values === undefined ? { kind: 'absent' } : { kind: 'text', text: values.map((v) => v ?? '(no value)').join(', ') };
}

/** One value for a reader; `''` stands for "not there" in the official wording. */
function shownOne(value: string): ShownValue {
  return value === '' ? { kind: 'absent' } : { kind: 'text', text: value };
}

export function compareParameters(
  expected: ParamMap | undefined,
  actual: ParamMap | undefined,
  ruleFor: (name: string) => CompiledRuleList | undefined,
  kind: 'query parameter' | 'form post parameter',
  sink: ParamSink,
): void {
  const e = expected ?? {};
  const a = actual ?? {};
  for (const name of Object.keys(e)) {
    const ev = e[name] ?? [];
    const av = Object.hasOwn(a, name) ? a[name] : undefined;
    if (av === undefined) {
      sink(name, renderList(ev), '', msg.queryMissing(kind, name), { expected: shownList(ev), actual: shownList(undefined) });
      continue;
    }
    compareValues(name, ev, av, ruleFor(name), kind, sink);
  }
  for (const name of Object.keys(a)) {
    if (!Object.hasOwn(e, name)) sink(name, '', renderList(a[name] ?? []), msg.queryUnexpected(kind, name), { expected: shownList(undefined), actual: shownList(a[name] ?? []) });
  }
}

function compareValues(
  name: string,
  expected: readonly (string | null)[],
  actual: readonly (string | null)[],
  rules: CompiledRuleList | undefined,
  kind: 'query parameter' | 'form post parameter',
  sink: ParamSink,
): void {
  if (rules !== undefined) {
    for (const rule of rules.rules) {
      if (rule.kind !== 'type') continue;
      const m = sizeBounds(rule, actual.length, () => renderList(actual));
      if (m !== undefined) sink(name, renderList(expected), renderList(actual), m, { expected: shownList(expected), actual: shownList(actual) });
    }
    const first = expected[0] ?? '';
    actual.forEach((value, i) => {
      const ev = (i < expected.length ? expected[i] : first) ?? '';
      for (const m of stringRuleList(rules, ev, value ?? '', false)) sink(name, ev, value ?? '', m, { expected: shownOne(ev), actual: shownOne(value ?? '') });
    });
    return;
  }
  if (expected.length === 0) {
    if (actual.length > 0) sink(name, '[]', renderList(actual), msg.queryEmptyExpected(name, renderList(actual)), { expected: shownList([]), actual: shownList(actual) });
    return;
  }
  if (expected.length !== actual.length) sink(name, renderList(expected), renderList(actual), msg.queryCount(kind, name, expected.length, actual.length), { expected: shownList(expected), actual: shownList(actual) });
  expected.forEach((value, i) => {
    const ev = value ?? '';
    if (i >= actual.length) {
      sink(name, ev, '', msg.queryValueMissing(kind, name, ev), { expected: shownOne(ev), actual: shownOne('') });
      return;
    }
    const av = actual[i] ?? '';
    if (ev !== av) sink(name, ev, av, msg.queryValue(kind, name, ev, av), { expected: shownOne(ev), actual: shownOne(av) });
  });
}
