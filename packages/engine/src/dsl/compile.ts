import { DslError } from '../errors.js';
import type { Generator, JsonValue, MatchingRule, RuleList } from '../model/types.js';
import { isMatcher } from './matchers/reify.js';
import { generatorOfMatcher, ruleOfMatcher } from './rule-of-matcher.js';
import { isDate, isPlainObject } from './plain-value.js';
import { assertDslDepth } from './value-depth.js';
import { DEFAULT_MAX_DEPTH } from '../model/limits.js';
import { lazyPattern } from '../model/lazy-pattern.js';

/** How deeply a value given to the DSL may nest (the `limits.maxDepth` option; default 128). */
export interface DslLimits {
  readonly maxDepth?: number;
}

/** Which part of a request/response a value belongs to (decides what the example may be). */
export type DslCategory = 'body' | 'path' | 'query' | 'header' | 'status';

/** An integration-JSON tree split into what a pact holds. Keys are path expressions (`$`, `$.items[*].id`). */
export interface CompiledValue {
  example: JsonValue;
  rules: Record<string, RuleList>;
  generators: Record<string, Generator>;
}

/** A place in the value: its path expression, or why none can be written for it. */
interface Place {
  expr: string;
  /** Set when a key on the way cannot be written in a path expression (it contains `'`). */
  unwritable?: string;
}

// Keys the Pact core writes in dot form; everything else goes in brackets (`$['key with space']`).
const IDENTIFIER = lazyPattern(() => /^[\p{L}_][\p{L}\p{N}_]*$/u);
const ASCII_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Printable ASCII: a key with anything else (control characters too) goes to the Unicode pattern.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

// Most keys are ASCII, and then the plain pattern decides: the Unicode one costs about a
// millisecond to build and compile, in every isolated test file that uses it.
function isIdentifier(key: string): boolean {
  return PRINTABLE_ASCII.test(key) ? ASCII_IDENTIFIER.test(key) : IDENTIFIER().test(key);
}

function field(at: Place, key: string): Place {
  if (key.includes("'")) return { expr: `${at.expr}['${key}']`, unwritable: at.unwritable ?? key };
  const expr = isIdentifier(key) ? `${at.expr}.${key}` : `${at.expr}['${key}']`;
  return at.unwritable === undefined ? { expr } : { expr, unwritable: at.unwritable };
}

function child(at: Place, suffix: string): Place {
  return at.unwritable === undefined ? { expr: at.expr + suffix } : { expr: at.expr + suffix, unwritable: at.unwritable };
}

class Collector {
  readonly rules = new Map<string, MatchingRule[]>();
  readonly generators = new Map<string, Generator>();
  /** Objects on the way down from the root, to report a cycle instead of overflowing the stack. */
  private readonly ancestors = new Set<object>();
  constructor(
    private readonly category: DslCategory,
    private readonly maxDepth: number,
  ) {}

  private where(at: Place): string {
    return this.category === 'body' ? `body ${at.expr}` : this.category;
  }

  private check(at: Place): void {
    if (at.unwritable !== undefined) {
      throw new DslError(`${this.where(at)}: a matcher under the key ${JSON.stringify(at.unwritable)} cannot be written to a pact (path expressions cannot contain ')`);
    }
  }

  addRule(at: Place, rule: MatchingRule): void {
    this.check(at);
    const list = this.rules.get(at.expr);
    // One entry per occurrence, as the Pact core writes (eachLike(x, 2) lists x's rules twice).
    if (list) list.push(rule);
    else this.rules.set(at.expr, [rule]);
  }

  addGenerator(at: Place, g: Generator): void {
    this.check(at);
    this.generators.set(at.expr, g);
  }

  walk(node: unknown, at: Place, keysAsStar = false): JsonValue {
    if (typeof node !== 'object' || node === null) return this.leaf(node, at);
    if (this.ancestors.has(node)) throw new DslError(`${this.where(at)} refers back to itself (a cycle), which JSON cannot hold`);
    this.ancestors.add(node);
    try {
      return this.branch(node, at, keysAsStar);
    } finally {
      this.ancestors.delete(node);
    }
  }

  private leaf(node: unknown, at: Place): JsonValue {
    if (node === null || typeof node === 'string' || typeof node === 'boolean') return node;
    if (typeof node === 'number') {
      if (Number.isFinite(node)) return node;
      throw new DslError(`${this.where(at)}: ${node} cannot be written as JSON`);
    }
    throw new DslError(`${this.where(at)} is ${describe(node)}, which is not JSON`);
  }

