import { ConfigurationError, PactwrightError } from '../errors.js';
import type { PactVerificationError } from '../errors.js';
import { interactionBuilder } from '../dsl/builder.js';
import type { PactBuilder } from '../dsl/builder.js';
import type { JsonSafe } from '../dsl/json-safe.js';
import { isDslObjectForm } from '../dsl/object-form.js';
import type { HttpInteraction } from '../model/types.js';
import { startMockServer } from '../server/start.js';
import type { MockServer } from '../server/types.js';
import { startInterceptedMock } from './intercepted-mock.js';
import { PACT_MOCK } from '../mock/interception.js';
import type { InterceptMock } from '../mock/interception.js';
import type { OptionSource, ResolveOptionsInput } from './options.js';
import { resolvePactwrightOptions } from './options.js';
import { isModelInteraction, modelRequestJson, rawRequestJson } from './request-json.js';
import type { EndTestOptions, FileOutcome, FinishOptions, PactHandle, PactSession, PactwrightOptions, ResolvedPactwrightOptions, SessionMock } from './types.js';
import { writtenSpec } from '../model/serialize.js';
import type { RegisteredInteraction } from './verification-error.js';
import { buildVerificationError } from './verification-error.js';

/** How a session is created besides its options. */
export interface CreatePactSessionContext {
  /** Environment for the `PACTWRIGHT_*` twins. Default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Where the adapter lets users set options (for "missing consumer" messages). */
  source?: OptionSource;
  /** Directory a relative `pactDir` is resolved against. Default `process.cwd()`. */
  cwd?: string;
  /** Colours in failure reports: default follows the terminal, `NO_COLOR` and `FORCE_COLOR`. */
  color?: boolean;
  /** The adapter's own defaults, used when the user set nothing (see `ResolveOptionsInput.defaults`). */
  defaults?: ResolveOptionsInput['defaults'];
  /** The msw transport to use for `transport: 'msw'`. Default: `@pactwright/msw`'s, loaded then. */
  intercept?: InterceptMock;
  /**
   * Awaited before the mock server matches each request (`StartOptions.beforeAnswer`): for a host
   * that serves a test file running in another process, whose registrations must arrive first.
   */
  beforeAnswer?: () => Promise<void> | void;
}

/** What the current test registered. */
interface TestState {
  name: string | undefined;
  /** False for registrations made before any `beginTest` (e.g. in `beforeAll`): the next test adopts them. */
  begun: boolean;
  registered: RegisteredInteraction[];
}

function newTest(name?: string, begun = false): TestState {
  return { name, begun, registered: [] };
}

/**
 * Creates the per-test-file pact session every adapter drives: one mock server per file, the
 * `pact` handle tests use, verification after each test, and a pact written only for a green file.
 *
 * Options are resolved here (defaults, `PACTWRIGHT_*` variables; explicit options win), so a missing
 * consumer or provider throws a `ConfigurationError` before any server starts.
 */
export function createPactSession(options: PactwrightOptions = {}, context: CreatePactSessionContext = {}): PactSession {
  const resolved = resolvePactwrightOptions({
    options: { ...options },
    env: context.env,
    source: context.source,
    cwd: context.cwd,
    defaults: context.defaults,
  });
  return new Session(resolved, context.color, context.intercept, context.beforeAnswer);
}

class Session implements PactSession {
  readonly pact: PactHandle;
  private running: SessionMock | undefined;
  private starting: Promise<void> | undefined;
  private finishing: Promise<FileOutcome> | undefined;
  private test: TestState | undefined;
  private verifiedCount = 0;
  private readonly failures: string[] = [];
  /**
   * One builder for the whole file, as with Pact JS's `PactV3` object: it rejects two different
   * interactions under one description, which would otherwise collide in the pact file.
   */
  private readonly builder: PactBuilder;

  constructor(
    readonly options: ResolvedPactwrightOptions,
    private readonly color: boolean | undefined,
    private readonly intercept: InterceptMock | undefined,
    private readonly beforeAnswer: (() => Promise<void> | void) | undefined,
  ) {
    this.builder = interactionBuilder((interaction) => this.register(interaction), { maxDepth: options.limits.maxDepth, spec: options.spec });
    this.pact = this.createHandle();
  }

  get server(): MockServer {
    return this.serverMock();
  }

  private serverMock(): SessionMock {
    if (this.running === undefined) throw new PactwrightError('the pact session has no mock server: call start() first (or it failed to start)');
    return this.running;
  }

  start(): Promise<void> {
    if (this.finishing !== undefined) return Promise.reject(new PactwrightError('the pact session has already finished'));
    this.starting ??= this.startMock().then((mock) => {
      this.running = mock;
    });
    return this.starting;
  }

  private startMock(): Promise<SessionMock> {
    const { options } = this;
    if (options.transport === 'msw') {
      const baseUrl = options.baseUrl ?? pageOrigin();
      if (baseUrl === undefined) {
        return Promise.reject(new ConfigurationError('baseUrl', "is required with transport 'msw' outside jsdom, happy-dom or a browser: set the URL your client calls, e.g. \"http://localhost/api\""));
      }
      return startInterceptedMock(
        { consumer: options.consumer, provider: options.provider, baseUrl, spec: options.spec, limits: options.limits, cors: options.cors, pactDir: options.pactDir },
        this.intercept,
      );
    }
    return startMockServer({
      consumer: options.consumer,
      provider: options.provider,
      host: options.host,
      port: options.port,
      cors: options.cors,
      tls: options.tls,
      pactDir: options.pactDir,
      logLevel: options.logLevel,
      limits: options.limits,
      spec: options.spec,
      ...(this.beforeAnswer === undefined ? {} : { beforeAnswer: this.beforeAnswer }),
    });
  }

