/** One golden pact: the provider name Pact JS wrote it under, and its interactions (Pact JS `addInteraction` form). */
export interface GoldenCase {
  provider: string;
  interactions: GoldenInteraction[];
}

export interface GoldenInteraction {
  states: { description: string; parameters?: Record<string, unknown> }[];
  uponReceiving: string;
  withRequest: { method: string; path: unknown; query?: Record<string, unknown>; headers?: Record<string, unknown>; body?: unknown };
  willRespondWith: { status: number; headers?: Record<string, unknown>; body?: unknown };
}

/** The golden interactions built with the matchers of `M` (Pact JS's or Pactwright's `MatchersV3`). */
export function goldenCases(M: object): GoldenCase[];

export const GOLDEN_DIR: string;
