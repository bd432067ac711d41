// `@pactwright/engine/matchers`: the Pact matchers alone, the one list every adapter re-exports
// (`export * from '@pactwright/engine/matchers'`), so a test needs one import.
export * from './dsl/matchers/index.js';
/** Every matcher under one name, as Pact JS exports them: `MatchersV3.like({ id: MatchersV3.integer(1) })`. */
export * as MatchersV3 from './dsl/matchers/index.js';
/** The same matchers under Pact JS's older name: `Matchers.eachLike('admin')`. */
export * as Matchers from './dsl/matchers/index.js';
/** The regular expressions of the format matchers (`email`, `uuid`, …), under Pact JS's names. */
export * from './dsl/matchers/formats.js';
