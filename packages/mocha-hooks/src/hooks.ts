import { basename } from 'node:path';
import { resolvePactwrightOptions, type PactwrightOptions } from '@pactwright/engine';
import { optionSource } from '@pactwright/engine/runner';
import { enterFile, failedRunnables, finishFile } from './file-runs.js';
import { beginOwnedRun, endOwnedRun } from './run-owner.js';
import type { MochaContext, MochaFn, MochaSuite } from './mocha-types.js';
import { pluginState } from './state.js';
import { endAttempt, wrapTestFn } from './wrap-test.js';
import { pact } from './pact.js';

/** The root hooks Mocha runs around every test (`mochaHooks`). */
export interface PactwrightRootHooks {
  beforeAll: MochaFn;
  beforeEach: MochaFn;
  afterEach: MochaFn;
  afterAll: MochaFn;
}

const injected = new WeakSet<MochaSuite>();

/**
 * Gives each test file a "before all" hook (first in its first top-level suite) that starts the
 * file's server, and an "after all" hook (last in its last top-level suite) that verifies the file
 * and writes its pact. Root hooks alone cannot do this: in serial mode root before/after-all hooks
 * run once for the whole run, and a suite's own `before` hooks (which often read `pact.url`) run
 * before any root `beforeEach`.
 */
function injectFileHooks(root: MochaSuite, options: PactwrightOptions): void {
  if (injected.has(root)) return;
  injected.add(root);
  pluginState().onlyRun = root.hasOnly?.() === true;
  const byFile = new Map<string, MochaSuite[]>();
  for (const suite of root.suites) {
    if (suite.file !== undefined && !suite.isPending()) byFile.set(suite.file, [...(byFile.get(suite.file) ?? []), suite]);
  }
  for (const [file, suites] of byFile) {
    const first = suites[0];
    const last = suites[suites.length - 1];
    if (first === undefined || last === undefined) continue;
    first.beforeAll(`pactwright: start the mock server for ${basename(file)}`, async function startFileServer() {
      const run = await enterFile(file, options);
      for (const suite of suites) run.suites.add(suite);
    });
    // Suite#beforeAll appends; the server must be up before the user's own `before` hooks run.
    const beforeAll = first.getHooks?.('beforeAll');
    const startHook = beforeAll?.pop();
    if (beforeAll !== undefined && startHook !== undefined) beforeAll.unshift(startHook);
    last.afterAll(`pactwright: write the pact of ${basename(file)}`, async function finishFileServer() {
      const entry = pluginState().current;
      if (entry === undefined || entry.file !== file) return;
      await finishFile(entry);
      if (entry.lateProblem !== undefined) throw entry.lateProblem;
    });
  }
}

/**
 * Builds Mocha's root hooks for the given (unresolved) user options. `loadError` is a problem met
 * while reading the options; it is reported by the first hook, as one readable failure.
 */
export function createRootHooks(options: PactwrightOptions, loadError?: unknown): PactwrightRootHooks {
  const state = pluginState();
  return {
    beforeAll: function pactwrightSetUp(this: MochaContext): void {
      if (loadError !== undefined) throw loadError;
      // Fails the run once, up front, on a missing consumer/provider or a bad option.
      resolvePactwrightOptions({ options: { ...options }, source: optionSource('mocha') });
      // The root context is the prototype of every suite's and test's context.
      this.pact = pact;
      const root = this.test?.parent;
      if (root !== undefined) injectFileHooks(root, options);
      // A serial run in the owner's own process (each watch re-run too) is a run of the owner.
      beginOwnedRun();
    },

    // Must never throw: a failing root hook makes Mocha skip every remaining test of the run.
    // Problems are handed to the test instead, through its wrapped function.
    beforeEach: async function pactwrightBeginTest(this: MochaContext): Promise<void> {
      const test = this.currentTest;
      if (test === undefined) return;
      this.pact = pact;
      state.test = test;
      state.setupError = undefined;
      try {
        // The file's suites were given to it by its injected start hook; a file of top-level
        // tests has none, and starts here.
        const entry = await enterFile(test.file ?? '(no file)', options);
        entry.run.beginTest(test.fullTitle());
      } catch (error) {
        state.setupError = error;
      }
      wrapTestFn(test);
    },

    // Records only; see beforeEach for why it must not throw. An attempt the wrapper did not end
    // (a timeout, a skip, a test Mocha gave up on) ends here, so nothing it registered reaches the
    // interactions of a later test or hook.
    afterEach: function pactwrightEndTest(this: MochaContext): void {
      const test = this.currentTest ?? state.test;
      const entry = state.current;
      if (test === undefined || entry === undefined) return;
      if (entry.run.inTest) {
        if (test.state === 'pending') entry.run.endTest({ skipped: true });
        else endAttempt(test, test.state === 'failed' ? (test.err ?? new Error(`"${test.fullTitle()}" failed`)) : undefined);
      } else {
        // Mocha has reported the test already: what its afterEach hooks did with the mock server
        // is checked on its own, and a problem fails the file's last "after all" hook.
        entry.lateProblem ??= entry.run.endTest();
      }
      state.test = undefined;
      // A test whose last attempt failed for any reason keeps the file from writing its pact.
      if (test.state === 'failed' && test.currentRetry() >= test.retries()) entry.run.markFailed(`"${test.fullTitle()}" failed`);
    },

    afterAll: async function pactwrightTearDown(this: MochaContext): Promise<void> {
      const run = state.current;
      if (run !== undefined) await finishFile(run);
      // Serial mode: every file ran in this process, so the run ends here, the one place Mocha
      // calls at the end of every run (its global teardown runs only at exit under --watch).
      const root = this.test?.parent;
      if (root !== undefined) await endOwnedRun(failedRunnables(root).length);
    },
  };
}
