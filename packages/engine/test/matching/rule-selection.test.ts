import { describe, expect, test } from 'vitest';
import { RuleCursor, compilePathRules } from '../../src/matching/rules/select.js';
import type { RuleList } from '../../src/model/types.js';

const list = (match: string): RuleList => ({ combine: 'AND', matchers: [{ match }] });

function resolve(rules: Record<string, RuleList>, segments: string[]): { expression: string; cascaded: boolean } | undefined {
  let cursor = RuleCursor.root(compilePathRules(rules));
  for (const s of segments) cursor = cursor.child(s);
  const r = cursor.best();
  return r && { expression: r.expression, cascaded: r.cascaded };
}

describe('rule selection by path weight × token count', () => {
  const rules = {
    $: list('type'),
    '$.item': list('type'),
    '$.item.ids': list('type'),
    '$.*.ids[*]': list('type'),
    '$.item.ids[*]': list('type'),
    '$.item.ids[1]': list('equality'),
    '$.item.ids[0]': list('regex'),
    '$.item.ids[1].x': list('integer'),
  };

  test('the worked example of matching.md §3.3: the exact index wins', () => {
    expect(resolve(rules, ['item', 'ids', '1'])).toEqual({ expression: '$.item.ids[1]', cascaded: false });
  });

  test('[*] beats a wildcard field of the same length', () => {
    const { '$.item.ids[1]': _a, '$.item.ids[0]': _b, ...rest } = rules;
    expect(resolve(rest, ['item', 'ids', '5'])).toEqual({ expression: '$.item.ids[*]', cascaded: false });
  });

  test('rules cascade to descendants (prefix match), marked as cascaded', () => {
    expect(resolve({ '$.a': list('type') }, ['a', 'b', '3', 'c'])).toEqual({ expression: '$.a', cascaded: true });
  });

  test('a deeper rule wins over an inherited one (equality reset idiom)', () => {
    const r = { '$.one': list('type'), '$.one.a.status': list('equality') };
    expect(resolve(r, ['one', 'a', 'status'])).toEqual({ expression: '$.one.a.status', cascaded: false });
    expect(resolve(r, ['one', 'a', 'other'])).toEqual({ expression: '$.one', cascaded: true });
  });

  test('a rule longer than the path, or not matching, does not resolve', () => {
    expect(resolve({ '$.a.b.c': list('type') }, ['a', 'b'])).toBeUndefined();
    expect(resolve({ '$.a': list('type') }, ['b'])).toBeUndefined();
  });

  test('a field made of digits matches an array index; [*] does not match a key', () => {
    expect(resolve({ "$['2'].str": list('regex') }, ['2', 'str'])?.expression).toBe("$['2'].str");
    expect(resolve({ '$[*].x': list('type') }, ['key', 'x'])).toBeUndefined();
    expect(resolve({ '$.*.x': list('type') }, ['key', 'x'])?.expression).toBe('$.*.x');
  });

  test('$.a.* scores over $.a for $.a.b (4×3 > 4×2)', () => {
    expect(resolve({ '$.a': list('type'), '$.a.*': list('regex') }, ['a', 'b'])?.expression).toBe('$.a.*');
  });

  test('children of array elements share state but still see index-specific rules', () => {
    const r = { '$[*].a': list('type'), '$[2].a': list('equality') };
    expect(resolve(r, ['1', 'a'])?.expression).toBe('$[*].a');
    expect(resolve(r, ['2', 'a'])?.expression).toBe('$[2].a');
    expect(resolve(r, ['3', 'a'])?.expression).toBe('$[*].a');
  });
});

describe('rule cursor memo', () => {
  test('keys no rule names share one state, and named keys still resolve their own rules', () => {
    const root = RuleCursor.root(compilePathRules({ '$.*': list('type'), '$.id': list('integer') }));
    expect(root.child('x')).toBe(root.child('y'));
    expect(root.child('id').best()?.expression).toBe('$.id');
    expect(root.child('x').best()?.expression).toBe('$.*');
    expect(root.child('7').best()?.expression).toBe('$.*');
  });
});
