// Public exports of the dsl layer (re-exported by src/index.ts).
import * as MatchersV3 from './matchers/index.js';

export * from './matchers/index.js';
/** Every matcher under one name, as Pact JS exports them (`MatchersV3.like(...)`). */
export { MatchersV3, MatchersV3 as Matchers };
export { PactBuilder, interactionBuilder, assertBuilderComplete } from './builder.js';
export type { DslRequest, DslResponse, DslInteraction, DslState, DslStringValue } from './builder.js';
export { compileIntegrationJson } from './compile.js';
export type { CompiledValue, DslCategory } from './compile.js';
export type { JsonSafe } from './json-safe.js';
