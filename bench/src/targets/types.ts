/**
 * The three servers the bench compares, and `baseline`: this engine at another commit, added by
 * `--baseline=<revision>` (src/baseline.ts).
 */
export type TargetName = 'pactwright' | 'rust' | 'ceiling' | 'baseline';
export const TARGETS: readonly TargetName[] = ['pactwright', 'rust', 'ceiling'];

/** One running server of a target, as the child process drives it. */
export interface BenchServer {
  readonly port: number;
  /**
   * Problems the server recorded (mismatches, unexpected requests), as text. Interactions that
   * were never called are not problems here: W4 calls one interaction out of 200 on purpose.
   */
  problems(): string[];
  /** Requests the server counted as matched, where it exposes that count. */
  matchedCount(): number | undefined;
  close(): Promise<void>;
}

/** What a target can do: serve a pact, and run one start+stop cycle for W1. */
export interface Target {
  start(pactText: string): Promise<BenchServer>;
  /** One W1 cycle: load the pact JSON text, start a server holding it, stop it. */
  cycle(pactText: string): Promise<void>;
}
