/**
 * How a test worker and the file host (file-host.ts, in Vitest's main process) talk about one test
 * file: a TCP connection of its own on 127.0.0.1, each message JSON text after its length as 4 bytes,
 * with byte arrays (a model interaction's bodies) as tagged base64. JSON, not `node:v8`'s
 * serializer: loading that module costs a fresh worker about 3 ms. Nothing here imports the engine:
 * the worker side of it is loaded in every isolated pact test file.
 */
import type { HttpInteraction, PortableError } from '@pactwright/engine/dsl';
import type { HttpRequest } from '@pactwright/engine';

/** Where workers reach the host, and the secret that proves they were started by this Vitest. */
export interface HostAddress {
  port: number;
  token: string;
}

/** What the host answers `begin` with: the file's mock server. */
export interface BegunFile {
  url: string;
  port: number;
}

/** The host's answer to `endTest`: the pact report to fail the test with, when there is one. */
export type HostedVerdict = { message: string; mismatches: readonly unknown[]; actual?: unknown; expected?: unknown; showDiff: boolean } | undefined;

/** From the worker. Messages with an `id` get a reply carrying it. */
export type WorkerMessage =
  | { kind: 'begin'; id: number; token: string; testFile?: string }
  | { kind: 'beginTest'; name: string }
  /** A model interaction the worker's DSL built, or pact JSON the worker already checked. */
  | { kind: 'register'; interaction: HttpInteraction | object }
  /** A request the worker's mirror of the mock answered (a suite's own msw server, via `pactHandlers(pact)`). */
  | { kind: 'request'; request: HttpRequest }
  | { kind: 'endTest'; id: number; willRetry: boolean; skipped: boolean; testError?: PortableError; unfinished: readonly string[] }
  /** Not answered: the worker does not wait for its file's end (see FileHost.settled). */
  | { kind: 'end'; failure?: string; partial: boolean }
  | { kind: 'synced'; id: number };

/**
 * From the host: replies; `sync`, which the worker answers with `synced` (see file-host.ts); and
 * `ready`, sent as the host accepts a connection when it has a server listening for the next file,
 * so that the worker need not wait for the reply to its `begin`.
 */
export type HostMessage = { kind: 'reply'; id: number; value?: unknown; error?: PortableError } | { kind: 'sync'; id: number } | ({ kind: 'ready' } & BegunFile);

/** A message larger than this is a broken stream, not a message. */
const MAX_MESSAGE_BYTES = 512 * 1024 * 1024;

/** The key a byte array travels under; no JSON a test writes holds it. */
const BYTES = '\u0000pactwright:bytes';

// Read off the holder, not `value`: a Buffer has already become `{ type, data }` by its toJSON there.
function encodeValue(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const original = this[key];
  return original instanceof Uint8Array ? { [BYTES]: Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString('base64') } : value;
}

function decodeValue(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const bytes = (value as Record<string, unknown>)[BYTES];
  return typeof bytes === 'string' ? new Uint8Array(Buffer.from(bytes, 'base64')) : value;
}

/** `message` as it goes on the wire (properties holding `undefined` are left out, as in JSON). */
export function encodeMessage(message: WorkerMessage | HostMessage): Buffer {
  const body = Buffer.from(JSON.stringify(message, encodeValue), 'utf8');
  const frame = Buffer.allocUnsafe(4 + body.length);
  frame.writeUInt32BE(body.length, 0);
  body.copy(frame, 4);
  return frame;
}

/**
 * A reader for one connection's byte stream: feed it every chunk, and it calls `onMessage` with
 * each complete message, in order. Throws on a frame no peer of ours would send.
 */
export function messageReader<M>(onMessage: (message: M) => void): (chunk: Buffer) => void {
  let pending: Buffer = Buffer.alloc(0);
  return (chunk) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    while (pending.length >= 4) {
      const size = pending.readUInt32BE(0);
      if (size > MAX_MESSAGE_BYTES) throw new Error(`a Pactwright host message of ${size} bytes: the connection is not one of ours`);
      if (pending.length < 4 + size) return;
      const message = JSON.parse(pending.toString('utf8', 4, 4 + size), decodeValue) as M;
      pending = pending.subarray(4 + size);
      onMessage(message);
    }
  };
}
