// `@pactwright/engine/core`: the engine without Node — the model, matching, generators, the DSL and
// its matchers, the mock without a transport, and the readable reports. It is what runs in a
// browser page or a service worker (the msw transport, Vitest browser mode), built for the browser
// platform so that a Node import fails the build instead of the page.
export * from './errors.js';
export type * from './model/types.js';
export type * from './matching/types.js';
export * from './model/index.js';
export * from './matching/index.js';
export * from './generators/index.js';
export * from './dsl/index.js';
export * from './matchers.js';
export * from './mock/index.js';
export * from './report/index.js';
export { provideDependencies, LAZY_DEPENDENCIES, type LazyDependency } from './load-on-first-use.js';
export { closestName } from './model/closest-name.js';
// The handle an adapter session gives tests (a type only: sessions themselves run on Node).
export type { PactHandle } from './session/types.js';
