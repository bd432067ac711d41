import type { HttpRequest } from '../model/types.js';
import { compareHttpRequest, withBodyProblem, type RequestMatch } from '../matching/request-match.js';
import { DEFAULT_LIMITS, type InputLimits } from '../model/limits.js';
import type { PreparedInteraction } from './prepared-interaction.js';

/** What a mock does with one request. */
export type Selection =
  | { kind: 'match'; entry: PreparedInteraction }
  | { kind: 'mismatch'; entry: PreparedInteraction; match: RequestMatch }
  | { kind: 'not-found' };

/**
 * Interactions indexed by method and literal path so that a request only runs the matcher against
 * the few interactions it can match. Interactions whose method or path is governed by a matching
 * rule cannot be indexed by value and are checked for every request (the fallback list).
 */
export class InteractionIndex {
  /** A path with a single interaction (the usual case) holds the entry itself, not a one-entry list. */
  private readonly byMethodPath = new Map<string, Map<string, PreparedInteraction | PreparedInteraction[]>>();
  private readonly fallback: PreparedInteraction[] = [];
  private readonly all: PreparedInteraction[] = [];

  /** `limits` bound what matching accepts of an actual body (the server's `limits` option). */
  constructor(private readonly limits: InputLimits = DEFAULT_LIMITS) {}

  get entries(): readonly PreparedInteraction[] {
    return this.all;
  }

  add(entry: PreparedInteraction): void {
    this.all.push(entry);
    const { route } = entry;
    if (route === undefined) {
      insertRanked(this.fallback, entry);
      return;
    }
    let paths = this.byMethodPath.get(route.method);
    if (!paths) this.byMethodPath.set(route.method, (paths = new Map()));
    const held = paths.get(route.path);
    if (held === undefined) paths.set(route.path, entry);
    else if (Array.isArray(held)) insertRanked(held, entry);
    else {
      const list = [held];
      insertRanked(list, entry);
      paths.set(route.path, list);
    }
  }

  /** Rebuilds the index without the given entries. */
  remove(gone: ReadonlySet<PreparedInteraction>): void {
    const keep = this.all.filter((e) => !gone.has(e));
    this.all.length = 0;
    this.fallback.length = 0;
    this.byMethodPath.clear();
    for (const e of keep) this.add(e);
  }

  /**
   * Picks the interaction for a request: the best-scoring interaction that matches fully (ties by
   * pact order); when none does, a mismatch against the best-scoring interaction with the same
   * method and path, or "not found" when no interaction has them. Unlike the official server, a full
   * match always beats a partial one, however many headers the partial one checks, and a same-route
   * partial is reported even when a different-route one scores higher.
   */
  select(actual: HttpRequest): Selection {
    // Only filled when a candidate fails: the common first-candidate match allocates nothing.
    let tried: Map<PreparedInteraction, RequestMatch> | undefined;
    const held = this.byMethodPath.get(actual.method.toUpperCase())?.get(actual.path);
    const bucket = held === undefined ? EMPTY : Array.isArray(held) ? held : undefined;
    const bucketLength = bucket === undefined ? 1 : bucket.length;
    // Both lists are ranked (full score, then order), so the first full match is the best one.
    let i = 0;
    let j = 0;
    while (i < bucketLength || j < this.fallback.length) {
      const a = bucket === undefined ? (i === 0 ? (held as PreparedInteraction) : undefined) : bucket[i];
      const b = this.fallback[j];
      let entry: PreparedInteraction;
      if (a && (!b || ranksBefore(a, b))) {
        entry = a;
        i++;
      } else {
        entry = b as PreparedInteraction;
        j++;
      }
      const match = compare(entry, actual, this.limits);
      if (match.ok) return { kind: 'match', entry };
      (tried ??= new Map()).set(entry, match);
    }
    // Nothing indexed matched: score every interaction for the report. The matcher is the
    // authority on equality, so a full match found here (a path the index keyed differently) still wins.
    let bestFull: PreparedInteraction | undefined;
    // Unlike the official server, which reports "not found" whenever the top-scored candidate
    // differs in method or path, a request that shares its method and path with some interaction is
    // reported as a mismatch against the best of those, with details: a changed body next to a
    // same-path GET with fewer checks must not read as an unexpected request.
    let bestRoute: { entry: PreparedInteraction; match: RequestMatch; score: number } | undefined;
    for (const entry of this.all) {
      const match = tried?.get(entry) ?? compare(entry, actual, this.limits);
      if (match.ok) {
        if (!bestFull || ranksBefore(entry, bestFull)) bestFull = entry;
        continue;
      }
      if (!match.sameRoute) continue;
      const score = match.score();
      if (!bestRoute || score > bestRoute.score) bestRoute = { entry, match, score };
    }
    if (bestFull) return { kind: 'match', entry: bestFull };
    if (bestRoute) return { kind: 'mismatch', entry: bestRoute.entry, match: bestRoute.match };
    return { kind: 'not-found' };
  }
}

const EMPTY: readonly PreparedInteraction[] = [];

function compare(entry: PreparedInteraction, actual: HttpRequest, limits: InputLimits): RequestMatch {
  try {
    return compareHttpRequest(entry.expected, actual, { spec: entry.spec, limits });
  } catch (error) {
    // A matcher failure must not take the server down; it is reported as this request's problem.
    const reason = error instanceof Error ? error.message : String(error);
    return withBodyProblem(entry.interaction.request, actual, `Could not compare the request: ${reason}`);
  }
}

function ranksBefore(a: PreparedInteraction, b: PreparedInteraction): boolean {
  return a.ranksBefore(b);
}

function insertRanked(list: PreparedInteraction[], entry: PreparedInteraction): void {
  let k = list.length;
  while (k > 0 && ranksBefore(entry, list[k - 1] as PreparedInteraction)) k--;
  list.splice(k, 0, entry);
}
