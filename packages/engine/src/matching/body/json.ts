/**
 * JSON body comparison (matching.md §2.9, §3.3–§3.5, §3.9): objects are compared key by key (strict
 * key sets for requests, expected keys only for responses), lists element by element (length-strict
 * unless a rule covers the list, in which case every actual element is compared with the expected
 * element at its index or with the first one), leaves by the rule in force or by equality.
 */
import type { Mismatch } from '../types.js';
import { msg, MAX_BODY_MISMATCHES } from '../messages.js';
import { BodyPath } from './body-path.js';
import { describeTyped, fullJsonText, isJsonObject, jsonEquals, jsonText, MISMATCH_TEXT_LIMIT, type JsonNode, type JsonObject } from './json-value.js';
import { withShownValues, type ShownValue } from '../shown-values.js';
import type { JsonValue } from '../../model/types.js';
import { RuleCursor, compilePathRules, type Resolved } from '../rules/select.js';
import type { ArrayContainsVariant, CompiledRuleList, Rule } from '../rules/rule.js';
import { jsonLeafRule, stringRuleList } from '../rules/leaf.js';
import { listRule, mapRule } from '../rules/collection.js';
import type { MatchMemo } from '../match-memo.js';

export interface JsonCompareOptions {
  /** Requests reject unexpected object keys; responses and messages allow them. */
  readonly strictKeys: boolean;
  /**
   * Called before an actual integral JS number is judged by a rule where `1` vs `1.0` matters.
   * The actual body is parsed natively for speed; this lets the caller verify the text has no
   * ambiguous literal (or abort and re-parse losslessly) only when a comparison depends on it.
   */
  readonly ensureExactNumbers?: () => void;
  /** Plans of the expected body's objects and variants, kept by the prepared expectation. */
  readonly memo?: MatchMemo;
}

/** Rules whose verdict on a number does not depend on its literal (integer vs decimal, digits). */
const KIND_BLIND = new Set(['type', 'number', 'null', 'boolean', 'notEmpty', 'arrayContains', 'eachKey', 'eachValue', 'statusCode']);

function guardNumber(a: JsonNode, o: JsonCompareOptions): void {
  if (o.ensureExactNumbers !== undefined && typeof a === 'number' && Number.isInteger(a)) o.ensureExactNumbers();
}

type Out = Mismatch[];

/** A problem between two values (`undefined`: there is none), with their JSON text and the values themselves for the report. */
function bodyMismatch(out: Out, path: BodyPath, expected: JsonNode | undefined, actual: JsonNode | undefined, mismatch: string): void {
  const found: Mismatch = { type: 'BodyMismatch', path: path.toString(), expected: expected === undefined ? null : jsonText(expected), actual: actual === undefined ? null : jsonText(actual), mismatch };
  out.push(withShownValues(found, () => ({ expected: shownNode(expected), actual: shownNode(actual) })));
}

/** A value as the report shows it: JSON, or its cut text when it is past the text limit. */
function shownNode(node: JsonNode | undefined): ShownValue {
  if (node === undefined) return { kind: 'absent' };
  const text = fullJsonText(node);
  return text.length > MISMATCH_TEXT_LIMIT ? { kind: 'text', text: jsonText(node) } : { kind: 'json', value: JSON.parse(text) as JsonValue };
}

/** Compares two parsed JSON documents from the root. */
export function compareJson(e: JsonNode, a: JsonNode, cursor: RuleCursor, options: JsonCompareOptions): Mismatch[] {
  const out: Mismatch[] = [];
  compare(BodyPath.ROOT, undefined, cursor, e, a, options, out);
  return out;
}

/** Loops over actual elements and keys stop once this many mismatches are out (see match-body). */
function full(out: Out): boolean {
  return out.length >= MAX_BODY_MISMATCHES;
}

/**
 * `seg` is the child segment under `parent` (`undefined` for the root); the child's `BodyPath` is
 * only built for containers and for mismatches, because leaves are by far the most numerous nodes.
 */
