// Everything the engine's Node entries export (`.`, `./runner`, `./matchers`), bundled once as
// dist/node.cjs. Each entry is a generated facade over this one bundle (scripts/write-node-entries.mjs),
// so ES module and CommonJS users share one copy of the engine, and the bundle can be compiled
// with V8's code cache (./load.ts).
export * from '../index.js';
export * from '../runner/index.js';
export * from '../matchers.js';
