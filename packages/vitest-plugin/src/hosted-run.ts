/**
 * A test file's run as its worker sees it when the file host (file-host.ts) runs its mock server:
 * the DSL builds interactions here, so its errors still point at the test's own line, and every
 * registration, test boundary and verdict travels on the file's connection to the host.
 *
 * It imports only the DSL (`@pactwright/engine/dsl`). Raw pact JSON given to `addInteraction` is
 * checked here too, by the whole engine, loaded then: its errors also belong at the call.
 */
import type { Socket } from 'node:net';
import {
  ConfigurationError,
  PACT_MOCK,
  PactBuilder,
  PactVerificationError,
  PactwrightError,
  flushCodeCache,
  isDslObjectForm,
  portableError,
  restoreError,
  type JsonSafe,
  type PactHandle,
  type PactTarget,
  type PortableError,
} from '@pactwright/engine/dsl';
import type { HttpInteraction, PactMock, ResolvedPactwrightOptions } from '@pactwright/engine';
import { encodeMessage, messageReader, type BegunFile, type HostAddress, type HostedVerdict, type HostMessage, type WorkerMessage } from './host-protocol.js';

/** How the test ended, as the setup file read it off Vitest's task. */
export interface HostedTestEnd {
  willRetry: boolean;
  skipped: boolean;
  /** The test's own error, when it failed on its own. */
  testError?: unknown;
}

type Pending = { resolve(value: unknown): void; reject(error: Error): void };

// Through process.getBuiltinModule: an ES import of a built-in builds its whole namespace first.
const net = (): typeof import('node:net') => process.getBuiltinModule('node:net');

/** The whole engine, loaded only for what the DSL alone cannot do. */
function wholeEngine(): typeof import('@pactwright/engine') {
  return process.getBuiltinModule('node:module').createRequire(import.meta.url)('@pactwright/engine') as typeof import('@pactwright/engine');
}

export class HostedRun implements PactTarget {
  readonly pact: PactHandle;
  private readonly builder: PactBuilder;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private lost: Error | undefined;
  private server: BegunFile | undefined;
  /**
   * A mock in this worker holding what the running test registered, made on first need: to check
   * raw pact JSON where it is given, and for `pactHandlers(pact)` (a suite's own msw server), whose
   * requests it answers here and reports to the host.
   */
  private mirror: PactMock | undefined;
  /** What the running test registered so far, for a mirror made in the middle of it. */
  private registered: (HttpInteraction | object)[] = [];
  private site: Error | undefined;
  private inTest = false;
  /** Resolved by the host's `ready`, when it had a server listening for this file. */
  private onReady: ((server: BegunFile) => void) | undefined;