function compare(parent: BodyPath, seg: string | undefined, cursor: RuleCursor, e: JsonNode, a: JsonNode, o: JsonCompareOptions, out: Out): void {
  if (e !== null && typeof e === 'object') return compareContainer(parent, seg, cursor, e, a, o, out);
  compareLeaf(parent, seg, cursor, e, a, o, out);
}

/** `e` is an array, an object or a NumberLiteral (which is a leaf). */
function compareContainer(parent: BodyPath, seg: string | undefined, cursor: RuleCursor, e: JsonNode, a: JsonNode, o: JsonCompareOptions, out: Out): void {
  if (Array.isArray(e)) {
    const path = seg === undefined ? parent : parent.child(seg);
    if (!Array.isArray(a)) return typeMismatch(path, e, a, out);
    return compareLists(path, cursor, e, a, o, out);
  }
  if (isJsonObject(e)) {
    const path = seg === undefined ? parent : parent.child(seg);
    if (!isJsonObject(a)) return typeMismatch(path, e, a, out);
    return compareMaps(path, cursor, e, a, o, out);
  }
  compareLeaf(parent, seg, cursor, e, a, o, out);
}

function compareLeaf(parent: BodyPath, seg: string | undefined, cursor: RuleCursor, e: JsonNode, a: JsonNode, o: JsonCompareOptions, out: Out): void {
  const resolved = cursor.best();
  if (resolved === undefined) {
    guardNumber(a, o);
    if (!jsonEquals(e, a)) bodyMismatch(out, leafPath(parent, seg), e, a, msg.equalTyped(describeTyped(a), describeTyped(e)));
    return;
  }
  const list = resolved.list;
  if (list.rules.length === 0) return bodyMismatch(out, leafPath(parent, seg), e, a, msg.noMatcher(leafPath(parent, seg).toString()));
  let failures: string[] | undefined;
  // Only an integral JS number can hide its literal; checking that first spares the rule-kind
  // lookup for every string and boolean leaf.
  const integral = o.ensureExactNumbers !== undefined && typeof a === 'number' && Number.isInteger(a);
  for (const rule of list.rules) {
    if (integral && !KIND_BLIND.has(rule.kind)) guardNumber(a, o);
    const m = jsonLeafRule(rule, e, a);
    if (m === undefined) {
      if (list.combine === 'OR') return;
    } else {
      (failures ??= []).push(m);
    }
  }
  if (failures !== undefined) for (const m of failures) bodyMismatch(out, leafPath(parent, seg), e, a, m);
}

function leafPath(parent: BodyPath, seg: string | undefined): BodyPath {
  return seg === undefined ? parent : parent.child(seg);
}

function typeMismatch(path: BodyPath, e: JsonNode, a: JsonNode, out: Out): void {
  bodyMismatch(out, path, e, a, msg.typeMismatch(describeTyped(a), describeTyped(e)));
}

/** Runs `run` once per rule of an OR list (keeping failures only if all fail), once for AND lists. */
function withCombine(resolved: Resolved, out: Out, run: (rules: readonly Rule[], out: Out) => void): void {
  const list = resolved.list;
  if (list.combine === 'AND' || list.rules.length <= 1) return run(list.rules, out);
  const runs: Out[] = [];
  for (const rule of list.rules) {
    const local: Out = [];
    run([rule], local);
    if (local.length === 0) return;
    runs.push(local);
  }
  for (const r of runs) out.push(...r);
}

/** The keys of an expected object and the rule cursor of each, under one parent cursor. */
interface ObjectPlan {
  readonly cursor: RuleCursor;
  readonly keys: string[];
  readonly children: RuleCursor[];
}

// Every element of a list matched by type is compared with the same expected object under the
// same cursor, and expected bodies are parsed once per pact: their keys and child cursors are
// worked out once, not per element of every request. Cursors are pure, so sharing is safe.
function objectPlan(e: JsonObject, cursor: RuleCursor, memo: MatchMemo | undefined): ObjectPlan {
  const cached = memo?.objectPlans.get(e) as ObjectPlan | undefined;
  if (cached !== undefined && cached.cursor === cursor) return cached;
  const keys = Object.keys(e);
  const plan: ObjectPlan = { cursor, keys, children: keys.map((key) => cursor.child(key)) };
  memo?.objectPlans.set(e, plan);
  return plan;
}

