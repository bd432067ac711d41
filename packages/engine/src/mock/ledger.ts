import type { PreparedInteraction } from './prepared-interaction.js';
import type { Outcome, Problem } from './outcome.js';

/** Counters of everything a mock received (never reset). */
export interface LedgerCounts {
  requests: number;
  matched: number;
  mismatched: number;
  unexpected: number;
}

/** How many non-matching requests are kept in full by default; past it only a count is kept. */
export const MAX_RECORDED_PROBLEMS = 1_000;

/**
 * The one record of what a mock received: how often each prepared interaction was answered or
 * came closest to a request that failed, and the problems in arrival order since the last reset.
 * Kept bounded: a match only bumps counters, and at most `limit` problems are kept in full, so
 * memory stays flat however many requests a mock answers.
 */
export class Ledger {
  readonly counts: LedgerCounts = { requests: 0, matched: 0, mismatched: 0, unexpected: 0 };
  private readonly hitCounts = new Map<PreparedInteraction, { full: number; partial: number }>();
  private problems: Problem[] = [];
  private dropped = 0;

  constructor(private readonly limit = MAX_RECORDED_PROBLEMS) {}

  /** Records one request's outcome. A CORS pre-flight nobody described is counted, not kept. */
  record(outcome: Outcome | { kind: 'pre-flight' }): void {
    this.counts.requests++;
    switch (outcome.kind) {
      case 'pre-flight':
        return;
      case 'matched':
        this.counts.matched++;
        this.hits(outcome.interaction).full++;
        return;
      case 'mismatched':
        this.counts.mismatched++;
        this.hits(outcome.interaction).partial++;
        this.keep(outcome);
        return;
      case 'unexpected':
        this.counts.unexpected++;
        this.keep(outcome);
        return;
    }
  }

  /** Requests answered with this interaction. */
  answered(interaction: PreparedInteraction): number {
    return this.hitCounts.get(interaction)?.full ?? 0;
  }

  /** True when no request reached this interaction, not even as a near miss: it is missing. */
  untouched(interaction: PreparedInteraction): boolean {
    const hits = this.hitCounts.get(interaction);
    return hits === undefined || (hits.full === 0 && hits.partial === 0);
  }

  /** Problems since the last reset, in arrival order. */
  get recorded(): readonly Problem[] {
    return this.problems;
  }

  /** Problems that were counted but not kept because the limit was reached. */
  get overflow(): number {
    return this.dropped;
  }

  /** Forgets the problems (a test's verification has read them). */
  reset(): void {
    this.problems = [];
    this.dropped = 0;
  }

  /** Forgets the counts of interactions that are no longer served. */
  forget(interactions: Iterable<PreparedInteraction>): void {
    for (const interaction of interactions) this.hitCounts.delete(interaction);
  }

  private hits(interaction: PreparedInteraction): { full: number; partial: number } {
    let hits = this.hitCounts.get(interaction);
    if (hits === undefined) this.hitCounts.set(interaction, (hits = { full: 0, partial: 0 }));
    return hits;
  }

  private keep(problem: Problem): void {
    if (this.problems.length < this.limit) this.problems.push(problem);
    else this.dropped++;
  }
}
