import type { MatchResult } from './types.js';
import type { Registered } from './select-interaction.js';
import { MAX_RECORDED_PROBLEMS } from './defaults.js';

/** Counters of everything a server received (never reset). */
export interface LedgerCounts {
  requests: number;
  matched: number;
  mismatched: number;
  unexpected: number;
}

/**
 * What happened since the last reset, kept bounded: matched requests only bump counters (here and
 * on the interaction), only the problems are kept in full — and at most `limit` of them — so memory
 * stays flat however many requests a server answers.
 */
export class Ledger {
  readonly counts: LedgerCounts = { requests: 0, matched: 0, mismatched: 0, unexpected: 0 };
  private problems: MatchResult[] = [];
  private dropped = 0;

  constructor(private readonly limit = MAX_RECORDED_PROBLEMS) {}

  match(entry: Registered): void {
    this.counts.requests++;
    this.counts.matched++;
    entry.hits++;
  }

  mismatch(entry: Registered, result: MatchResult): void {
    this.counts.requests++;
    this.counts.mismatched++;
    entry.partialHits++;
    this.keep(result);
  }

  unexpected(result: MatchResult | undefined): void {
    this.counts.requests++;
    if (result === undefined) return;
    this.counts.unexpected++;
    this.keep(result);
  }

  /** Problems since the last reset, in arrival order. */
  get recorded(): readonly MatchResult[] {
    return this.problems;
  }

  /** Problems that were counted but not kept because the limit was reached. */
  get overflow(): number {
    return this.dropped;
  }

  reset(): void {
    this.problems = [];
    this.dropped = 0;
  }

  private keep(result: MatchResult): void {
    if (this.problems.length < this.limit) this.problems.push(result);
    else this.dropped++;
  }
}
