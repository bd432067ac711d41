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

class Comparison implements RequestMatch {
  readonly query: ReadonlyMap<string, readonly Mismatch[]>;
  readonly headers: ReadonlyMap<string, readonly Mismatch[]>;
  readonly ok: boolean;
  readonly sameRoute: boolean;
  private ordered: Mismatch[] | undefined;

  constructor(
    readonly expected: HttpRequest,
    readonly actual: HttpRequest,
    readonly method: readonly Mismatch[],
    readonly path: readonly Mismatch[],
    query: readonly Mismatch[],
    headers: readonly Mismatch[],
    readonly body: readonly Mismatch[],
  ) {
    this.query = grouped(query, (m) => (m.type === 'QueryMismatch' ? m.parameter : ''));
    this.headers = grouped(headers, (m) => (m.type === 'HeaderMismatch' ? m.key.toLowerCase() : ''));
    this.sameRoute = method.length === 0 && path.length === 0;
    this.ok = this.sameRoute && query.length === 0 && headers.length === 0 && body.length === 0;
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
    this.ordered ??= orderMismatches([...this.method, ...this.path, ...[...this.query.values()].flat(), ...[...this.headers.values()].flat(), ...this.body]);
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
