/**
 * The single place pact regular expressions are compiled. Pact regexes come from the Rust engine's
 * Oniguruma (Ruby syntax) and must match the whole string; we translate the Ruby-only escapes we
 * know and anchor the pattern. No `u` flag: pacts in the wild contain escapes such as `\-` that are
 * syntax errors in unicode mode.
 *
 * Matching is bounded in time (see regex-guard.ts): the compiled object is a `PactRegExp`, whose
 * `test` never backtracks catastrophically.
 */
import type { RE2JS } from 're2js';
import { backtrackingLimit, compileLinear, regexShape } from './regex-guard.js';

/**
 * A pact regex compiled for whole-string matching. `test` uses V8 while the value is short enough
 * for the pattern's worst case, a linear-time RE2 program beyond that, and answers `false` when
 * neither can bound the work (`wholeMatch` says why).
 */
export class PactRegExp extends RegExp {
  /** Longest value V8 itself may match against this pattern. */
  private readonly limit: number;
  private linear: RE2JS | undefined | null = null;
  /**
   * The same pattern as a plain RegExp: V8 only takes its fast matching path for unmodified
   * RegExp instances, and a subclass instance costs ~3× per test (a per-leaf cost in big bodies).
   */
  private readonly plain: RegExp;

  constructor(pattern: string, flags: string) {
    super(pattern, flags);
    this.plain = new RegExp(pattern, flags);
    this.limit = backtrackingLimit(regexShape(pattern));
  }

  /** `true`/`false` for a bounded answer, or the reason the value could not be matched safely. */
  wholeMatch(input: string): boolean | string {
    if (input.length <= this.limit) return this.plain.test(input);
    if (this.linear === null) this.linear = compileLinear(this.source, this.flags);
    if (this.linear !== undefined) return this.linear.matches(input);
    return `the regex could backtrack catastrophically and uses features the linear-time engine cannot run (lookaround, backreferences), so it is applied only to values of at most ${this.limit} characters and this one has ${input.length}`;
  }

  override test(input: string): boolean {
    return this.wholeMatch(String(input)) === true;
  }
}

const cache = new Map<string, RegExp | Error>();
const CACHE_LIMIT = 1000;

/** Compiles a pact regex for whole-string matching; returns the `Error` when it is not valid. */
export function compilePactRegex(source: string): RegExp | Error {
  const hit = cache.get(source);
  if (hit !== undefined) return hit;
  const compiled = compile(source);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(source, compiled);
  return compiled;
}

function compile(source: string): RegExp | Error {
  let flags = '';
  let body = source;
  const inline = /^\(\?([imx]+)\)/.exec(body);
  if (inline?.[1] !== undefined) {
    if (inline[1].includes('x')) return new Error('inline flag (?x) is not supported');
    if (inline[1].includes('i')) flags += 'i';
    // Ruby's (?m) means "dot matches newline".
    if (inline[1].includes('m')) flags += 's';
    body = body.slice(inline[0].length);
  }
  try {
    return new PactRegExp(`^(?:${translateRuby(body)})$`, flags);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/** Rewrites Ruby-only escapes outside character classes (and `\h` inside them). */
function translateRuby(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\' && i + 1 < src.length) {
      const n = src[i + 1];
      i++;
      if (n === 'h') out += inClass ? '0-9a-fA-F' : '[0-9a-fA-F]';
      else if (n === 'H') out += inClass ? '\\s\\S' : '[^0-9a-fA-F]';
      else if (n === 'A' && !inClass) out += '^';
      else if ((n === 'z' || n === 'Z') && !inClass) out += '$';
      else out += `\\${n}`;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** Whole-string test; `undefined` when it matches, else the pact mismatch message. */
export function regexMismatch(source: string, actual: string): string | undefined {
  const re = compilePactRegex(source);
  if (re instanceof Error) return `'${source}' is not a valid regular expression - ${re.message}`;
  const outcome = re instanceof PactRegExp ? re.wholeMatch(actual) : re.test(actual);
  if (outcome === true) return undefined;
  if (outcome === false) return `Expected '${actual}' to match '${source}'`;
  return `Expected '${actual}' to match '${source}', but it was not matched: ${outcome}`;
}
