// The path-expression grammar of body/metadata rule keys and generator keys (matching.md §3.2).
import { lazyPattern } from './lazy-pattern.js';

/** One token of a parsed path expression. */
export type PathToken =
  /** `$`: the whole document. Always the first token. */
  | { kind: 'root' }
  /** `.name` or `['any text']`: an object key (also matches an array index with the same digits). */
  | { kind: 'field'; name: string }
  /** `[n]`: one array index. */
  | { kind: 'index'; index: number }
  /** `.*`: any key or index. */
  | { kind: 'star' }
  /** `[*]`: any array index. */
  | { kind: 'star-index' };

const ROOT: PathToken = { kind: 'root' };
const STAR: PathToken = { kind: 'star' };
const STAR_INDEX: PathToken = { kind: 'star-index' };

// Letters and digits of any script, plus the characters XML paths need (`@attr`, `#text`, `ns:el`).
const NAME_CHAR = lazyPattern(() => /[\p{L}\p{N}_\-:#@]/u);
const ASCII_NAME_CHAR = /[A-Za-z0-9_\-:#@]/;

function isNameChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  // ASCII first: the Unicode pattern costs about a millisecond to build and compile.
  if (ch.charCodeAt(0) < 0x80) return ASCII_NAME_CHAR.test(ch);
  return NAME_CHAR().test(ch);
}

function fail(expr: string, pos: number, problem: string): Error {
  return new Error(`invalid path expression '${expr}': ${problem} at position ${pos}`);
}

/**
 * Parse a rule path expression (`$.items[*].id`, `$['two words'][0]`, `$.a.*`). An expression that
 * starts with a name character gets `$.` implied. Returns the tokens, or an `Error` (not thrown)
 * saying what is wrong and where, so callers can attach their own JSON path.
 */
export function parsePathExpression(expr: string): PathToken[] | Error {
  if (expr.length === 0) return new Error('invalid path expression: it is empty');
  const tokens: PathToken[] = [ROOT];
  let pos = 0;
  if (expr[0] === '$') {
    pos = 1;
  } else if (isNameChar(expr[0])) {
    // `name.rest` is read as `$.name.rest`.
    let end = 0;
    while (end < expr.length && isNameChar(expr[end])) end++;
    tokens.push({ kind: 'field', name: expr.slice(0, end) });
    pos = end;
  } else {
    return fail(expr, 0, `expected '$' but found '${expr[0]}'`);
  }

  while (pos < expr.length) {
    const ch = expr[pos];
    if (ch === '.') {
      const next = expr[pos + 1];
      if (next === '*') {
        tokens.push(STAR);
        pos += 2;
        continue;
      }
      let end = pos + 1;
      while (end < expr.length && isNameChar(expr[end])) end++;
      if (end === pos + 1) {
        return fail(expr, pos + 1, next === undefined ? "expected a field name or '*' after '.'" : `unexpected '${next}' after '.'`);
      }
      tokens.push({ kind: 'field', name: expr.slice(pos + 1, end) });
      pos = end;
    } else if (ch === '[') {
      const next = expr[pos + 1];
      if (next === "'") {
        const close = expr.indexOf("'", pos + 2);
        if (close < 0) return fail(expr, pos + 1, "unterminated quoted name (missing closing ')");
        if (close === pos + 2) return fail(expr, pos + 1, 'empty quoted name');
        if (expr[close + 1] !== ']') return fail(expr, close + 1, "expected ']' after the quoted name");
        tokens.push({ kind: 'field', name: expr.slice(pos + 2, close) });
        pos = close + 2;
      } else if (next === '*') {
        if (expr[pos + 2] !== ']') return fail(expr, pos + 2, "expected ']' after '[*'");
        tokens.push(STAR_INDEX);
        pos += 3;
      } else {
        let end = pos + 1;
        while (end < expr.length && expr.charCodeAt(end) >= 48 && expr.charCodeAt(end) <= 57) end++;
        if (end === pos + 1) {
          return fail(expr, pos + 1, next === undefined ? "unterminated '['" : "expected a number, '*' or a quoted name after '['");
        }
        if (expr[end] !== ']') return fail(expr, end, "expected ']' after the index");
        tokens.push({ kind: 'index', index: Number(expr.slice(pos + 1, end)) });
        pos = end + 1;
      }
    } else {
      return fail(expr, pos, `unexpected '${ch}'`);
    }
  }
  return tokens;
}
