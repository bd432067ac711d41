import type { HttpInteraction, Pact, SpecVersion } from '../model/types.js';
import type { WritableSpec, WritableSpecVersion } from '../model/spec-version.js';
import type { LimitOptions, ResolvedLimits } from '../model/limits.js';
import type { LogLevel, MockServer, VerifyResult } from '../server/types.js';
import type { PactMock } from '../mock/pact-mock.js';
import type { PACT_MOCK } from '../mock/interception.js';
import type { PactVerificationError } from '../errors.js';
import type { PactBuilder } from '../dsl/builder.js';
import type { JsonSafe } from '../dsl/json-safe.js';

/**
 * Options every adapter accepts, under the same names. Each has an environment-variable twin
 * (`PACTWRIGHT_CONSUMER`, `PACTWRIGHT_PROVIDER`, `PACTWRIGHT_PACT_DIR`, `PACTWRIGHT_HOST`,
 * `PACTWRIGHT_PORT`, `PACTWRIGHT_CORS`, `PACTWRIGHT_SPEC`, `PACTWRIGHT_LOG_LEVEL`,
 * `PACTWRIGHT_LIMITS` as JSON text).
 */
export interface PactwrightOptions {
  consumer?: string;
  provider?: string;
  /** Where pact files go. Default `./pacts` (relative to the working directory). */
  pactDir?: string;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Default `0` (a free port). */
  port?: number;
  /** Answer CORS pre-flights and add CORS headers. Default `false`. */
  cors?: boolean;
  /** Serve HTTPS with a generated self-signed certificate (needs the optional `selfsigned` package). Default `false`. */
  tls?: boolean;
  /**
   * Pact specification version of the pact file: `2`, `3` or `4` (also `'4'`, `'V4'`, `'4.0'`).
   * Default `3`. With `4`, interactions can carry `key`, `pending` and `comments`.
   */
  spec?: WritableSpec | WritableSpecVersion;
  /** Default `silent`. */
  logLevel?: LogLevel;
  /**
   * Bounds on what one request may hold (and on DSL values): `{ maxDepth, maxJsonItems,
   * maxFormFields, maxMultipartParts, maxXmlElements, maxHeaderSize }`, each optional.
   */
  limits?: LimitOptions;
  /**
   * When pacts are written. `'run'` (default): the adapter's run owner writes every pact once, at
   * the end of a green run, replacing what the run's own test files wrote before. `'file'`: each
   * test file merges its own pact as soon as it ends green, as the engine-level API does; a red
   * run then still writes its green files' pacts, and nothing is ever removed.
   */
  writePacts?: 'run' | 'file';
  /**
   * How the code under test reaches the mock. `'http'` (default): a real mock server on a port of
   * its own, at `pact.url`. `'msw'`: no port; msw intercepts the requests sent to `baseUrl`
   * (`fetch`, `XMLHttpRequest`, `http.request`), for jsdom and happy-dom tests whose client calls
   * relative URLs or a fixed base URL. Needs `@pactwright/msw` and `msw` installed. Verification,
   * reports and pact files are the same on both.
   */
  transport?: 'http' | 'msw';
  /**
   * With `transport: 'msw'`: the absolute URL the provider is reached at, e.g.
   * `http://localhost/api`; `pact.url` is this URL. Default: the page's own origin under jsdom or
   * happy-dom, so that relative URLs (`/users/1`) work.
   */
  baseUrl?: string;
}

/** Options after defaults and environment variables are applied. */
export interface ResolvedPactwrightOptions {
  consumer: string;
  provider: string;
  pactDir: string;
  host: string;
  port: number;
  cors: boolean;
  tls: boolean;
  /** `'2'`, `'3'` or `'4'`. */
  spec: WritableSpecVersion;
  logLevel: LogLevel;
  limits: ResolvedLimits;
  writePacts: 'run' | 'file';
  transport: 'http' | 'msw';
  /** Absent when not set and there is no page origin to default to (only `'msw'` needs it). */
  baseUrl: string | undefined;
}