  private branch(node: object, at: Place, keysAsStar: boolean): JsonValue {
    if (isMatcher(node)) return this.matcher(node, at);
    if (Array.isArray(node)) return node.map((v, i) => this.walk(v, child(at, `[${i}]`)));
    if (isPlainObject(node)) {
      const out: { [key: string]: JsonValue } = {};
      for (const [k, v] of Object.entries(node)) {
        if (v === undefined) throw new DslError(`${this.where(field(at, k))} is undefined, which JSON cannot hold (leave the key out instead)`);
        // defineProperty: a "__proto__" key must stay a key, not replace the prototype.
        Object.defineProperty(out, k, { value: this.walk(v, keysAsStar ? child(at, '.*') : field(at, k)), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    throw new DslError(`${this.where(at)} is ${describe(node)}, which is not JSON${isDate(node) ? ' (use a string, e.g. date.toISOString())' : ''}`);
  }

  private matcher(m: Record<string, unknown>, at: Place): JsonValue {
    const type = m['pact:matcher:type'];
    const label = `${this.where(at)} (${String(type)} matcher)`;
    if (type === 'arrayContains') return this.arrayContains(m, at, label);
    this.addRule(at, ruleOfMatcher(m, label));
    const generator = generatorOfMatcher(m, label);
    if (generator) this.addGenerator(at, generator);
    const value = m['value'];
    if (value === undefined) throw new DslError(`${label}: the matcher has no example 'value'`);
    // The matchers inside the example keep their own rules, as Pact JS writes them: under the
    // example's keys for eachKey (`$.widgets['WIDGET-001'].name`), under every key for eachValue
    // (`$.stock.*.count`). Without them the provider would be held to the example's exact values.
    if (type === 'eachKey') return this.walk(value, at);
    if (type === 'eachValue') return this.walk(value, at, isPlainObject(value) && !isMatcher(value));
    if (Array.isArray(value)) return value.map((v) => this.walk(v, child(at, '[*]')));
    if (type === 'values' && typeof value === 'object' && value !== null && !isMatcher(value)) {
      return this.walk(value, at, true);
    }
    return this.walk(value, at);
  }

  private arrayContains(m: Record<string, unknown>, at: Place, label: string): JsonValue {
    const variants = m['variants'];
    if (!Array.isArray(variants) || variants.length === 0) throw new DslError(`${label}: needs a non-empty 'variants' array`);
    const compiled = variants.map((v) => compileIntegrationJson(v, 'body', { maxDepth: this.maxDepth }));
    this.addRule(at, {
      match: 'arrayContains',
      variants: compiled.map((c, index) => ({
        index,
        rules: c.rules,
        ...(Object.keys(c.generators).length > 0 ? { generators: c.generators } : {}),
      })),
    });
    return compiled.map((c) => c.example);
  }
}


function describe(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'function') return 'a function';
  if (typeof v === 'object' && v !== null) return `a ${v.constructor?.name ?? 'non-plain'} object`;
  return `a ${typeof v}`;
}

/**
 * Compiles a value that may contain matchers (ours or Pact JS's integration JSON) into its
 * example, its V3 matching rules and its generators, keyed by path expression exactly as Pact JS
 * (through the Pact core) writes them: `$.items` for an `eachLike` with its `min`, the element's
 * rules under `$.items[*]`, plain array elements by index (`$.a[0]`), awkward keys in brackets
 * (`$['key with space']`). For `path`, `query`, `header` and `status` only `$` can carry rules
 * and the example must be a string (a status: an integer).
 */
export function compileIntegrationJson(value: unknown, category: DslCategory = 'body', options: DslLimits = {}): CompiledValue {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  assertDslDepth(value, category, maxDepth);
  const c = new Collector(category, maxDepth);
  const example = c.walk(value, { expr: '$' });
  if (category !== 'body') {
    if (category === 'status' ? !Number.isInteger(example) : typeof example !== 'string') {
      throw new DslError(`${category}: the value must be ${category === 'status' ? 'an integer status code' : 'a string'}, got ${JSON.stringify(example)}`);
    }
    const nested = [...c.rules.keys(), ...c.generators.keys()].find((k) => k !== '$');
    if (nested !== undefined) throw new DslError(`${category}: matchers can only apply to the whole value, not to ${nested}`);
  }
  const rules: Record<string, RuleList> = {};
  for (const [k, matchers] of c.rules) rules[k] = { combine: 'AND', matchers };
  return { example, rules, generators: Object.fromEntries(c.generators) };
}
