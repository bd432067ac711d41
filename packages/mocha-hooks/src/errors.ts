import { PactwrightError } from '@pactwright/engine';

/**
 * `pact` was used where no Pactwright session runs: in a Mocha run without
 * `--require @pactwright/mocha-hooks`, or outside tests and hooks (at a test file's top level).
 */
export class PactNotRunningError extends PactwrightError {}