function compareMaps(path: BodyPath, cursor: RuleCursor, e: JsonObject, a: JsonObject, o: JsonCompareOptions, out: Out): void {
  const plan = objectPlan(e, cursor, o.memo);
  const eKeys = plan.keys;
  if (o.strictKeys && eKeys.length === 0 && Object.keys(a).length > 0) {
    return bodyMismatch(out, path, e, a, msg.emptyMapExpected(jsonText(a)));
  }
  const resolved = cursor.best();
  if (resolved === undefined) return compareMapEntries(path, plan, e, a, o, out, false);
  if (resolved.list.rules.length === 0) return bodyMismatch(out, path, e, a, msg.noMatcher(path.toString()));
  withCombine(resolved, out, (rules, sink) => {
    for (const rule of rules) {
      if (rule.kind === 'equality') o.ensureExactNumbers?.();
      const m = mapRule(rule, e, a, resolved.cascaded);
      if (m !== undefined) bodyMismatch(sink, path, e, a, m);
    }
    if (resolved.cascaded) return compareMapEntries(path, plan, e, a, o, sink, false);
    let keysFree = false;
    for (const rule of rules) {
      if (rule.kind === 'eachKey') {
        keysFree = true;
        checkEachKey(path, rule.rules, a, sink);
      }
    }
    const valuesRule = rules.find((r) => r.kind === 'values' || r.kind === 'eachValue');
    if (valuesRule !== undefined) {
      const childCursor = valuesRule.kind === 'eachValue' ? RuleCursor.only(valuesRule.rules, `${resolved.expression}.*`) : cursor;
      return compareMapValues(path, childCursor, e, eKeys, a, o, sink);
    }
    compareMapEntries(path, plan, e, a, o, sink, keysFree);
  });
}

function checkEachKey(path: BodyPath, rules: CompiledRuleList, a: JsonObject, out: Out): void {
  for (const key of Object.keys(a)) {
    if (full(out)) return;
    for (const m of stringRuleList(rules, key, key, false)) bodyMismatch(out, path.child(key), key, key, m);
  }
}

/** `values` / `eachValue`: every actual entry against the same-key expected value, else the first one. */
function compareMapValues(path: BodyPath, cursor: RuleCursor, e: JsonObject, eKeys: string[], a: JsonObject, o: JsonCompareOptions, out: Out): void {
  const firstKey = eKeys[0];
  if (firstKey === undefined) return;
  const first = e[firstKey] as JsonNode;
  for (const key of Object.keys(a)) {
    if (full(out)) return;
    const expected = Object.hasOwn(e, key) ? (e[key] as JsonNode) : first;
    compare(path, key, cursor.child(key), expected, a[key] as JsonNode, o, out);
  }
}

function compareMapEntries(path: BodyPath, plan: ObjectPlan, e: JsonObject, a: JsonObject, o: JsonCompareOptions, out: Out, keysFree: boolean): void {
  const eKeys = plan.keys;
  // One presence pass serves both the key-set check and the walk below (this runs per object of
  // every list element, so it is a per-request hot path for big bodies).
  let present = 0;
  for (let i = 0; i < eKeys.length; i++) if (Object.hasOwn(a, eKeys[i] as string)) present++;
  const all = present === eKeys.length;
  if (!keysFree) {
    if (o.strictKeys) {
      const aKeys = Object.keys(a);
      if (aKeys.length !== eKeys.length || !all) {
        const es = [...eKeys].sort();
        const as = [...aKeys].sort();
        bodyMismatch(out, path, es, as, msg.mapKeys(es, as));
      }
    } else if (!all) {
      const missing = eKeys.filter((k) => !Object.hasOwn(a, k));
      bodyMismatch(out, path, eKeys, Object.keys(a), msg.mapMissingKeys(missing.sort()));
    }
  }
  for (let i = 0; i < eKeys.length; i++) {
    const key = eKeys[i] as string;
    if (!all && !Object.hasOwn(a, key)) continue;
    compare(path, key, plan.children[i] as RuleCursor, e[key] as JsonNode, a[key] as JsonNode, o, out);
  }
}

