// Public exports of the server layer (re-exported by src/index.ts).
export { startMockServer, type StartOptions, type RunningMockServer } from './start.js';
export type { LogSink } from './logger.js';
