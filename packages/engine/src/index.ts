// Public surface of @pactwright/engine. Each layer lists what users need in its own index.ts.
export * from './errors.js';
export type * from './model/types.js';
export type * from './matching/types.js';
export type * from './server/types.js';
export * from './model/index.js';
export * from './matching/index.js';
export * from './generators/index.js';
export * from './dsl/index.js';
export * from './matchers.js';
export * from './mock/index.js';
export * from './server/index.js';
export * from './api.js';
export * from './session/index.js';
export * from './pact-file/index.js';
export * from './report/index.js';
export { provideDependencies, LAZY_DEPENDENCIES, type LazyDependency } from './load-on-first-use.js';
export { closestName } from './model/closest-name.js';
