import { spawn, type ChildProcess } from 'node:child_process';
import type { ChildJob, ChildMessage, ParentMessage } from './protocol.js';
import { CHILD_SCRIPT } from './paths.js';

export interface SpawnOptions {
  /** The Node binary (the Rust target runs under Node 24 for pact-core). */
  node: string;
  /** Pin to this CPU with taskset, when given. */
  cpu?: number;
  /** Extra Node flags (--cpu-prof, --expose-gc). */
  nodeArgs?: string[];
  /** Give up on any answer after this long. */
  timeoutMs?: number;
}

/**
 * The Rust server logs an ERROR for every keep-alive connection wrk drops mid-request when a phase
 * ends; those lines say nothing about the run, everything else is passed through.
 */
const EXPECTED_NOISE = /failed to serve connection: connection closed before message completed/;

function forwardStderr(proc: ChildProcess): void {
  let pending = '';
  proc.stderr?.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (!EXPECTED_NOISE.test(line)) process.stderr.write(`${line}\n`);
  });
  proc.stderr?.on('end', () => {
    if (pending !== '' && !EXPECTED_NOISE.test(pending)) process.stderr.write(`${pending}\n`);
  });
}

type Of<T extends ChildMessage['type']> = Extract<ChildMessage, { type: T }>;

/** A child process running one job of server-child.ts, with a typed request/answer channel. */
export class Child {
  private readonly inbox: ChildMessage[] = [];
  private waiter: (() => void) | undefined;
  private exited: string | undefined;

  private constructor(
    private readonly proc: ChildProcess,
    private readonly label: string,
    private readonly timeoutMs: number,
    private readonly serving: boolean,
  ) {
    // A send racing the child's own exit fails with EPIPE; the exit itself is what matters.
    proc.on('error', () => undefined);
    proc.on('message', (m: ChildMessage) => {
      this.inbox.push(m);
      this.waiter?.();
    });
    proc.on('exit', (code, signal) => {
      this.exited = `exited with ${signal ?? code}`;
      this.waiter?.();
    });
  }

  static spawn(job: ChildJob, options: SpawnOptions): Child {
    const args = [...(options.nodeArgs ?? []), CHILD_SCRIPT, JSON.stringify(job)];
    const [cmd, argv] = options.cpu === undefined ? [options.node, args] : ['taskset', ['-c', String(options.cpu), options.node, ...args]];
    const proc = spawn(cmd, argv, { stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
    forwardStderr(proc);
    return new Child(proc, `${job.mode}/${job.target}`, options.timeoutMs ?? 180_000, job.mode === 'serve');
  }

  get pid(): number | undefined {
    return this.proc.pid;
  }

  /** The next message of this type; any `error` from the child or its exit rejects. */
  async next<T extends ChildMessage['type']>(type: T): Promise<Of<T>> {
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      const i = this.inbox.findIndex((m) => m.type === type || m.type === 'error');
      if (i !== -1) {
        const [m] = this.inbox.splice(i, 1);
        if (m?.type === 'error') throw new Error(`${this.label} child failed: ${m.message}`);
        return m as Of<T>;
      }
      if (this.exited) throw new Error(`${this.label} child ${this.exited} before sending '${type}'`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${this.label} child sent no '${type}' within ${this.timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.waiter = undefined;
    }
  }

  async ask<T extends ChildMessage['type']>(message: ParentMessage, answer: T): Promise<Of<T>> {
    this.proc.send(message);
    return this.next(answer);
  }

  /** Waits for the process to end (asking a server child to close first; the others end by themselves). */
  async finish(): Promise<void> {
    if (this.exited) return;
    const done = new Promise<void>((resolve) => this.proc.once('exit', () => resolve()));
    if (this.serving && this.proc.connected) this.proc.send({ type: 'exit' } satisfies ParentMessage);
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 20_000);
    await done;
    clearTimeout(timer);
  }

  kill(): void {
    if (!this.exited) this.proc.kill('SIGKILL');
  }
}
