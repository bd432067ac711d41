// What every body comparator needs to know about the comparison it is part of.
import type { CompiledRules } from '../rules/compile.js';
import type { RuleCursor } from '../rules/select.js';
import type { InputLimits } from '../../model/limits.js';
import type { MatchMemo } from '../match-memo.js';

export interface BodyContext {
  /** Requests are strict about unexpected keys, attributes, children (matching.md §2.0). */
  readonly strict: boolean;
  readonly rules: CompiledRules;
  /** Body rules re-rooted for this (part of the) body; multipart parts re-root under `$.<part>`. */
  readonly cursor: RuleCursor;
  /** Prefix for messages of nested bodies (`MIME part 'x': `). */
  readonly prefix: string;
  /** Bounds on the actual body: deeper or wider bodies are a mismatch, never a walk. */
  readonly limits: InputLimits;
  /** What is worked out once per expected body (owned by the prepared expectation). */
  readonly memo: MatchMemo;
}
