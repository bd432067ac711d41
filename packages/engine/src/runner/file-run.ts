import type { PactVerificationError } from '../errors.js';
import { createPactSession } from '../session/create-session.js';
import type { CreatePactSessionContext } from '../session/create-session.js';
import type { FileOutcome, PactSession, PactwrightOptions } from '../session/types.js';
import { flushCodeCache } from '../code-cache-flush.js';
import { serializePact } from '../model/serialize.js';
import { pactFilePath } from '../pact-file/file-name.js';
import { registry } from './registry.js';
import { runDirFromEnv, writeFileRecord } from './run-records.js';
import type { FileRecord, FileRecordKeeper } from './run-records.js';

/** Where a file run hands its outcome, besides its options. */
export interface FileRunContext extends CreatePactSessionContext {
  /**
   * The test file's path. With a run owner active (`PACTWRIGHT_RUN_DIR`, set by the adapter's
   * run-level setup) and a test file, the file hands its verified interactions to the owner, which
   * writes the run's pacts once; without, the file writes (merges) its own pact when green.
   */
  testFile?: string;
  /** The owner's run directory. Default: `PACTWRIGHT_RUN_DIR`. */
  runDir?: string;
  /**
   * Where the file leaves its record instead of a file in the run directory: the owner's
   * `RunOwner.keepRecord`, for a file run in the owner's own process (the Vitest plugin's
   * file host), which then writes and reads no file per test file.
   */
  keepRecord?: FileRecordKeeper;
  /**
   * Several file runs of this process run side by side (the Node side of Vitest browser mode, one
   * per page): starting one does not end the others as abandoned, and none is the current one
   * that the bound `pact` stands for.
   */
  concurrent?: boolean;
  /**
   * A session created earlier for this file, and possibly started already (a file host keeps one
   * listening for the next file, so that its worker learns the server's URL as it connects). Its
   * options and context are used; the session fields of this context are not.
   */
  session?: PactSession;
}

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
  /** Interactions left half-built in a DSL elsewhere (a browser page's), by the DSL's message. */
  unfinished?: readonly string[];
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
  #started = false;
  #partial = false;
  #handOver: HandOver | undefined;

  readonly #concurrent: boolean;

  constructor(session: PactSession, handOver?: HandOver, concurrent = false) {
    this.session = session;
    this.#handOver = handOver;
    this.#concurrent = concurrent;
    // Left before the file loads: a file that crashes or fails to load never replaces it, and the
    // owner reads a record still "running" as a failed file.
    this.#record({ state: 'running', failures: [] });
  }

  /** True when the run owner, not this file, writes the pact. */
  get handsOver(): boolean {
    return this.#handOver !== undefined;
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
    if (!this.#concurrent) {
      const abandoned = [...state.open].filter((run) => run !== this && !run.#concurrent);
      await Promise.allSettled(abandoned.map((run) => run.abort('the test file was stopped before it finished')));
      state.current = this;
    }
    state.open.add(this);
    this.#started = true;
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
    if (outcome.skipped === true) this.#partial = true;
    if (outcome.skipped === true && !this.#inTest) return undefined;
    this.#inTest = false;
    const [first] = outcome.testErrors ?? [];
    const testError = Array.isArray(first) ? (first[0] as unknown) : first;
    return this.session.endTest({ willRetry: outcome.willRetry ?? false, testError, skipped: outcome.skipped ?? false, ...(outcome.unfinished === undefined ? {} : { unfinished: outcome.unfinished }) });
  }

  /** Something of the file failed outside a test's verdict (a hook, an uncaught error): no pact. */
  markFailed(reason: string): void {
    this.session.markFailed(reason);
  }

  /**
   * Not every test of the file ran (a name filter, `.only`, a skip): the file's pact gains and
   * replaces what it verified, and loses nothing it verified in earlier runs.
   */
  markPartial(): void {
    this.#partial = true;
  }

  /**
   * End of the file: close the server, stop being current, and either write the pact if the file
   * is green or, with a run owner, hand the outcome to it.
   */
  async finish(): Promise<FileOutcome> {
    if (this.#inTest) this.endTest({ testErrors: ['a test was still running when the file finished'] });
    if (!this.#started) this.markFailed('the test file did not run its tests (it failed to load)');
    try {
      const outcome = await this.session.finish({ write: this.#handOver === undefined });
      this.#record({ state: outcome.failures.length > 0 ? 'failed' : 'passed', failures: [...outcome.failures] }, outcome);
      return outcome;
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
      this.#record({ state: 'failed', failures: [reason] });
      this.#leave();
    }
  }

  #record(state: Pick<FileRecord, 'state' | 'failures'>, outcome?: FileOutcome): void {
    if (this.#handOver === undefined) return;
    const { consumer, provider, pactDir } = this.session.options;
    const verified = outcome?.pact !== undefined && state.state === 'passed' ? { text: serializePact(outcome.pact, { spec: outcome.spec }), spec: outcome.spec } : {};
    const { runDir, testFile, keepRecord } = this.#handOver;
    const record = { testFile, ...state, complete: !this.#partial, pactFile: pactFilePath(pactDir, consumer, provider), pactDir, ...verified } as FileRecord;
    try {
      if (keepRecord !== undefined) keepRecord(record);
      else writeFileRecord(runDir, record);
    } catch {
      // The owner's directory is gone (its process ended; the variable was inherited by a process
      // it does not own): nobody would read the record, so the file writes its own pact.
      this.#handOver = undefined;
    }
  }

  #leave(): void {
    const state = registry();
    state.open.delete(this);
    if (state.current === this) state.current = undefined;
    // Every function a test file needs has run by now: the loader writes V8's code cache.
    flushCodeCache();
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
export function createFileRun(options: PactwrightOptions = {}, context: FileRunContext = {}): FileRun {
  const { testFile, runDir = runDirFromEnv(context.env), keepRecord, concurrent = false, session: given, ...sessionContext } = context;
  const session = given ?? createPactSession(options, sessionContext);
  const handOver = runDir !== undefined && testFile !== undefined && session.options.writePacts === 'run';
  return new FileRun(session, handOver ? { runDir, testFile, ...(keepRecord === undefined ? {} : { keepRecord }) } : undefined, concurrent);
}

/** Where a file run hands its outcome to the run owner. */
interface HandOver {
  runDir: string;
  testFile: string;
  keepRecord?: FileRecordKeeper;
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
