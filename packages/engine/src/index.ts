// Public surface of @pactwright/engine. Each layer lists what users need in its own index.ts.
// The core (no Node), then what runs on Node: the server, the seed API, sessions and pact files.
export * from './core.js';
export type * from './server/types.js';
export * from './server/index.js';
export * from './api.js';
export * from './session/index.js';
export * from './pact-file/index.js';
