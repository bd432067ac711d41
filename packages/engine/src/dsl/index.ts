// Public exports of the dsl layer (re-exported by src/index.ts).
export { PactBuilder } from './builder.js';
export type { DslRequest, DslResponse, DslInteraction, DslOptions, DslState, DslStringValue, DslV4Fields } from './builder.js';
export { compileIntegrationJson } from './compile.js';
export type { CompiledValue, DslCategory, DslLimits } from './compile.js';
export type { JsonSafe } from './json-safe.js';
