/**
 * What the setup file and the plugin's main entry hand each other in a test worker, through
 * globalThis: the setup file and a test file may hold separate instances of this package's modules
 * (Vitest's module runner, Node's loader, a vm context per file), but share the global.
 *
 * Nothing here imports the engine: the setup file runs before every test file of the project, unit
 * tests included, and only a file that imports this package pays for loading the engine and
 * starting a mock server.
 */
import type { PactTarget } from '@pactwright/engine/dsl';
import type { TestAPI } from 'vitest';

const baseTestKey = Symbol.for('pactwright.vitest.baseTest');
const usedKey = Symbol.for('pactwright.vitest.used');
const targetKey = Symbol.for('pactwright.vitest.target');
const earlyStartKey = Symbol.for('pactwright.vitest.earlyStart');
const reinstallKey = Symbol.for('pactwright.vitest.reinstall');

type Slots = Record<symbol, unknown>;

/** The setup file leaves the running file's Vitest `test`, for the main entry to extend. */
export function offerBaseTest(baseTest: TestAPI): void {
  (globalThis as unknown as Slots)[baseTestKey] = baseTest;
}

/** The `test` the setup file left, if it ran in this worker. */
export function offeredBaseTest(): TestAPI | undefined {
  const offered = (globalThis as unknown as Slots)[baseTestKey];
  return typeof offered === 'function' ? (offered as TestAPI) : undefined;
}

/** The main entry was loaded in this worker: its files use `pact`. */
export function markPactUsed(): void {
  (globalThis as unknown as Slots)[usedKey] = true;
}

/**
 * True once this worker loaded the main entry. With isolation (Vitest's default) that is this file's
 * own import; a worker that runs files one after another without it stays marked from the first
 * file that imported it, and every later file gets its session, as all did before.
 */
export function pactUsed(): boolean {
  return (globalThis as unknown as Slots)[usedKey] === true;
}

/** The running file's run (hosted or in this worker), which the main entry's `pact` forwards to. */
export function setPactTarget(target: PactTarget | undefined): void {
  (globalThis as unknown as Slots)[targetKey] = target;
}

/** The running file's run, if a file is running in this worker. */
export function pactTarget(): PactTarget | undefined {
  return (globalThis as unknown as Slots)[targetKey] as PactTarget | undefined;
}

/** What the main entry hands the setup file's early start: the hosted run, loaded with the DSL. */
export type HostedRunClass = typeof import('./hosted-run.js').HostedRun;

/** A function one module leaves on globalThis for another instance to call, if it is there. */
function callable<A extends unknown[]>(key: symbol): { offer(fn: ((...args: A) => void) | undefined): void; call(...args: A): void } {
  return {
    offer: (fn) => {
      (globalThis as unknown as Slots)[key] = fn;
    },
    call: (...args) => {
      const fn = (globalThis as unknown as Slots)[key];
      if (typeof fn === 'function') (fn as (...args: A) => void)(...args);
    },
  };
}

const earlyStart = callable<[HostedRunClass]>(earlyStartKey);
const reinstall = callable<[]>(reinstallKey);

/**
 * The setup file leaves how to begin the running file's session early: the main entry calls it as
 * it loads (see {@link startEarly}), while Vitest is still loading the test file.
 */
export const offerEarlyStart = earlyStart.offer;

/**
 * Begins the running file's session now, if the setup file offered to. The file host then starts the
 * file's mock server while Vitest loads the rest of the test file, instead of in `beforeAll`.
 */
export const startEarly = earlyStart.call;

/** The main entry leaves how to install a file's `test` and begin its session, for later files. */
export const offerReinstall = reinstall.offer;

/**
 * For a file of a worker that keeps its modules: the main entry was loaded by an earlier file and
 * will not run again, so the setup file installs this file's `test` and begins its session through it.
 */
export const reinstallForThisFile = reinstall.call;
