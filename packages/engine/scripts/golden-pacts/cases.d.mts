import type { DslInteraction } from '../../src/dsl/index.js';

/** One golden pact: the provider name Pact JS wrote it under, and its interactions (Pact JS `addInteraction` form). */
export interface GoldenCase {
  provider: string;
  interactions: GoldenInteraction[];
}

export type GoldenInteraction = DslInteraction;

/** The golden interactions built with the matchers of `M` (Pact JS's or Pactwright's `MatchersV3`). */
export function goldenCases(M: object): GoldenCase[];

export const GOLDEN_DIR: string;