function compareLists(path: BodyPath, cursor: RuleCursor, e: JsonNode[], a: JsonNode[], o: JsonCompareOptions, out: Out): void {
  const resolved = cursor.best();
  if (resolved === undefined) return compareListsStrictly(path, cursor, e, a, o, out);
  if (e.length === 0) return;
  if (resolved.list.rules.length === 0) return bodyMismatch(out, path, e, a, msg.noMatcher(path.toString()));
  withCombine(resolved, out, (rules, sink) => {
    for (const rule of rules) {
      if (rule.kind === 'equality' || rule.kind === 'arrayContains') o.ensureExactNumbers?.();
      const m = listRule(rule, e, a, resolved.cascaded);
      if (m !== undefined) bodyMismatch(sink, path, e, a, m);
    }
    const contains = rules.find((r) => r.kind === 'arrayContains');
    if (contains !== undefined && contains.kind === 'arrayContains') return checkArrayContains(path, contains.variants, e, a, o, sink);
    const eachValue = resolved.cascaded ? undefined : rules.find((r) => r.kind === 'eachValue');
    const childCursor = eachValue?.kind === 'eachValue' ? RuleCursor.only(eachValue.rules, `${resolved.expression}[*]`) : cursor;
    const first = e[0] as JsonNode;
    for (let i = 0; i < a.length && !full(sink); i++) {
      const seg = String(i);
      compare(path, seg, childCursor.child(seg), i < e.length ? (e[i] as JsonNode) : first, a[i] as JsonNode, o, sink);
    }
  });
}

function compareListsStrictly(path: BodyPath, cursor: RuleCursor, e: JsonNode[], a: JsonNode[], o: JsonCompareOptions, out: Out): void {
  if (e.length === 0) {
    if (a.length > 0) bodyMismatch(out, path, e, a, msg.emptyListExpected(jsonText(a)));
    return;
  }
  for (let i = 0; i < e.length && !full(out); i++) {
    const item = e[i] as JsonNode;
    if (i >= a.length) {
      bodyMismatch(out, path, item, undefined, msg.listItemMissing(jsonText(item)));
      continue;
    }
    const seg = String(i);
    compare(path, seg, cursor.child(seg), item, a[i] as JsonNode, o, out);
  }
  if (e.length !== a.length) bodyMismatch(out, path, e, a, msg.listLength(e.length, a.length));
}

function checkArrayContains(path: BodyPath, variants: readonly ArrayContainsVariant[], e: JsonNode[], a: JsonNode[], o: JsonCompareOptions, out: Out): void {
  if (variants.length === 0) {
    e.forEach((item, i) => {
      if (!a.some((x) => jsonEquals(item, x))) bodyMismatch(out, path, e, a, msg.variantNotFound(i, jsonText(item)));
    });
    return;
  }
  for (const variant of variants) {
    const item = e[variant.index];
    if (item === undefined) {
      bodyMismatch(out, path, e, a, msg.variantMissing(variant.index, e.length));
      continue;
    }
    let cursor = o.memo?.variantCursors.get(variant) as RuleCursor | undefined;
    if (cursor === undefined) {
      cursor = RuleCursor.root(compilePathRules(variant.rules));
      o.memo?.variantCursors.set(variant, cursor);
    }
    const found = a.some((candidate) => {
      const local: Out = [];
      compare(BodyPath.ROOT, undefined, cursor, item, candidate, o, local);
      return local.length === 0;
    });
    if (!found) bodyMismatch(out, path, e, a, msg.variantNotFound(variant.index, jsonText(item)));
  }
}
