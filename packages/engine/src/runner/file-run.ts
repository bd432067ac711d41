import type { PactVerificationError } from '../errors.js';
import { createPactSession } from '../session/create-session.js';
import type { CreatePactSessionContext } from '../session/create-session.js';
import type { PactSession, PactwrightOptions } from '../session/types.js';
import { registry } from './registry.js';

/** How the runner ended one test, as the adapter saw it. */
export interface TestOutcome {
  /** The runner will run this test again if it fails now (only the last attempt decides the pact). */
  willRetry?: boolean;
  /**
   * The errors the test failed with on its own, in the runner's shape (Jest's `[error, asyncError]`
   * pairs are fine): the first becomes the `cause` of the pact report.
   */
  testErrors?: readonly unknown[];
  /** The test skipped itself while running: what it registered is dropped without a verdict. */
  skipped?: boolean;
}

/**
 * One test file's run, as every adapter drives it: created when the file's options are known,
 * started in the file's first hook, one `beginTest`/`endTest` pair per test attempt, finished (or
 * aborted) at the end of the file. While started, it is the run `pact` forwards to.
 */
export class FileRun {
  readonly session: PactSession;
  #testName: string | undefined;
  #callSite: Error | undefined;
  #inTest = false;

  constructor(session: PactSession) {
    this.session = session;
  }

  /** Name of the running test, if one runs. */
  get testName(): string | undefined {
    return this.#testName;
  }

  /** True between `beginTest` and `endTest`. */
  get inTest(): boolean {
    return this.#inTest;
  }

  /** Where the running test first used `pact` (a code frame for reports made after the test). */
  get callSite(): Error | undefined {
    return this.#callSite;
  }

  /**
   * Starts the file's mock server and makes this the current run. Files of this process that are
   * still open were abandoned (a runner runs one file at a time per process or thread, so an open
   * one never reached its end): they are aborted first, writing nothing.
   */
  async start(): Promise<void> {
    const state = registry();
    const abandoned = [...state.open].filter((run) => run !== this);
    await Promise.allSettled(abandoned.map((run) => run.abort('the test file was stopped before it finished')));
    state.open.add(this);
    state.current = this;
    try {
      await this.session.start();
    } catch (error) {
      await this.abort('the mock server did not start');
      throw error;
    }
  }

  /** A test attempt begins. Interactions registered before it (in `beforeAll`) belong to it. */
  beginTest(name: string): void {
    // A previous attempt the adapter never ended (the runner gave up on it): end it now, so its
    // interactions cannot mix with this test's.
    if (this.#inTest) this.endTest({ testErrors: ['the test did not finish'] });
    this.#testName = name;
    this.#callSite = undefined;
    this.#inTest = true;
    this.session.beginTest(name);
  }

  /** Called by the bound `pact` on every method call; keeps the first site of the running test. */
  recordCallSite(site: Error): void {
    if (this.#inTest && this.#callSite === undefined) this.#callSite = site;
  }

  /**
   * The attempt ended, after the test's own code and its `afterEach` hooks. Verifies what it
   * registered and resets for the next test. Returns the error to fail the test with: the pact
   * report, with the test's own error as its `cause` when it had one. `undefined` when the session
   * found nothing (a test that failed on its own then keeps its own error).
   */
  endTest(outcome: TestOutcome = {}): PactVerificationError | undefined {
    // A skip reported for a test that never began (Jest 29 skips without starting) must not take
    // what a hook registered for the next test.
    if (outcome.skipped === true && !this.#inTest) return undefined;
    this.#inTest = false;
    const [first] = outcome.testErrors ?? [];
    const testError = Array.isArray(first) ? (first[0] as unknown) : first;
    return this.session.endTest({ willRetry: outcome.willRetry ?? false, testError, skipped: outcome.skipped ?? false });
  }

  /** Something of the file failed outside a test's verdict (a hook, an uncaught error): no pact. */
  markFailed(reason: string): void {
    this.session.markFailed(reason);
  }

  /** End of the file: write the pact if it is green, close the server, stop being current. */
  async finish(): Promise<{ pactFile?: string }> {
    if (this.#inTest) this.endTest({ testErrors: ['a test was still running when the file finished'] });
    try {
      return await this.session.finish();
    } finally {
      this.#leave();
    }
  }

  /** The file did not finish: write nothing, close the server, stop being current. */
  async abort(reason: string): Promise<void> {
    this.#inTest = false;
    try {
      await this.session.abort(reason);
    } finally {
      this.#leave();
    }
  }

  #leave(): void {
    const state = registry();
    state.open.delete(this);
    if (state.current === this) state.current = undefined;
  }
}

/**
 * A file run for `options` (resolved here, with the `PACTWRIGHT_*` variables and defaults, so a
 * bad or missing option throws a `ConfigurationError` before any server starts). Call `start()` in
 * the file's first hook.
 *
 * @example
 * ```ts
 * const run = createFileRun({ consumer: 'web', provider: 'users-api' });
 * await run.start();
 * run.beginTest('gets a user');
 * // … the test uses `pact` …
 * const error = run.endTest({ testErrors: [] });
 * await run.finish();
 * ```
 */
export function createFileRun(options: PactwrightOptions = {}, context: CreatePactSessionContext = {}): FileRun {
  return new FileRun(createPactSession(options, context));
}

/** The file run whose tests are running in this process now, if any. */
export function currentFileRun(): FileRun | undefined {
  return registry().current;
}

/**
 * Aborts every file run of this process that has not finished (for exit and interrupt handlers):
 * nothing is written, servers stop listening. Resolves when all are closed.
 */
export async function abortOpenFileRuns(reason: string): Promise<void> {
  await Promise.allSettled([...registry().open].map((run) => run.abort(reason)));
}
