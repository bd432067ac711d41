/**
 * The mock server the file host keeps listening ahead of the next test file (file-host.ts says
 * why): one at a time, started on request, handed to the next connection.
 */
import { createPactSession, type PactSession, type ResolvedPactwrightOptions } from '@pactwright/engine';

/** What a ready session syncs with before each answer: the worker of the connection that took it. */
export interface SyncingWorker {
  sync(): Promise<void> | undefined;
}

/** A session whose server is listening, and the worker it serves once a connection took it. */
export interface ReadyServer {
  readonly session: PactSession;
  worker?: SyncingWorker;
}

/**
 * Keeps at most one {@link ReadyServer}. None when the options fix the port: a second server
 * cannot listen on it beside the running file's.
 *
 * @example
 * ```ts
 * const ready = new ReadyServers(() => resolvedOptions);
 * ready.prepare();
 * // … as a connection arrives:
 * const taken = ready.take();
 * ```
 */
export class ReadyServers {
  private ready: ReadyServer | undefined;
  private starting = false;
  private closed = false;

  constructor(private readonly options: () => ResolvedPactwrightOptions) {}

  /** Starts the next one, unless one is ready or starting, or the port is fixed. */
  prepare(): void {
    if (this.ready !== undefined || this.starting || this.closed || this.options().port !== 0) return;
    this.starting = true;
    const next: ReadyServer = { session: createPactSession(this.options(), { beforeAnswer: () => next.worker?.sync() }) };
    next.session.start().then(
      () => {
        this.starting = false;
        if (this.closed) void next.session.abort('Vitest closed');
        else this.ready = next;
      },
      // The next file then starts its own server, and reports why that failed.
      () => {
        this.starting = false;
      },
    );
  }

  /** The ready one, if any: it is then the caller's to use or abort. */
  take(): ReadyServer | undefined {
    const taken = this.ready;
    this.ready = undefined;
    return taken;
  }

  /** Prepares no more, and closes the one still ready. */
  async close(): Promise<void> {
    this.closed = true;
    await this.take()?.session.abort('Vitest closed');
  }
}
