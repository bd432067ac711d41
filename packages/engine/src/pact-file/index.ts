// Public exports of the pact-file layer (re-exported by src/index.ts).
export { writePactToDir, type WritePactOptions } from './write.js';
export { mergePactDirectories } from './merge-dirs.js';