  private constructor(
    private readonly socket: Socket,
    private readonly options: ResolvedPactwrightOptions,
  ) {
    this.builder = new PactBuilder((interaction) => this.register(interaction), { maxDepth: options.limits.maxDepth, spec: options.spec });
    const read = messageReader<HostMessage>((message) => this.handle(message));
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      try {
        read(chunk);
      } catch (error) {
        this.fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new PactwrightError('the connection to the Pactwright file host in Vitest\'s main process closed (did Vitest stop?)')));
    // The connection must not keep a worker alive that has nothing else to do.
    socket.unref();
    this.pact = this.createHandle();
  }

  /**
   * Connects to the host and begins `testFile` there: its mock server is listening when this
   * resolves. Rejects with the host's error (a `ConfigurationError`, a `PortInUseError`) as thrown there.
   */
  static async begin(address: HostAddress, testFile: string | undefined, options: ResolvedPactwrightOptions): Promise<HostedRun> {
    const socket = await new Promise<Socket>((resolve, reject) => {
      const connecting = net().connect({ port: address.port, host: '127.0.0.1' }, () => {
        connecting.off('error', reject);
        resolve(connecting);
      });
      connecting.once('error', (error) =>
        reject(new ConfigurationError('plugins', `the test worker could not reach the Pactwright file host in Vitest's main process (${error.message})`, { cause: error })),
      );
    });
    const run = new HostedRun(socket, options);
    const ready = new Promise<BegunFile>((resolve) => (run.onReady = resolve));
    const begun = run.request({ kind: 'begin', id: 0, token: address.token, ...(testFile === undefined ? {} : { testFile }) }) as Promise<BegunFile>;
    // After `ready`, a failed `begin` still reaches the test: the connection is lost with its error.
    begun.catch((error: unknown) => run.fail(error instanceof Error ? error : new Error(String(error))));
    try {
      run.server = await Promise.race([ready, begun]);
    } catch (error) {
      socket.destroy();
      throw error;
    }
    return run;
  }

  /** Where the running test first used `pact` (for a report made after the test). */
  get callSite(): Error | undefined {
    return this.site;
  }

  recordCallSite(site: Error): void {
    if (this.inTest && this.site === undefined) this.site = site;
  }

  beginTest(name: string): void {
    // A test that began and never ended (the runner gave up on it): what it left half-built goes.
    if (this.inTest) this.builder.reset();
    this.site = undefined;
    this.inTest = true;
    this.send({ kind: 'beginTest', name });
  }

  /** Verifies the test in the host: the report to fail it with, or `undefined`. */
  async endTest(end: HostedTestEnd): Promise<PactVerificationError | undefined> {
    this.inTest = false;
    const unfinished = this.builder.unfinishedProblems();
    this.mirror?.verifyAndReset();
    this.registered = [];
    const testError = end.testError === undefined ? undefined : portableError(end.testError);
    const verdict = (await this.request({ kind: 'endTest', id: 0, willRetry: end.willRetry, skipped: end.skipped, unfinished, ...(testError === undefined ? {} : { testError }) })) as HostedVerdict;
    if (verdict === undefined) return undefined;
    const error = new PactVerificationError(verdict.message, {
      mismatches: verdict.mismatches,
      ...(verdict.showDiff ? { actual: verdict.actual, expected: verdict.expected } : {}),
      ...(end.testError === undefined ? {} : { cause: end.testError }),
    });
    error.stack = `${error.name}: ${error.message}`;
    return error;
  }

  /**
   * Ends the file: the host closes its server and records its outcome while this worker goes on,
   * since nothing of that changes the file's result here (the run owner waits for it instead).
   */
  finish(failure: string | undefined, partial: boolean): void {
    try {
      this.send({ kind: 'end', partial, ...(failure === undefined ? {} : { failure }) });
    } finally {
      this.socket.end();
      // Every DSL function a test file needs has run: the next worker loads them compiled. Vitest
      // ends an isolated worker with a signal, so its exit handlers would never write the cache.
      flushCodeCache();
    }
  }

  /** Drops the connection: the host aborts the file, writing nothing for it. */
  abort(): void {
    this.socket.destroy();
  }

  private handle(message: HostMessage): void {
    if (message.kind === 'sync') {
      // Answered after everything this worker sent before it, on the same ordered connection.
      this.send({ kind: 'synced', id: message.id });
      return;
    }
    if (message.kind === 'ready') {
      this.onReady?.({ url: message.url, port: message.port });
      this.onReady = undefined;
      return;
    }
    const waiting = this.pending.get(message.id);
    if (waiting === undefined) return;
    this.pending.delete(message.id);
    if (message.error !== undefined) waiting.reject(restoreError(message.error as PortableError));
    else waiting.resolve(message.value);
  }

  private request(message: Extract<WorkerMessage, { id: number }>): Promise<unknown> {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      if (this.lost !== undefined) {
        reject(this.lost);
        return;
      }
      this.pending.set(id, { resolve, reject });
      // A request in flight keeps the worker's event loop alive; a bare connection does not.
      this.socket.ref();
      this.send({ ...message, id } as WorkerMessage);
    }).finally(() => {
      if (this.pending.size === 0) this.socket.unref();
    });
  }

  private send(message: WorkerMessage): void {
    if (this.lost !== undefined) throw this.lost;
    this.socket.write(encodeMessage(message));
  }

  private fail(error: Error): void {
    this.lost ??= error;
    for (const waiting of this.pending.values()) waiting.reject(this.lost);
    this.pending.clear();
  }

  private register(interaction: HttpInteraction | object): void {
    this.mirror?.addInteraction(interaction);
    this.send({ kind: 'register', interaction });
    this.registered.push(interaction);
  }

  /**
   * Pact JSON: `register` adds it to the mirror first, whose whole-engine checks throw at the call,
   * as the session's would, before anything is sent.
   */
  private registerRaw(interaction: object): void {
    this.mirrorMock();
    this.register(interaction);
  }

  private mirrorMock(): PactMock {
    if (this.mirror !== undefined) return this.mirror;
    const engine = wholeEngine();
    const { consumer, provider, spec, limits, cors } = this.options;
    const mock = new engine.PactMock(engine.loadPact(undefined, { consumer, provider }), { spec, limits, cors });
    for (const interaction of this.registered) mock.addInteraction(interaction);
    this.mirror = mock;
    return mock;
  }

  /** The mirror as `pactHandlers(pact)` sees it: each request it answers is also sent to the host. */
  private answeringMirror(): PactMock {
    const mock = this.mirrorMock();
    const core = mock.core;
    const respond: typeof core.respond = (request, context) => {
      const reply = core.respond(request, context);
      this.send({ kind: 'request', request });
      return reply;
    };
    return Object.create(mock, { core: { value: Object.create(core, { respond: { value: respond } }) } }) as PactMock;
  }

  private createHandle(): PactHandle {
    const answering = (): PactMock => this.answeringMirror();
    const server = (): BegunFile => {
      if (this.server === undefined) throw new PactwrightError('the pact session has no mock server yet');
      return this.server;
    };
    return {
      get url() {
        return server().url;
      },
      get port() {
        return server().port;
      },
      addInteraction: (interaction) => {
        if (isDslObjectForm(interaction)) this.builder.addInteraction(interaction);
        else this.registerRaw(interaction);
      },
      given: <P extends Record<string, unknown>>(state: string, params?: P & JsonSafe<P>) => this.builder.given<P>(state, params),
      uponReceiving: (description) => this.builder.uponReceiving(description),
      // For `pactHandlers(pact)` of @pactwright/msw.
      get [PACT_MOCK]() {
        return answering();
      },
    };
  }
}
