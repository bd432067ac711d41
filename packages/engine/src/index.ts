// Public surface of @pactwright/engine. Each layer exposes what users need through its own index.
export * from './errors.js';
export type * from './model/types.js';
export type * from './matching/types.js';
export type * from './server/types.js';
