import type { PactSession } from '@pactwright/engine';
import type { MochaSuite, MochaTest } from './mocha-types.js';

/** One test attempt between the root `beforeEach` and `afterEach` (a retry is a new attempt). */
export interface Attempt {
  readonly test: MochaTest;
  /** Undefined when the file's server could not start: the test then fails with `setupError`. */
  readonly session: PactSession | undefined;
  readonly setupError?: unknown;
  /** Set by `afterEach` (or a timeout): a late-finishing test body must not verify any more. */
  closed: boolean;
  verified: boolean;
}

/** The session of the test file that is running now. */
export interface FileRun {
  readonly file: string;
  readonly session: PactSession;
  /** Started once; every hook of the file awaits the same promise. */
  readonly started: Promise<void>;
  /** The file's top-level suites, scanned for failed hooks before the pact is written. */
  readonly suites: Set<MochaSuite>;
  finished?: Promise<{ pactFile?: string }>;
}

/** Process-wide plugin state. */
export interface PluginState {
  current: FileRun | undefined;
  attempt: Attempt | undefined;
  /** Every file run not finished yet, for the exit/interrupt safety net. */
  readonly open: Set<FileRun>;
  safetyNetInstalled: boolean;
}

/**
 * Kept on `globalThis` under a registry symbol, not in module scope: Mocha may load the plugin through
 * its ESM entry (`--require` imports) while a CommonJS test file requires the CJS entry. Two module
 * instances must still see one running session, or `pact` in that test would be a different server.
 */
const stateKey = Symbol.for('@pactwright/mocha-hooks/state');

export function pluginState(): PluginState {
  const holder = globalThis as { [stateKey]?: PluginState };
  holder[stateKey] ??= { current: undefined, attempt: undefined, open: new Set(), safetyNetInstalled: false };
  return holder[stateKey];
}

/** True for a function the plugin already wrapped (a retry's clone shares its test's function). */
export const wrappedMark = Symbol.for('@pactwright/mocha-hooks/wrapped');
