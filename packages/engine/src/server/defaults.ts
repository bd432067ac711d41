import type { LogLevel } from './types.js';

/** Option defaults of the mock server: the one place they are written down. */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 0;
export const DEFAULT_PACT_DIR = './pacts';
export const DEFAULT_LOG_LEVEL: LogLevel = 'silent';
export const DEFAULT_CORS = false;
/** Every log level, quietest first (a level prints its own lines and those of the levels before it). */
export const LOG_LEVELS: readonly LogLevel[] = ['silent', 'error', 'warn', 'info', 'debug', 'trace'];
/** 16 MiB: generous for test payloads, small enough that a runaway client cannot exhaust memory. */
export const DEFAULT_MAX_BODY_SIZE = 16 * 1024 * 1024;
/** How long `close()` lets in-flight requests finish before their sockets are destroyed. */
export const CLOSE_GRACE_MS = 1_000;
