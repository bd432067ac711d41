/**
 * The file host, in Vitest's main process: it runs the mock server, the verdicts and the run
 * record of each pact test file whose worker asks for them (hosted-run.ts is the worker's side).
 *
 * Why: an isolated test file (Vitest's default) starts from a fresh module graph, so a file that
 * ran its own session loaded the whole engine, about 20 ms and more, and started and closed a
 * server, in every file. Here the engine is loaded once per run and stays warm; the worker loads
 * only the DSL (`@pactwright/engine/dsl`) and sends what it builds.
 *
 * Order: a test registers in its worker and then sends its request to the server here, on another
 * connection, so the request may arrive first. Before matching each request the file's session
 * asks the worker to confirm (`sync`/`synced`): the worker answers after everything it sent
 * before, on the same ordered connection, so by then every registration made before the request
 * has been read.
 *
 * Start-up: the host keeps one mock server listening for the next file (ready-server.ts). A worker
 * that connects takes it and is sent its URL at once (`ready`), so the worker has its server as soon
 * as its connection does, without waiting for the reply to its `begin`, which its thread, busy
 * loading the test file, would read only later. Only a file that proved it is ours (`begin` with
 * the token) makes the host start the next one, so a stranger's connections hold at most one server.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { PACT_MOCK, portableError, restoreError, type ResolvedPactwrightOptions } from '@pactwright/engine';
import { createFileRun, type FileRecordKeeper, type FileRun } from '@pactwright/engine/runner';
import { ReadyServers, type ReadyServer } from './ready-server.js';
import { warmUp } from './warm-up.js';
import { encodeMessage, messageReader, type BegunFile, type HostAddress, type HostedVerdict, type HostMessage, type WorkerMessage } from './host-protocol.js';

/** What the host needs from the plugin: the resolved options and the run owner's directory. */
export interface FileHostState {
  options(): ResolvedPactwrightOptions;
  runDir(): string | undefined;
  /**
   * The run owner's `keepRecord`, when the owner runs in this process: each file's record goes to
   * it instead of a file in the run directory (two writes and a read fewer per test file).
   */
  keepRecord?: FileRecordKeeper;
  /** How long `settled` waits for a begun file's end (10 s unless given). */
  endWaitMs?: number;
}

/** A running file host. */
export interface FileHost {
  readonly address: HostAddress;
  /**
   * Resolves once every file whose worker sent its end has ended here (its server closed, its run
   * record written), with what went wrong in any of them. The run owner awaits it before it reads
   * the records: a worker does not wait for its file's end.
   */
  settled(): Promise<string[]>;
  /** Ends every file still open (writing nothing for it) and stops listening. */
  close(): Promise<void>;
}

/**
 * How long a request waits for its worker's `synced` before it is matched with what has arrived.
 * A worker answers at once unless its test blocks the thread (a synchronous child process that
 * calls the server); such a request is then late, not lost.
 */
const SYNC_TIMEOUT_MS = 2_000;

const STOPPED = 'the test file was stopped before it finished';

/** How long the run's end waits for a worker's file end that is on its way. */
const END_WAIT_MS = 10_000;

/**
 * How long the run's end waits for the `begin` of a connection that was sent a ready server. A
 * worker sends it as it connects; a stranger's connection never does, and must not hold up the run.
 */
const BEGIN_WAIT_MS = 1_000;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/**
 * Starts the host on a free port of 127.0.0.1. It never keeps Vitest's process alive.
 *
 * @example
 * ```ts
 * const host = await startFileHost({ options: () => resolved, runDir: () => owner.runDir });
 * project.provide(providedHostKey, host.address);
 * ```
 */
