import { PactwrightError } from '@pactwright/engine';

/**
 * `pact` was used where no Pactwright session runs: outside a Vitest test file, or in a project
 * whose config lacks the `pactwright()` plugin, or before `beforeAll` started the file's server.
 */
export class PactNotRunningError extends PactwrightError {}
