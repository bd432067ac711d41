// `@pactwright/engine/dsl`: the consumer DSL alone (the builder, the matchers and the errors), with
// no server, matching or pact files. It is for a test process whose mock server runs in another
// process: the Vitest plugin's isolated test files load this (about 80 KB, as its own bundle with
// the code cache: scripts/write-node-entries.mjs) instead of the whole engine, and their servers
// run in Vitest's main process.
export * from './errors.js';
export * from './matchers.js';
export { PactBuilder } from './dsl/builder.js';
export type { DslRequest, DslResponse, DslInteraction, DslOptions, DslState, DslStringValue, DslV4Fields } from './dsl/builder.js';
export { isDslObjectForm } from './dsl/object-form.js';
export type { JsonSafe } from './dsl/json-safe.js';
export type { HttpInteraction } from './model/types.js';
export { forwardingPact } from './runner/forwarding-pact.js';
export type { PactTarget } from './runner/forwarding-pact.js';
export type { PactHandle } from './session/types.js';
export { colorEnabled } from './report/palette.js';
export { PACT_MOCK } from './mock/interception.js';
export { flushCodeCache } from './code-cache-flush.js';
