/**
 * The outcome of comparing one request with one expected request, kept per part (method, path,
 * query, headers, body) with the values that were compared. Selection ranks candidates by its
 * `score()`; the official mismatch list is `mismatches()`, in the one order (mismatch-order.ts).
 */
import type { HttpRequest, SpecVersion } from '../model/types.js';
import type { InputLimits } from '../model/limits.js';
import type { Mismatch } from './types.js';
import { matchBody } from './body/match-body.js';
import { matchHeaders } from './headers.js';
import { matchMethod } from './method.js';
import { orderMismatches } from './mismatch-order.js';
import { withPlainValues } from './shown-values.js';
import { matchPath } from './path.js';
import { matchQuery } from './query.js';
import { prepareRequest, type PreparedRequest } from './prepared-request.js';

/** A comparison of an actual request with an expected one. */
export interface RequestMatch {
  /** The request that was expected, and the one received (decoded: query map, header lists, body bytes). */
  readonly expected: HttpRequest;
  readonly actual: HttpRequest;
  readonly method: readonly Mismatch[];
  readonly path: readonly Mismatch[];
  /** Problems per query parameter; a parameter without problems is absent. */
  readonly query: ReadonlyMap<string, readonly Mismatch[]>;
  /** Problems per header, by lower-cased name; a header without problems is absent. */
  readonly headers: ReadonlyMap<string, readonly Mismatch[]>;
  readonly body: readonly Mismatch[];
  /** True when nothing differs. */
  readonly ok: boolean;
  /** True when method and path agree (the request was meant for this route). */
  readonly sameRoute: boolean;
  /**
   * The official selection score (matching.md §2.3): method and path ±1, each expected or failing
   * query parameter and header ±1, −1 per body problem.
   */
  score(): number;
  /** Every problem, in the one order. */
  mismatches(): Mismatch[];
}

function grouped<K extends string>(mismatches: readonly Mismatch[], key: (mismatch: Mismatch) => K): Map<K, Mismatch[]> {
  const out = new Map<K, Mismatch[]>();
  for (const mismatch of mismatches) {
    const k = key(mismatch);
    const list = out.get(k);
    if (list === undefined) out.set(k, [mismatch]);
    else list.push(mismatch);
  }
  return out;
}

const NO_PROBLEMS: ReadonlyMap<string, readonly Mismatch[]> = new Map();

class Comparison implements RequestMatch {
  readonly ok: boolean;
  readonly sameRoute: boolean;
  private ordered: Mismatch[] | undefined;
  private queryByName: ReadonlyMap<string, readonly Mismatch[]> | undefined;
  private headersByName: ReadonlyMap<string, readonly Mismatch[]> | undefined;

  constructor(
    readonly expected: HttpRequest,
    readonly actual: HttpRequest,
    readonly method: readonly Mismatch[],
    readonly path: readonly Mismatch[],
    private readonly queryList: readonly Mismatch[],
    private readonly headerList: readonly Mismatch[],
    readonly body: readonly Mismatch[],
  ) {
    this.sameRoute = method.length === 0 && path.length === 0;
    this.ok = this.sameRoute && queryList.length === 0 && headerList.length === 0 && body.length === 0;
    // A match (the request path's common case) has nothing to group or describe.
    if (!this.ok) for (const part of [method, path, queryList, headerList, body]) withPlainValues(part);
  }

  get query(): ReadonlyMap<string, readonly Mismatch[]> {
    if (this.queryList.length === 0) return NO_PROBLEMS;
    return (this.queryByName ??= grouped(this.queryList, (m) => (m.type === 'QueryMismatch' ? m.parameter : '')));
  }

  get headers(): ReadonlyMap<string, readonly Mismatch[]> {
    if (this.headerList.length === 0) return NO_PROBLEMS;
    return (this.headersByName ??= grouped(this.headerList, (m) => (m.type === 'HeaderMismatch' ? m.key.toLowerCase() : '')));
  }

  score(): number {
    let score = (this.method.length > 0 ? -1 : 1) + (this.path.length > 0 ? -1 : 1) - this.body.length;
    const queryNames = new Set([...Object.keys(this.expected.query ?? {}), ...this.query.keys()]);
    for (const name of queryNames) score += this.query.has(name) ? -1 : 1;
    const headerNames = new Set([...Object.keys(this.expected.headers ?? {}).map((name) => name.toLowerCase()), ...this.headers.keys()]);
    for (const name of headerNames) score += this.headers.has(name) ? -1 : 1;
    return score;
  }

  mismatches(): Mismatch[] {
    this.ordered ??= orderMismatches([...this.method, ...this.path, ...this.queryList, ...this.headerList, ...this.body]);
    return [...this.ordered];
  }
}

/**
 * Compares a normalized actual request with an expected one, part by part. An expected request
 * matched many times is prepared once (`prepareRequest`) and passed as such.
 */
export function compareHttpRequest(prepared: PreparedRequest | HttpRequest, actual: HttpRequest, options: { spec: SpecVersion; limits?: InputLimits }): RequestMatch {
  const { request: expected, rules, memo } = 'rules' in prepared && 'memo' in prepared ? prepared : prepareRequest(prepared);
  return new Comparison(
    expected,
    actual,
    matchMethod(expected.method, actual.method),
    matchPath(expected.path, actual.path, rules.path),
    matchQuery(expected, actual, rules.query, options.spec),
    matchHeaders(expected.headers, actual.headers, rules.header),
    matchBody({ body: expected.body, headers: expected.headers }, { body: actual.body, headers: actual.headers }, rules, true, options.limits, memo),
  );
}

/**
 * A comparison whose body could not be compared, or was not usable (too large, truncated, a matcher
 * failure): the other parts as compared (or none), and the body's problem.
 */
export function withBodyProblem(expected: HttpRequest, actual: HttpRequest, problem: string, compared?: RequestMatch): RequestMatch {
  const body: Mismatch = { type: 'BodyMismatch', path: '/', expected: null, actual: null, mismatch: problem };
  const flat = (map: ReadonlyMap<string, readonly Mismatch[]> | undefined): Mismatch[] => [...(map?.values() ?? [])].flat();
  return new Comparison(expected, actual, compared?.method ?? [], compared?.path ?? [], flat(compared?.query), flat(compared?.headers), [body]);
}
