/**
 * What the page (Vitest browser mode) tells the Node side through Vitest's browser commands. The
 * page answers requests with the engine core; the Node side replays what happened into a real
 * file run, so that verification, the report, the run owner and the pact file are Node's own.
 */

/** A request as the page's mock received it, for the wire (the body in base64). */
export interface WireRequest {
  method: string;
  path: string;
  rawQuery?: string;
  query?: Record<string, (string | null)[]>;
  headers?: Record<string, string[]>;
  body: { kind: 'missing' | 'empty' | 'null' } | { kind: 'present'; base64: string; contentType?: string; hint?: 'TEXT' | 'BINARY' };
}

/** One thing a test did to the mock, in the order it happened. */
export type PageEvent = { kind: 'register'; interaction: object } | { kind: 'request'; request: WireRequest };

/** The end of one test in the page. */
export interface PageTestEnd {
  name: string;
  events: PageEvent[];
  /** The DSL's messages for interactions left half-built. */
  unfinished: string[];
  /** The test's own failure, when it failed. */
  error?: { name: string; message: string };
  willRetry: boolean;
  skipped: boolean;
}

/** The end of a test file in the page. */
export interface PageFileEnd {
  /** Why the file failed outside its tests (a failing hook). */
  failure?: string;
  /** Some tests did not run (`.skip`, `.only`, `-t`). */
  partial: boolean;
}

/** The commands, by name (each is `(context, ...args)` on the Node side). */
export const PAGE_COMMANDS = {
  beginFile: 'pactwrightBeginFile',
  endTest: 'pactwrightEndTest',
  endFile: 'pactwrightEndFile',
} as const;

/** The Node side's answer to the end of a test: the verification failure (its report and diff), if any. */
export type PageVerdict = { name: string; message: string; mismatches: readonly unknown[]; actual?: unknown; expected?: unknown } | undefined;