export async function startFileHost(state: FileHostState): Promise<FileHost> {
  const token = randomBytes(16).toString('hex');
  const files = new Set<HostedFile>();
  const ending = new Set<Promise<void>>();
  const problems: string[] = [];
  const track = (end: Promise<void>, testFile: string | undefined): void => {
    const tracked = end.then(
      () => undefined,
      (error: unknown) => {
        problems.push(`${testFile ?? 'a test file'} could not end: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    ending.add(tracked);
    void tracked.finally(() => ending.delete(tracked));
  };
  const ready = new ReadyServers(() => state.options());
  let warm = false;
  /** A worker proved it is ours: the host gets ready for the next file. */
  const provenWorker = (): void => {
    if (!warm) {
      warm = true;
      setImmediate(() => void warmUp(state.options()));
    }
    ready.prepare();
  };
  const server = createServer((socket) => {
    const file = new HostedFile(socket, token, state, track, () => files.delete(file), ready.take(), provenWorker);
    files.add(file);
  });
  const port = await listen(server);
  server.unref();
  ready.prepare();
  return {
    address: { port, token },
    async settled() {
      // A worker sent its server as it connected may not have had its `begin` read yet.
      const introducing = [...files].filter((file) => file.awaitingBegin);
      if (introducing.length > 0) await Promise.race([Promise.all(introducing.map((file) => file.introduced)), delay(BEGIN_WAIT_MS)]);
      // A worker's end may still be on its way here when Vitest reports the file done.
      const open = [...files].filter((file) => file.begun);
      const waitMs = state.endWaitMs ?? END_WAIT_MS;
      const late = await Promise.race([Promise.all(open.map((file) => file.ended)).then(() => false), delay(waitMs).then(() => true)]);
      if (late) {
        for (const file of open) {
          if (!file.hasEnded) {
            problems.push(`${file.testFile ?? 'a test file'} had not ended ${waitMs / 1000} s after the run did`);
            track(file.abort('the test file had not ended when the run did'), file.testFile);
          }
        }
      }
      while (ending.size > 0) await Promise.all(ending);
      return problems.splice(0);
    },
    async close() {
      await Promise.allSettled([...Array.from(files, (file) => file.abort('Vitest closed before the test file finished')), ready.close()]);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : 0);
    });
  });
}

/** One test file's connection, and its file run once the worker began it. */
class HostedFile {
  private run: FileRun | undefined;
  private endSeen = false;
  private resolveEnded!: () => void;
  /** Resolves once the file ended here (its end came, it was aborted, it never started) or its connection closed. */
  readonly ended = new Promise<void>((resolve) => (this.resolveEnded = resolve));
  private resolveIntroduced!: () => void;
  /** Resolves once the connection's `begin` was read, or it closed. */
  readonly introduced = new Promise<void>((resolve) => (this.resolveIntroduced = resolve));
  private nextSync = 0;
  private readonly syncs = new Map<number, () => void>();
  /** The test file, as its worker named it in `begin`. */
  testFile: string | undefined;
  /** Registrations the session refused (the worker checks them first, so this is rare): the test's failure. */
  private refused: unknown[] = [];

  constructor(
    private readonly socket: Socket,
    private readonly token: string,
    private readonly state: FileHostState,
    private readonly track: (end: Promise<void>, testFile: string | undefined) => void,
    onClosed: () => void,
    /** The server listening for this connection's file, if the host had one ready. */
    private readyServer: ReadyServer | undefined,
    /** Gets the host ready for the next file; called once this connection proved it is ours. */
    private readonly provenWorker: () => void,
  ) {
    socket.setNoDelay(true);
    if (readyServer !== undefined) {
      readyServer.worker = this;
      const { url, port } = readyServer.session.pact;
      this.send({ kind: 'ready', url, port });
    }
    const read = messageReader<WorkerMessage>((message) => this.handle(message));
    socket.on('data', (chunk: Buffer) => {
      try {
        read(chunk);
      } catch {
        socket.destroy();
      }
    });
    // A worker that ended (a crash, a killed fork) closes the connection: the file did not finish.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      for (const release of this.syncs.values()) release();
      this.syncs.clear();
      onClosed();
      // Taken, never begun (a stranger's connection, or a worker gone before `begin`): nothing to record.
      void this.readyServer?.session.abort(STOPPED);
      this.readyServer = undefined;
      this.resolveIntroduced();
      if (!this.endSeen) this.track(this.abort(STOPPED), this.testFile);
      this.resolveEnded();
    });
  }

  /** The worker began its file here. */
  get begun(): boolean {
    return this.run !== undefined;
  }

  /** The connection was sent a ready server, and its `begin` has not been read yet. */
  get awaitingBegin(): boolean {
    return this.readyServer !== undefined;
  }

  /** The file's end came, or the file was aborted. */
  get hasEnded(): boolean {
    return this.endSeen;
  }

  private markEnded(): void {
    this.endSeen = true;
    this.resolveEnded();
  }

  async abort(reason: string): Promise<void> {
    this.markEnded();
    this.socket.destroy();
    await this.run?.abort(reason);
  }

  private handle(message: WorkerMessage): void {
    if (message.kind !== 'begin' && this.run === undefined) {
      this.socket.destroy();
      return;
    }
    switch (message.kind) {
      case 'begin':
        this.resolveIntroduced();
        void this.reply(message.id, () => this.begin(message));
        return;
      case 'beginTest':
        this.refused = [];
        this.run?.beginTest(message.name);
        return;
      case 'register':
        try {
          this.run?.session.pact.addInteraction(message.interaction);
        } catch (error) {
          this.refused.push(error);
        }
        return;
      case 'request':
        // Answered in the worker already; here it is recorded, for the verdict and the pact.
        try {
          this.run?.session.pact[PACT_MOCK]?.core.respond(message.request, {});
        } catch (error) {
          this.refused.push(error);
        }
        return;
      case 'endTest':
        void this.reply(message.id, () => this.endTest(message));
        return;
      case 'end':
        this.markEnded();
        this.track(this.end(message), this.testFile);
        return;
      case 'synced':
        this.syncs.get(message.id)?.();
        this.syncs.delete(message.id);
        return;
    }
  }

  private async begin(message: Extract<WorkerMessage, { kind: 'begin' }>): Promise<BegunFile> {
    if (message.token !== this.token || this.run !== undefined) {
      this.socket.destroy();
      throw new Error('not a Pactwright worker of this Vitest run');
    }
    const taken = this.readyServer;
    this.readyServer = undefined;
    this.provenWorker();
    const runDir = this.state.runDir();
    this.testFile = message.testFile;
    // No `color`: reports follow this process's terminal, where Vitest prints them. A worker's
    // stdout is a pipe, and asking it whether it is a terminal creates the stream (about a
    // millisecond of every isolated file).
    const run = createFileRun(this.state.options(), {
      ...(message.testFile === undefined ? {} : { testFile: message.testFile }),
      ...(runDir === undefined ? {} : { runDir }),
      ...(this.state.keepRecord === undefined ? {} : { keepRecord: this.state.keepRecord }),
      concurrent: true,
      ...(taken === undefined ? { beforeAnswer: () => this.sync() } : { session: taken.session }),
    });
    this.run = run;
    try {
      await run.start();
    } catch (error) {
      // The run aborted itself: nothing of this file is left to end.
      this.markEnded();
      throw error;
    }
    return { url: run.session.pact.url, port: run.session.pact.port };
  }

  private endTest(message: Extract<WorkerMessage, { kind: 'endTest' }>): HostedVerdict {
    const run = this.run as FileRun;
    const testError = message.testError === undefined ? undefined : restoreError(message.testError);
    const error = run.endTest({ willRetry: message.willRetry, skipped: message.skipped, testErrors: testError === undefined ? [] : [testError], unfinished: message.unfinished });
    const [refused] = this.refused;
    this.refused = [];
    if (refused !== undefined) {
      if (!message.willRetry) run.markFailed('an interaction could not be registered');
      throw refused;
    }
    if (error === undefined) return undefined;
    return { message: error.message, mismatches: error.mismatches, actual: error.actual, expected: error.expected, showDiff: error.showDiff };
  }

  private async end(message: Extract<WorkerMessage, { kind: 'end' }>): Promise<void> {
    const run = this.run as FileRun;
    if (message.failure !== undefined) run.markFailed(message.failure);
    if (message.partial) run.markPartial();
    await run.finish();
  }

  /** Resolves once the worker confirmed that everything it sent before has been read. */
  sync(): Promise<void> | undefined {
    if (this.socket.destroyed) return undefined;
    const id = ++this.nextSync;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.syncs.delete(id);
        resolve();
      }, SYNC_TIMEOUT_MS);
      timer.unref();
      this.syncs.set(id, () => {
        clearTimeout(timer);
        resolve();
      });
      this.send({ kind: 'sync', id });
    });
  }

  private async reply(id: number, work: () => unknown): Promise<void> {
    let message: HostMessage;
    try {
      message = { kind: 'reply', id, value: await work() };
    } catch (error) {
      message = { kind: 'reply', id, error: portableError(error) };
    }
    try {
      this.send(message);
    } catch (error) {
      // A value JSON cannot hold (a report with a cycle): the worker gets the reason instead.
      this.send({ kind: 'reply', id, error: portableError(error) });
    }
  }

  private send(message: HostMessage): void {
    if (!this.socket.destroyed) this.socket.write(encodeMessage(message));
  }
}
