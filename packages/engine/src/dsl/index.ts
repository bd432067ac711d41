// Public exports of the dsl layer (re-exported by src/index.ts).
export * from './matchers/index.js';
/** Every matcher under one name, as Pact JS exports them: `MatchersV3.like({ id: MatchersV3.integer(1) })`. */
export * as MatchersV3 from './matchers/index.js';
/** The same matchers under Pact JS's older name: `Matchers.eachLike('admin')`. */
export * as Matchers from './matchers/index.js';
export { PactBuilder } from './builder.js';
export type { DslRequest, DslResponse, DslInteraction, DslOptions, DslState, DslStringValue, DslV4Fields } from './builder.js';
export { compileIntegrationJson } from './compile.js';
export type { CompiledValue, DslCategory, DslLimits } from './compile.js';
export type { JsonSafe } from './json-safe.js';
