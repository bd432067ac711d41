/**
 * Which body rule applies to a node (matching.md §3.3). A rule is a prefix matcher: it applies to
 * its node and every descendant; among the rules that apply, the highest `weight × tokenCount` wins
 * (ties: larger raw weight, then the earlier rule). A {@link RuleCursor} carries the matching state
 * down the document walk instead of re-scoring every rule against every full path, and memoises its
 * children, so after the first request the same document shape resolves without any token work.
 */
import type { RuleList } from '../../model/types.js';
import { parsePathExpression, type PathToken } from '../../model/path-expression.js';
import { compileRuleList, type CompiledRuleList } from './rule.js';

export interface PathRule {
  readonly expression: string;
  readonly tokens: readonly PathToken[];
  readonly list: CompiledRuleList;
  readonly order: number;
}

/** The rule list in force at a node, and whether it was inherited from an ancestor. */
export interface Resolved {
  readonly list: CompiledRuleList;
  readonly cascaded: boolean;
  readonly expression: string;
}

interface Alive {
  readonly rule: PathRule;
  /** Product of the weights of the tokens consumed so far. */
  readonly weight: number;
}

interface Candidate {
  readonly rule: PathRule;
  readonly weight: number;
  readonly score: number;
}

const CHILD_CACHE_LIMIT = 256;

/** Compiles path-keyed rules; `dropStarIndex` implements D3 for XML bodies. */
export function compilePathRules(rules: Record<string, RuleList> | undefined, dropStarIndex = false): PathRule[] {
  const out: PathRule[] = [];
  if (rules === undefined) return out;
  let order = 0;
  for (const expression of Object.keys(rules)) {
    const list = rules[expression];
    if (list === undefined) continue;
    const parsed = parsePathExpression(expression);
    // A rule whose path cannot be parsed is rejected (it would otherwise apply nowhere anyway).
    if (parsed instanceof Error) continue;
    const tokens = dropStarIndex ? parsed.filter((t) => t.kind !== 'star-index') : parsed;
    out.push({ expression, tokens, list: compileRuleList(list), order: order++ });
  }
  return out;
}

function tokenWeight(token: PathToken | undefined, segment: string): number {
  if (token === undefined) return 0;
  switch (token.kind) {
    case 'root':
      return segment === '$' ? 2 : 0;
    case 'field':
      return token.name === segment ? 2 : 0;
    case 'index':
      return isIndexSegment(segment) && Number(segment) === token.index ? 2 : 0;
    case 'star-index':
      return isIndexSegment(segment) || segment === '[*]' ? 1 : 0;
    case 'star':
      return 1;
  }
}

function isIndexSegment(segment: string): boolean {
  if (segment.length === 0) return false;
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function better(a: Candidate | undefined, b: Candidate | undefined): Candidate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (a.score !== b.score) return a.score > b.score ? a : b;
  if (a.weight !== b.weight) return a.weight > b.weight ? a : b;
  return a.rule.order <= b.rule.order ? a : b;
}

/** Rule-resolution state at one node of a document walk. */
export class RuleCursor {
  private children: Map<string, RuleCursor> | undefined;
  private indexChild: RuleCursor | undefined;
  private anyIndexChild: RuleCursor | undefined;
  private otherKeyChild: RuleCursor | undefined;
  private readonly fieldNames: ReadonlySet<string>;
  private readonly indexInsensitive: boolean;
  private readonly resolved: Resolved | undefined;

  private constructor(
    private readonly alive: readonly Alive[],
    private readonly inherited: Candidate | undefined,
    exact: Candidate | undefined,
    /** Position of the next token to consume in every alive rule (= depth of this node + 1). */
    private readonly depth: number,
  ) {
    this.indexInsensitive = alive.every((a) => {
      const t = a.rule.tokens[depth];
      return t === undefined || t.kind === 'star' || t.kind === 'star-index' || (t.kind === 'field' && !isIndexSegment(t.name));
    });
    const names = new Set<string>();
    for (const a of alive) {
      const t = a.rule.tokens[depth];
      if (t?.kind === 'field') names.add(t.name);
    }
    this.fieldNames = names;
    const best = better(exact, inherited);
    this.resolved = best && { list: best.rule.list, cascaded: best !== exact, expression: best.rule.expression };
  }

  /** The cursor for the document root `$`. */
  static root(rules: readonly PathRule[]): RuleCursor {
    return new RuleCursor(
      rules.map((rule) => ({ rule, weight: 1 })),
      undefined,
      undefined,
      0,
    ).descend('$');
  }

  /** A cursor where only `list` is in force, for this node's children and below (eachValue). */
  static only(list: CompiledRuleList, expression: string): RuleCursor {
    const rule: PathRule = { expression, tokens: [{ kind: 'star' }], list, order: 0 };
    return new RuleCursor([{ rule, weight: 1 }], undefined, undefined, 0);
  }

  /** A cursor with no rules at all. */
  static readonly EMPTY = new RuleCursor([], undefined, undefined, 0);

  /** The best rule list here, or `undefined` when no rule resolves. */
  best(): Resolved | undefined {
    return this.resolved;
  }

  /** The state for a child node (`segment` = key, index digits, XML name, `@attr`, `#text`). */
  child(segment: string): RuleCursor {
    if (this.alive.length === 0) {
      // Nothing left to consume: every descendant has the same resolution (inherited only).
      if (this.resolved === undefined || this.resolved.cascaded) return this;
      this.indexChild ??= new RuleCursor([], this.inheritedForChildren(), undefined, this.depth + 1);
      return this.indexChild;
    }
    if (this.indexInsensitive && isIndexSegment(segment)) {
      // No alive rule looks at which index this is: all elements share one child state.
      this.anyIndexChild ??= this.descend(segment);
      return this.anyIndexChild;
    }
    if (!isIndexSegment(segment) && segment !== '[*]' && !this.fieldNames.has(segment)) {
      // A key no alive rule names: only wildcards can match it, so every such key shares one state
      // (this also bounds the memo to the rule names, whatever keys requests carry).
      this.otherKeyChild ??= this.descend(segment);
      return this.otherKeyChild;
    }
    let cached = this.children?.get(segment);
    if (cached === undefined) {
      cached = this.descend(segment);
      this.children ??= new Map();
      if (this.children.size < CHILD_CACHE_LIMIT) this.children.set(segment, cached);
    }
    return cached;
  }

  private inheritedForChildren(): Candidate | undefined {
    // The exact winner here becomes an inherited candidate for every descendant.
    const r = this.resolved;
    if (r === undefined) return this.inherited;
    return better(this.inherited, this.exactCandidate);
  }

  private exactCandidate: Candidate | undefined;

  private descend(segment: string): RuleCursor {
    const alive: Alive[] = [];
    let exact: Candidate | undefined;
    for (const a of this.alive) {
      const w = tokenWeight(a.rule.tokens[this.depth], segment);
      if (w === 0) continue;
      const weight = a.weight * w;
      if (a.rule.tokens.length === this.depth + 1) {
        exact = better(exact, { rule: a.rule, weight, score: weight * a.rule.tokens.length });
      } else {
        alive.push({ rule: a.rule, weight });
      }
    }
    const inherited = this.depth === 0 ? undefined : this.inheritedForChildren();
    const next = new RuleCursor(alive, inherited, exact, this.depth + 1);
    next.exactCandidate = exact;
    return next;
  }
}