  beginTest(testName?: string): void {
    if (this.test !== undefined && !this.test.begun) {
      this.test.name = testName;
      this.test.begun = true;
      return;
    }
    // A test that began but never ended (retry, adapter hook skipped): drop its registrations so
    // they cannot leak into the next test's verdict.
    if (this.test !== undefined) {
      this.running?.verifyAndReset();
      this.builder.reset();
    }
    this.test = newTest(testName, true);
  }

  endTest(options: EndTestOptions = {}): PactVerificationError | undefined {
    const test = this.test ?? newTest();
    this.test = undefined;
    // No server (start failed): the adapter already reported that failure; the test has nothing
    // of its own to add, but the file must not produce a pact.
    if (this.running === undefined) {
      this.markFailed('the mock server was not running');
      return undefined;
    }
    const result = this.running.verifyAndReset();
    this.verifiedCount += result.verified.length;
    const unfinished = [...this.builder.unfinishedProblems(), ...(options.unfinished ?? [])];
    if (options.skipped === true) return undefined;
    const named = test.name === undefined ? '' : ` "${test.name}"`;
    // Only the last attempt's verdict decides the pact: a flaky test that passes on retry still
    // lets the file write it.
    if (options.testError !== undefined && options.willRetry !== true) this.markFailed(`test${named} failed`);
    if (result.ok && unfinished.length === 0) return undefined;
    if (options.willRetry !== true) this.markFailed(`pact verification failed${test.name === undefined ? '' : ` in${named}`}`);
    return buildVerificationError({
      problems: result.problems,
      missing: result.missing,
      mismatches: result.mismatches,
      unfinished,
      registered: test.registered,
      consumer: this.options.consumer,
      provider: this.options.provider,
      color: this.color,
      cause: options.testError,
    });
  }

  markFailed(reason = 'a test failed'): void {
    this.failures.push(reason);
  }

  finish(options: FinishOptions = {}): Promise<FileOutcome> {
    this.finishing ??= this.writeAndClose(options.write ?? true);
    return this.finishing;
  }

  async abort(reason: string): Promise<void> {
    this.markFailed(reason);
    await this.finish();
  }

  private async writeAndClose(write: boolean): Promise<FileOutcome> {
    try {
      // A start still in flight (interrupt during start-up) must settle before we can close it.
      await this.starting?.catch(() => undefined);
      if (this.test?.begun === true) this.markFailed('a test was still running when the file finished');
      const failures = [...this.failures];
      if (this.running === undefined || failures.length > 0) return { failures };
      const spec = writtenSpec(this.options.spec, this.running.pact.specVersion);
      const outcome: FileOutcome = { failures, spec, ...(this.verifiedCount > 0 ? { pact: this.running.pact } : {}) };
      if (!write || this.verifiedCount === 0) return outcome;
      return { ...outcome, pactFile: await this.running.writePact(this.options.pactDir) };
    } finally {
      await this.running?.close();
    }
  }

  private currentTest(): TestState {
    // Interactions registered outside beginTest/endTest (e.g. in beforeAll) belong to the next verification.
    this.test ??= newTest();
    return this.test;
  }

  private register(interaction: HttpInteraction | object): void {
    const served = this.server.addInteraction(interaction);
    // Raw pact JSON is shown in diffs as the user wrote it; a DSL interaction as the server renders it.
    const request = isModelInteraction(interaction) ? modelRequestJson(interaction.request) : rawRequestJson(interaction as Record<string, unknown>);
    this.currentTest().registered.push({ served, request });
  }

  /** The builder, once the server is up: misuse fails at the call site, not later in endTest. */
  private dsl(): PactBuilder {
    void this.server;
    return this.builder;
  }

  /** Pact JS's object form (`uponReceiving` + `withRequest` + …) goes through the DSL; anything else is pact JSON. */
  private addAnyInteraction(interaction: HttpInteraction | object): void {
    if (isDslObjectForm(interaction)) this.dsl().addInteraction(interaction);
    else this.register(interaction);
  }

  private createHandle(): PactHandle {
    const server = (): MockServer => this.server;
    const mock = (): SessionMock => this.serverMock();
    return {
      get url() {
        return server().url;
      },
      get port() {
        return server().port;
      },
      addInteraction: (interaction) => this.addAnyInteraction(interaction),
      given: <P extends Record<string, unknown>>(state: string, params?: P & JsonSafe<P>) => this.dsl().given<P>(state, params),
      uponReceiving: (description) => this.dsl().uponReceiving(description),
      // For pactHandlers(pact): msw handlers answering from this session's mock.
      get [PACT_MOCK]() {
        return mock().mock;
      },
    };
  }
}

/** The origin of the page the tests run in (jsdom, happy-dom, a browser), if any. */
function pageOrigin(): string | undefined {
  const origin = (globalThis as { location?: { origin?: unknown } }).location?.origin;
  return typeof origin === 'string' && origin !== 'null' && /^https?:/.test(origin) ? origin : undefined;
}

