import type { GoldenCase } from './cases.d.mts';

/** The V2 golden interactions built with `M`'s `like`, `eachLike(value, { min })` and `term({ generate, matcher })`. */
export function goldenCasesV2(M: object): GoldenCase[];
