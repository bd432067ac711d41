/**
 * Keeps matching a value against a pact regex bounded in time. A pact comes from someone else's
 * test suite, so a pattern such as `(a+)+$` must not let one request freeze the mock server (V8's
 * backtracking engine needs 2^n steps for it on a 30-character non-matching value).
 *
 * Strategy: V8's RegExp stays the engine for patterns whose worst case is polynomial with a small
 * degree on the value at hand (fast, and the semantics the rest of the engine was written
 * against). Anything that may backtrack super-linearly (a quantified group holding a quantifier or
 * an alternation) or whose polynomial bound is too high for this value goes to re2js, a pure-JS
 * port of RE2 that matches in linear time. Patterns RE2 cannot express (lookaround,
 * backreferences, a few JS-only escapes) keep V8 but only for values short enough that the worst
 * case stays small; longer values are refused with a reason instead of being matched.
 */
import type * as Re2js from 're2js';
import { loadOnFirstUse } from '../../load-on-first-use.js';

const re2js = loadOnFirstUse<typeof Re2js>('re2js');

/** Worst-case backtracking steps we accept from V8 (a few tens of milliseconds). */
const STEP_BUDGET = 10_000_000;
/** Longest value matched by V8 against a nested-quantifier pattern RE2 cannot run (2^16 steps). */
export const NESTED_BACKTRACK_LIMIT = 16;
/** A counted repeat with a larger maximum backtracks like an unbounded one. */
const LARGE_REPEAT = 16;

/** What the static scan found. */
export interface RegexShape {
  /** A repeated group containing a quantifier or an alternation: exponential backtracking possible. */
  nested: boolean;
  /** Unbounded (or large) quantifiers: the degree of the polynomial worst case when not nested. */
  unbounded: number;
}

interface GroupScan {
  quantified: boolean;
  alternation: boolean;
}

/** Length of a quantifier starting at `i` (`*`, `+`, `?`, `{m}`, `{m,}`, `{m,n}`, lazy `?`), 0 if none. */
function quantifierAt(src: string, i: number): { length: number; max: number } {
  const c = src[i];
  let length = 0;
  let max = 0;
  if (c === '*' || c === '+') {
    length = 1;
    max = Infinity;
  } else if (c === '?') {
    length = 1;
    max = 1;
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 24));
    if (m === null) return { length: 0, max: 0 };
    length = m[0].length;
    max = m[2] === undefined ? Number(m[1]) : m[3] === undefined || m[3] === '' ? Infinity : Number(m[3]);
  }
  if (length > 0 && src[i + length] === '?') length++;
  return { length, max };
}

/** Scans a JS regex source (non-unicode syntax) for the shapes that make backtracking expensive. */
export function regexShape(src: string): RegexShape {
  const stack: GroupScan[] = [{ quantified: false, alternation: false }];
  let nested = false;
  let unbounded = 0;
  // What a following quantifier would apply to: a closed group's scan, or an atom.
  let lastGroup: GroupScan | undefined;
  let atom = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    const top = stack[stack.length - 1] as GroupScan;
    const q = quantifierAt(src, i);
    if (q.length > 0 && (atom || lastGroup)) {
      if (q.max > 1) {
        if (lastGroup && (lastGroup.quantified || lastGroup.alternation)) nested = true;
        if (q.max > LARGE_REPEAT) unbounded++;
        top.quantified = true;
      }
      i += q.length - 1;
      atom = false;
      lastGroup = undefined;
      continue;
    }
    lastGroup = undefined;
    atom = true;
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      // Skip the class; `]` right after `[` or `[^` is a literal in JS.
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      i = j;
    } else if (c === '(') {
      stack.push({ quantified: false, alternation: false });
      atom = false;
    } else if (c === ')') {
      if (stack.length > 1) {
        const closed = stack.pop() as GroupScan;
        const parent = stack[stack.length - 1] as GroupScan;
        if (closed.quantified) parent.quantified = true;
        lastGroup = closed;
      }
      atom = false;
    } else if (c === '|') {
      top.alternation = true;
      atom = false;
    } else if (c === '^' || c === '$') {
      atom = false;
    }
  }
  return { nested, unbounded };
}

/** The RE2 program for an anchored JS source, or `undefined` when RE2 cannot express it. */
export function compileLinear(anchored: string, flags: string): Re2js.RE2JS | undefined {
  let re2Flags = 0;
  const { RE2JS } = re2js();
  if (flags.includes('i')) re2Flags |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('s')) re2Flags |= RE2JS.DOTALL;
  try {
    // `\uXXXX` is JS-only syntax; RE2 spells the same code unit `\x{XXXX}`.
    return RE2JS.compile(anchored.replace(/(?<!\\)((?:\\\\)*)\\u([0-9a-fA-F]{4})/g, '$1\\x{$2}'), re2Flags);
  } catch {
    return undefined;
  }
}

/** The longest value V8 may run this pattern on within the step budget. */
export function backtrackingLimit(shape: RegexShape): number {
  if (shape.nested) return NESTED_BACKTRACK_LIMIT;
  return Math.floor(Math.pow(STEP_BUDGET, 1 / Math.max(shape.unbounded, 1)) + 1e-9);
}
