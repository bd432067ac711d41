// Public exports of the report layer (re-exported by src/index.ts).
export { formatMismatches } from './format-mismatches.js';
export type { FormatMismatchesOptions } from './format-mismatches.js';
export { formatProblems } from './format-mismatches.js';
export type { FormatProblemsOptions } from './format-mismatches.js';
