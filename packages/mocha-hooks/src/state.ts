import type { FileOutcome } from '@pactwright/engine';
import type { FileRun } from '@pactwright/engine/runner';
import type { MochaSuite, MochaTest } from './mocha-types.js';

/** The running test file: its engine file run and its top-level suites. */
export interface MochaFile {
  readonly file: string;
  readonly run: FileRun;
  /** Started once; every hook of the file awaits the same promise. */
  readonly started: Promise<void>;
  /** The file's top-level suites, scanned for failed hooks before the pact is written. */
  readonly suites: Set<MochaSuite>;
  finished?: Promise<FileOutcome>;
  /** The first pact problem left by a test's afterEach hooks (after its verdict was reported). */
  lateProblem?: Error;
}

/** Process-wide plugin state. */
export interface PluginState {
  current: MochaFile | undefined;
  /** The test between the root `beforeEach` and `afterEach` (a retry is a new attempt of it). */
  test: MochaTest | undefined;
  /** Why that test cannot run: its file's mock server did not start. */
  setupError: unknown;
  /** `.only` somewhere in the run: Mocha dropped the other tests, so no file ran completely. */
  onlyRun: boolean;
}

/**
 * Kept on `globalThis` under a registry symbol, not in module scope: Mocha may load the plugin through
 * its ESM entry (`--require` imports) while a CommonJS test file requires the CJS entry, and both must
 * see the one file that runs.
 */
const stateKey = Symbol.for('@pactwright/mocha-hooks/state');

export function pluginState(): PluginState {
  const holder = globalThis as { [stateKey]?: PluginState };
  holder[stateKey] ??= { current: undefined, test: undefined, setupError: undefined, onlyRun: false };
  return holder[stateKey];
}

/** True for a function the plugin already wrapped (a retry's clone shares its test's function). */
export const wrappedMark = Symbol.for('@pactwright/mocha-hooks/wrapped');
