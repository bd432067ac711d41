/**
 * Headers (matching.md §2.4): names case-insensitive, values case-sensitive, only expected headers
 * checked. One value pair is compared by the header's rule, else — for `Content-Type`/`Accept` —
 * media type exactly and parameters loosely, else exactly after normalising whitespace around commas.
 */
import { findHeader } from '../model/headers.js';
import type { Mismatch } from './types.js';
import { msg } from './messages.js';
import type { CompiledRuleList } from './rules/rule.js';
import { stringRuleList } from './rules/leaf.js';
import { withShownValues } from './shown-values.js';
import type { HeaderMap } from '../model/types.js';

const PARAMETERISED = new Set(['content-type', 'accept']);

export function matchHeaders(
  expected: HeaderMap | undefined,
  actual: HeaderMap | undefined,
  rules: ReadonlyMap<string, CompiledRuleList>,
): Mismatch[] {
  const out: Mismatch[] = [];
  if (expected === undefined) return out;
  for (const key of Object.keys(expected)) {
    const ev = expected[key] ?? [];
    const av = findHeader(actual, key);
    if (av === undefined) {
      const missing: Mismatch = { type: 'HeaderMismatch', key, expected: JSON.stringify(ev.join(', ')), actual: '', mismatch: msg.headerMissing(key) };
      out.push(withShownValues(missing, () => ({ expected: { kind: 'text', text: ev.join(', ') }, actual: { kind: 'absent' } })));
      continue;
    }
    compareHeaderValues(key, ev, av, rules.get(key.toLowerCase()), out);
  }
  return out;
}

function compareHeaderValues(key: string, expected: readonly string[], actual: readonly string[], rule: CompiledRuleList | undefined, out: Mismatch[]): void {
  const push = (e: string, a: string, mismatch: string): void => {
    out.push({ type: 'HeaderMismatch', key, expected: e, actual: a, mismatch: msg.headerPrefix(key, mismatch) });
  };
  if (expected.length === 0) {
    if (actual.length > 0) push('', actual.join(', '), msg.headerEmptyExpected(key, actual.join(', ')));
    return;
  }
  if (rule !== undefined) {
    // A rule applies to every actual value, against the expected value at its index or the first.
    const multi = actual.length > 1;
    actual.forEach((a, i) => {
      const e = expected[i] ?? expected[0] ?? '';
      for (const m of stringRuleList(rule, e.trim(), a.trim(), false)) push(e, a, multi ? msg.atIndex(m, i) : m);
    });
    return;
  }
  if (expected.length === 1 && actual.length === 1) {
    const m = compareOne(key, expected[0] ?? '', actual[0] ?? '', undefined);
    if (m !== undefined) push(expected[0] ?? '', actual[0] ?? '', m);
    return;
  }
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const a = actual[i];
    if (e === undefined) {
      const m = compareOne(key, '', a ?? '', i);
      if (m !== undefined) push('', a ?? '', msg.atIndex(m, i));
    } else if (a === undefined) {
      push(e, '', msg.headerValueMissing(e, i, actual.length));
    } else {
      const m = compareOne(key, e, a, i);
      if (m !== undefined) push(e, a, msg.atIndex(m, i));
    }
  }
}

function compareOne(key: string, expected: string, actual: string, index: number | undefined): string | undefined {
  const e = expected.trim();
  const a = actual.trim();
  if (PARAMETERISED.has(key.toLowerCase())) {
    if (parameterisedEqual(e, a)) return undefined;
    return index === undefined ? msg.headerParam(key, e, a) : msg.headerParamAt(key, index, e, a);
  }
  const ne = stripCommaSpace(e);
  const na = stripCommaSpace(a);
  return ne === na ? undefined : msg.equal(a, e);
}

function stripCommaSpace(v: string): string {
  return v.includes(',') ? v.split(',').map((p) => p.trim()).join(',') : v;
}

function splitParams(v: string): { type: string; params: Map<string, string> } {
  const pieces = v.split(';').map((p) => p.trim()).filter((p) => p !== '');
  const params = new Map<string, string>();
  for (const piece of pieces.slice(1)) {
    const eq = piece.indexOf('=');
    if (eq < 0) params.set(piece, '');
    else params.set(piece.slice(0, eq).trim(), piece.slice(eq + 1).trim());
  }
  return { type: pieces[0] ?? '', params };
}

/** Media type exact; every expected parameter present with a value equal ignoring ASCII case. */
function parameterisedEqual(expected: string, actual: string): boolean {
  const e = splitParams(expected);
  const a = splitParams(actual);
  if (e.type !== a.type) return false;
  for (const [name, value] of e.params) {
    const av = a.params.get(name);
    if (av === undefined || av.toLowerCase() !== value.toLowerCase()) return false;
  }
  return true;
}
