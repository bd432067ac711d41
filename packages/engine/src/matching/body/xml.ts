/**
 * XML body comparison (matching.md §2.10, D2–D4). Same-named siblings share one path (no index) and
 * are grouped by name, so order matters only among same-named siblings; requests are strict about
 * attributes and children, responses only about what was expected (unless a type rule covers them).
 */
import type { Body } from '../../model/types.js';
import type { Mismatch } from '../types.js';
import { msg } from '../messages.js';
import { stringRule, stringRuleList } from '../rules/leaf.js';
import type { Rule } from '../rules/rule.js';
import type { Resolved, RuleCursor } from '../rules/select.js';
import { BodyPath } from './body-path.js';
import type { BodyContext } from './context.js';
import { refused } from './refused.js';
import { parseXml, XmlLimitError, type XmlElement } from './xml-tree.js';
import { MAX_DEPTH_CEILING, type InputLimits } from '../../model/limits.js';
import { utf8Text } from '../../model/bytes.js';

type Out = Mismatch[];


/** The expected body comes from the pact: bounded only by what the walks below are tested for. */
const EXPECTED_LIMITS = { maxDepth: MAX_DEPTH_CEILING, maxXmlElements: Number.POSITIVE_INFINITY };

function parse(text: string, limits: Pick<InputLimits, 'maxDepth' | 'maxXmlElements'>): XmlElement | Error {
  try {
    return parseXml(text, limits);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

export function compareXml(expected: Body & { kind: 'present' }, actual: Uint8Array, ctx: BodyContext): Mismatch[] {
  const e = (ctx.memo.xml ??= parse(utf8Text(expected.content), EXPECTED_LIMITS)) as XmlElement | Error;
  const actualText = utf8Text(actual);
  const expectedText = utf8Text(expected.content);
  if (e instanceof Error) return [{ type: 'BodyMismatch', path: '$', expected: expectedText, actual: actualText, mismatch: ctx.prefix + msg.parseExpected(e.message) }];
  const a = parse(actualText, ctx.limits);
  if (a instanceof XmlLimitError) return refused(ctx, a.message, a.path);
  if (a instanceof Error) return [{ type: 'BodyMismatch', path: '$', expected: expectedText, actual: actualText, mismatch: ctx.prefix + msg.parseActual(a.message) }];
  const out: Out = [];
  compareElement(BodyPath.ROOT.child(e.local), ctx.cursor.child(e.local), e, a, ctx.strict, out);
  if (ctx.prefix !== '') for (const m of out) m.mismatch = ctx.prefix + m.mismatch;
  return out;
}

function push(out: Out, path: BodyPath, expected: string | null, actual: string | null, mismatch: string): void {
  out.push({ type: 'BodyMismatch', path: path.toString(), expected, actual, mismatch });
}

function isTypeFamily(r: Resolved | undefined): boolean {
  return r !== undefined && r.list.rules.some((rule) => rule.kind === 'type');
}

/** One rule applied to an element pair (§2.10 step 1); `undefined` = passes. */
function elementRule(rule: Rule, e: XmlElement, a: XmlElement, cascaded: boolean): string | undefined {
  switch (rule.kind) {
    case 'type':
      if (rule.min !== undefined || rule.max !== undefined) {
        if (cascaded) return undefined;
        if (rule.min !== undefined && a.children.length < rule.min) return msg.xmlMinChildren(a.name, rule.min);
        if (rule.max !== undefined && a.children.length > rule.max) return msg.xmlMaxChildren(a.name, rule.max);
        return undefined;
      }
      return e.key === a.key ? undefined : msg.xmlName(e.name, a.name);
    case 'equality':
      return e.key === a.key ? undefined : msg.xmlName(e.name, a.name);
    case 'notEmpty':
      return a.children.length > 0 || a.text !== '' ? undefined : msg.notEmptyTyped(`<${a.name}/>`);
    case 'values':
    case 'eachKey':
    case 'eachValue':
    case 'arrayContains':
      return undefined;
    default:
      // D2: value rules on an element path test the element's text.
      return stringRule(rule, e.text, a.text, cascaded);
  }
}

function compareElement(path: BodyPath, cursor: RuleCursor, e: XmlElement, a: XmlElement, strict: boolean, out: Out): void {
  const resolved = cursor.best();
  if (resolved !== undefined) {
    const failures: string[] = [];
    let passed = false;
    for (const rule of resolved.list.rules) {
      const m = elementRule(rule, e, a, resolved.cascaded);
      if (m === undefined) passed = true;
      else failures.push(m);
    }
    if (failures.length > 0 && !(resolved.list.combine === 'OR' && passed)) {
      for (const m of failures) push(out, path, e.name, a.name, m);
      return;
    }
  } else if (e.key !== a.key) {
    return push(out, path, e.name, a.name, msg.xmlName(e.name, a.name));
  }
  compareAttributes(path, cursor, e, a, strict, out);
  compareChildren(path, cursor, e, a, strict, out);
  compareTextContent(path, cursor, e, a, out);
}

function renderAttributes(el: XmlElement): string {
  return `{${[...el.attributes.values()].map((at) => `${JSON.stringify(at.name)}: ${JSON.stringify(at.value)}`).join(', ')}}`;
}

function compareAttributes(path: BodyPath, cursor: RuleCursor, e: XmlElement, a: XmlElement, strict: boolean, out: Out): void {
  const ec = e.attributes.size;
  const ac = a.attributes.size;
  if (strict && ec === 0 && ac > 0) push(out, path, '{}', renderAttributes(a), msg.xmlNoAttrs(renderAttributes(a)));
  else if (strict && ec !== ac) push(out, path, renderAttributes(e), renderAttributes(a), msg.xmlAttrCount(ec, ac));
  else if (!strict && ec > ac) push(out, path, renderAttributes(e), renderAttributes(a), msg.xmlAttrAtLeast(ec, ac));
  for (const [key, at] of e.attributes) {
    const actual = a.attributes.get(key);
    if (actual === undefined) {
      push(out, path, at.value, null, msg.xmlAttrMissing(at.name, at.value));
      continue;
    }
    const seg = `@${at.local}`;
    compareString(path.child(seg), cursor.child(seg), at.value, actual.value, out);
  }
}

function compareString(path: BodyPath, cursor: RuleCursor, e: string, a: string, out: Out): void {
  const resolved = cursor.best();
  if (resolved !== undefined) {
    for (const m of stringRuleList(resolved.list, e, a, resolved.cascaded)) push(out, path, e, a, m);
  } else if (e !== a) {
    push(out, path, e, a, msg.equal(a, e));
  }
}

function groupByName(children: readonly XmlElement[]): Map<string, XmlElement[]> {
  const groups = new Map<string, XmlElement[]>();
  for (const c of children) {
    const g = groups.get(c.key);
    if (g === undefined) groups.set(c.key, [c]);
    else g.push(c);
  }
  return groups;
}

function compareChildren(path: BodyPath, cursor: RuleCursor, e: XmlElement, a: XmlElement, strict: boolean, out: Out): void {
  if (strict && e.children.length === 0 && a.children.length > 0) {
    const names = a.children.map((c) => c.name);
    return push(out, path, '[]', `[${names.join(', ')}]`, msg.xmlNoChildren(names));
  }
  const eGroups = groupByName(e.children);
  const aGroups = groupByName(a.children);
  for (const [key, actuals] of aGroups) {
    const first = actuals[0];
    if (first === undefined) continue;
    const childPath = path.child(first.local);
    const childCursor = cursor.child(first.local);
    const expecteds = eGroups.get(key);
    const typed = isTypeFamily(childCursor.best());
    if (expecteds === undefined) {
      if (strict || typed) for (const c of actuals) push(out, path, null, c.name, msg.xmlChildUnexpected(c.name));
      continue;
    }
    const firstExpected = expecteds[0];
    if (firstExpected === undefined) continue;
    if (typed) {
      for (const c of actuals) compareElement(childPath, childCursor, firstExpected, c, strict, out);
      continue;
    }
    const n = Math.max(expecteds.length, actuals.length);
    for (let i = 0; i < n; i++) {
      const ex = expecteds[i];
      const ac = actuals[i];
      if (ex === undefined) {
        if (strict && ac !== undefined) push(out, path, null, ac.name, msg.xmlChildUnexpected(ac.name));
      } else if (ac === undefined) {
        push(out, path, ex.name, null, msg.xmlChildMissing(ex.name));
      } else {
        compareElement(childPath, childCursor, ex, ac, strict, out);
      }
    }
  }
  for (const [key, expecteds] of eGroups) {
    if (aGroups.has(key)) continue;
    for (const ex of expecteds.slice(0, 1)) push(out, path, ex.name, null, msg.xmlChildMissing(ex.name));
  }
}

function compareTextContent(path: BodyPath, cursor: RuleCursor, e: XmlElement, a: XmlElement, out: Out): void {
  compareString(path.child('#text'), cursor.child('#text'), e.text, a.text, out);
}
