// Public exports of the session layer (re-exported by src/index.ts).
export { createPactSession } from './create-session.js';
export type { CreatePactSessionContext } from './create-session.js';
export { resolvePactwrightOptions, pactwrightEnvVars, pactwrightOptionNames, pactwrightDefaults } from './options.js';
export type { OptionSource, PactwrightOptionName, ResolveOptionsInput } from './options.js';
export type { EndTestOptions, FileOutcome, FinishOptions, PactHandle, PactSession, PactwrightOptions, ResolvedPactwrightOptions } from './types.js';
