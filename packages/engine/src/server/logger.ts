import type { LogLevel } from './types.js';
import type { Mismatch } from '../matching/types.js';
import type { HeaderMap } from '../model/types.js';

const LEVELS: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4, trace: 5 };

/** Header values that identify a user; printed only at `trace`. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);

/** Where log lines go. */
export type LogSink = (line: string) => void;

/** A small levelled logger that redacts credentials unless the level is `trace`. */
export interface Logger {
  enabled(level: Exclude<LogLevel, 'silent'>): boolean;
  log(level: Exclude<LogLevel, 'silent'>, message: string): void;
  /** Header map rendered for a log line, secrets redacted below `trace`. */
  headers(headers: HeaderMap | undefined): string;
  /** A mismatch's message for a log line; one about a secret header loses its values below `trace`. */
  mismatch(mismatch: Mismatch): string;
}

export function createLogger(level: LogLevel, tag: string, sink: LogSink = defaultSink): Logger {
  const threshold = LEVELS[level];
  const enabled = (l: Exclude<LogLevel, 'silent'>): boolean => LEVELS[l] <= threshold;
  return {
    enabled,
    log(l, message) {
      if (enabled(l)) sink(`[pactwright ${tag}] ${l.toUpperCase()} ${message}`);
    },
    headers(headers) {
      if (!headers) return '{}';
      const reveal = threshold >= LEVELS.trace;
      const shown: Record<string, string> = {};
      for (const [name, values] of Object.entries(headers)) {
        shown[name] = !reveal && SECRET_HEADERS.has(name.toLowerCase()) ? '<redacted>' : values.join(', ');
      }
      return JSON.stringify(shown);
    },
    mismatch(m) {
      if (m.type !== 'HeaderMismatch' || threshold >= LEVELS.trace || !SECRET_HEADERS.has(m.key.toLowerCase())) return m.mismatch;
      return `Mismatch with header '${m.key}': the values differ (shown only at trace level)`;
    },
  };
}

function defaultSink(line: string): void {
  process.stderr.write(line + '\n');
}
