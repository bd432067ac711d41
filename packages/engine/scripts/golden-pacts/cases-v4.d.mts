import type { GoldenCase } from './cases.d.mts';

/** The V4-only golden interactions (pending, comments, test name, V4 matchers) built with the matchers of `M`. */
export function goldenCasesV4(M: object): GoldenCase[];
