// Public exports of the model layer (re-exported by src/index.ts). Other layers import the
// helpers they need from the individual modules.
export { parsePact } from './parse.js';
export { serializePact, type SerializeOptions } from './serialize.js';
export { SPEC_VERSIONS, WRITABLE_SPECS, type WritableSpec, type WritableSpecVersion } from './spec-version.js';