/** What a test sees as `pact`: the DSL bound to the file's mock server, plus its address. */
export interface PactHandle {
  /** Base URL of this file's mock server, e.g. `http://127.0.0.1:54321`. */
  readonly url: string;
  readonly port: number;
  /**
   * Register an interaction: raw V3 interaction JSON (`{ description, request, response }`), a
   * model interaction, or Pact JS's object form (`{ states, uponReceiving, withRequest,
   * willRespondWith }`, matchers allowed).
   */
  addInteraction(interaction: HttpInteraction | object): void;
  /** Start an interaction with a provider state (several `given` calls for several states). */
  given<P extends Record<string, unknown>>(state: string, params?: P & JsonSafe<P>): PactBuilder;
  /** Start an interaction by its description; `willRespondWith` registers it with the server. */
  uponReceiving(description: string): PactBuilder;
  /** The session's mock, which `pactHandlers(pact)` of `@pactwright/msw` answers from. */
  readonly [PACT_MOCK]?: PactMock;
}

/** Options of `PactSession.endTest`. */
export interface EndTestOptions {
  /**
   * The runner will retry this test if it fails now: a verification problem fails this attempt but
   * does not yet mark the file failed (the retry's own verdict will).
   */
  willRetry?: boolean;
  /**
   * The test's own error, when it failed on its own. A verification problem is then reported with
   * this error as its `cause` (a client that throws on the mock server's 500 fails with the pact
   * report, not only with its own error), and the file will not write its pact.
   */
  testError?: unknown;
  /**
   * The test skipped itself while running (Mocha's `this.skip()`, Vitest's `context.skip()`): what
   * it registered is dropped without a verdict.
   */
  skipped?: boolean;
  /**
   * Interactions the test left half-built in a DSL of its own (a browser page's), by the DSL's
   * message; reported with the session's own.
   */
  unfinished?: readonly string[];
}

/** The per-test-file lifecycle, written once here; adapters only call these at the right moments. */
export interface PactSession {
  readonly options: ResolvedPactwrightOptions;
  /** The handle tests use; valid after `start()`. */
  readonly pact: PactHandle;
  /** The running server; valid after `start()`. */
  readonly server: MockServer;
  /** Start the file's mock server. */
  start(): Promise<void>;
  /** Called when a test begins (resets per-test registrations). */
  beginTest(testName?: string): void;
  /**
   * Called after a test's own code and hooks: verifies what the test registered and resets.
   * Returns an error to fail that test with, or `undefined` when all is well.
   */
  endTest(options?: EndTestOptions): PactVerificationError | undefined;
  /** Record that a test (or hook) of this file failed for any reason: no pact will be written. */
  markFailed(reason?: string): void;
  /**
   * End of file: write (merge) the pact if every test passed and at least one interaction was
   * verified; always close the server. Resolves to the pact file path when one was written.
   *
   * With `write: false` nothing is written: the run owner writes the pacts of a whole test run,
   * and takes the file's outcome from what this resolves to instead.
   */
  finish(options?: FinishOptions): Promise<FileOutcome>;
  /**
   * For a file that did not finish (stopped, interrupted, replaced by the next file): record
   * `reason`, write nothing, and close the server. Safe to call at any point, and more than once.
   */
  abort(reason: string): Promise<void>;
}

/** Options of {@link PactSession.finish}. */
export interface FinishOptions {
  /** Write (merge) the pact file of a green file. Default `true`. */
  write?: boolean;
}

/** How a test file ended, as its session saw it. */
export interface FileOutcome {
  /** The pact file written, when one was. */
  pactFile?: string;
  /** Why the file is not green; empty when it is. */
  failures: readonly string[];
  /** What the file verified (its consumer, provider and interactions), when it is green. */
  pact?: Pact;
  /** The specification version the file's pact is written in. */
  spec?: SpecVersion;
}

/** The session's mock on either transport: the server's surface, and the mock behind it. */
export interface SessionMock extends MockServer {
  /** The transport-free mock the transport carries requests to. */
  readonly mock: PactMock;
}

export type { VerifyResult };
