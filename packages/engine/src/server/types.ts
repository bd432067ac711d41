import type { HttpInteraction, HttpRequest, Pact, SpecVersion } from '../model/types.js';
import type { MatchResult } from '../matching/types.js';
import type { PreparedInteraction } from '../mock/prepared-interaction.js';
import type { VerifyResult } from '../mock/pact-mock.js';
import type { RequestJson } from '../model/request-json.js';

export type { MatchResult, RequestJson, VerifyResult };
import type { LimitOptions } from '../model/limits.js';

export type { LimitOptions };

/** Log verbosity. `trace` is the only level that prints `Authorization`/`Cookie` values. */
export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/** Options of `startMockServer` (and of `createMockServer`'s third argument). */
export interface MockServerOptions {
  /** The pact to serve: JSON text, pact JSON object, or a parsed `Pact`. Default: an empty pact. */
  pact?: string | object;
  /** Consumer/provider names when no pact is given (needed to write a pact file). */
  consumer?: string;
  provider?: string;
  /** Interface to bind. Default `127.0.0.1`. */
  host?: string;
  /** Port to bind; `0` (default) lets the OS choose. */
  port?: number;
  /** Answer CORS pre-flight `OPTIONS` requests and add CORS headers to responses. Default `false`. */
  cors?: boolean;
  /** HTTPS: `true` for a generated self-signed certificate, or a PEM key and certificate. */
  tls?: boolean | { key: string | Buffer; cert: string | Buffer };
  /** Default directory for `writePact()`. Default `./pacts`. */
  pactDir?: string;
  /**
   * The pact specification version `writePact()` writes: `2`, `3` or `4`. Default: the version of
   * the pact the server was started with (V1 and V1.1 included, as the official server does), or
   * 3 without one.
   */
  spec?: 2 | 3 | 4 | SpecVersion;
  /** Default `silent`. */
  logLevel?: LogLevel;
  /** Largest accepted request body in bytes; larger bodies get 413. Default 16 MiB. */
  maxBodySize?: number;
  /**
   * Bounds on what a request may hold, so that no request can crash or stall the server. A request
   * past one of them is recorded as a mismatch naming the limit and answered with 500.
   */
  limits?: LimitOptions;
}


/** A running mock server (object API). */
export interface MockServer extends AsyncDisposable {
  readonly port: number;
  /** e.g. `http://127.0.0.1:54321` */
  readonly url: string;
  /** The pact this server holds (interactions from the pact given at start plus verified ones). */
  readonly pact: Pact;
  /**
   * Register an expectation on the running server: a model interaction, or V3 interaction JSON.
   * Returns the interaction as served, which outcomes and verification results refer to.
   */
  addInteraction(interaction: HttpInteraction | object): PreparedInteraction;
  /** True if every registered interaction was received, every request matched, nothing unexpected came. */
  matched(): boolean;
  /** Problems found so far, official format. */
  mismatches(): MatchResult[];
  /** Verify what is registered now, then clear it (matched interactions are kept for the pact). */
  verifyAndReset(): VerifyResult;
  /** Write (merge) the pact file; resolves to the file path. */
  writePact(dir?: string, options?: { overwrite?: boolean }): Promise<string>;
  /** Stop accepting, close every socket; resolves when the port is free. Idempotent. */
  close(): Promise<void>;
}

export type { HttpRequest };
