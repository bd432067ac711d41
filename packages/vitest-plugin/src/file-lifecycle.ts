/**
 * The per-test-file lifecycle, which the setup file (setup.ts) installs before each test file, or
 * the main entry as a file imports it where each file has a worker of its own (fresh-workers.ts):
 * the hooks below wrap that file's tests.
 *
 * Where the setup file installs it, it runs before every file of the project, unit tests
 * included, so it imports nothing of the engine: a file that never imports
 * `@pactwright/vitest-plugin` gets no session, no mock server and no run record. One that does gets
 * them in `beforeAll`, after Vitest has loaded the file; in the file host they are begun as the
 * file imports the main entry, so that the host starts the server while Vitest loads the rest of
 * the file.
 *
 * On the `http` transport the file's session runs in the file host, in Vitest's main process
 * (file-host.ts), and this worker loads only the DSL (hosted-run.ts). With `msw` the session runs
 * here, where msw intercepts the test's requests.
 *
 * It deliberately reads nothing from hook arguments except the test context of `beforeEach`:
 * `beforeAll`/`afterAll` listener signatures changed in Vitest 4.1.
 */
import type { FileRun } from '@pactwright/engine/runner';
import type * as Vitest from 'vitest';
import type { TestContext } from 'vitest';
import type { HostedRun } from './hosted-run.js';
import { providedHostKey, providedNoSetupFileKey, providedOptionsKey, providedRunDirKey } from './provided-options.js';
import { fileFailure, hasSkippedTests, mayRetry, testName } from './task-tree.js';
import { offerBaseTest, offerEarlyStart, pactUsed, reinstallForThisFile, setPactTarget, type HostedRunClass } from './worker-slots.js';

/**
 * What the lifecycle uses of `vitest`, handed in rather than imported: this module is also part of
 * the main entry, which Vitest's main process loads with the config, where importing `vitest`
 * costs 40–50 ms. In a test worker the main entry takes them from the module Vitest itself loaded
 * (vitest-of-worker.ts); the setup file from its own import (vitest-lifecycle.ts).
 */
export type VitestHooks = Pick<typeof Vitest, (typeof VITEST_HOOKS)[number]>;

/** The names of {@link VitestHooks}: the functions of `vitest` the lifecycle calls. */
export const VITEST_HOOKS = ['afterAll', 'beforeAll', 'beforeEach', 'expect', 'inject', 'test'] as const;

/**
 * The hosted run's class, for a file whose session the early start did not begin: the main entry
 * has it loaded already, the setup file's lifecycle imports it then (a dynamic import here would
 * split the main entry's build into one more module to load).
 */
export type LoadHostedRun = () => Promise<HostedRunClass>;

/**
 * Registers the hooks of the file that is importing the main entry, if the plugin left its setup
 * file out of this project (fresh-workers.ts): each file then runs in a worker of its own, which
 * evaluates the main entry afresh for it. Otherwise the setup file installs them.
 */
export function installFileLifecycleWithoutSetupFile(vitest: VitestHooks, loadHostedRun: LoadHostedRun): void {
  if (vitest.inject(providedNoSetupFileKey) === true) installFileLifecycle(vitest, loadHostedRun);
}

/**
 * Registers this test file's hooks. The setup file calls it once per test file: Vitest runs setup
 * files again for every file, and this module, loaded by Node, runs only once per worker that
 * keeps its modules. So everything a file holds lives in this call, as it did in the setup
 * file's own module.
 */
export function installFileLifecycle(vitest: VitestHooks, loadHostedRun: LoadHostedRun): void {
  const { afterAll, beforeAll, beforeEach, expect, inject, test: baseTest } = vitest;
  let hosted: HostedRun | undefined;
  let run: FileRun | undefined;
  let file: TestContext['task']['file'] | undefined;
  /** The hosted session begun as the test file imported the main entry, for `beforeAll` to take. */
  let early: Promise<HostedRun> | undefined;

  /** Begins this file's session in the file host, when the options send it there. */
  function beginHosted(hostedRun?: HostedRunClass): Promise<HostedRun> | undefined {
    const options = inject(providedOptionsKey);
    const host = inject(providedHostKey);
    if (options?.transport !== 'http' || host === undefined) return undefined;
    const testFile = expect.getState().testPath;
    if (hostedRun !== undefined) return hostedRun.begin(host, testFile, options);
    return loadHostedRun().then((HostedRun) => HostedRun.begin(host, testFile, options));
  }

  offerBaseTest(baseTest);
  offerEarlyStart((hostedRun) => {
    // A file of a worker that keeps its modules, which never reached its `beforeAll`.
    void early?.then((stale) => stale.abort(), () => undefined);
    early = beginHosted(hostedRun);
    // Awaited, and its failure reported, in `beforeAll`.
    early?.catch(() => undefined);
  });
  // A worker that keeps its modules between files loaded the main entry for an earlier file, and
  // will not load it again: install this file's `test` here.
  if (pactUsed()) reinstallForThisFile();

  beforeAll(async () => {
    // A file of a worker that keeps its modules whose end never came (the runner gave up on it).
    hosted?.abort();
    hosted = undefined;
    run = undefined;
    file = undefined;
    setPactTarget(undefined);
    if (!pactUsed()) return;
    const options = inject(providedOptionsKey);
    if (options === undefined) {
      const { ConfigurationError } = await import('@pactwright/engine/dsl');
      throw new ConfigurationError(
        'setupFiles',
        '@pactwright/vitest-plugin/setup ran without its options. Add pactwright({ consumer, provider }) to ' +
          'the plugins of your Vitest config instead of listing the setup file yourself.',
      );
    }
    const begun = early ?? beginHosted();
    early = undefined;
    if (begun !== undefined) {
      hosted = await begun;
      setPactTarget(hosted);
      return;
    }
    const testFile = expect.getState().testPath;
    const { createFileRun } = await import('@pactwright/engine/runner');
    const runDir = inject(providedRunDirKey);
    const local = createFileRun(options, { ...(testFile ? { testFile } : {}), ...(runDir ? { runDir } : {}) });
    run = local;
    await local.start();
    setPactTarget({ pact: local.session.pact, recordCallSite: (site) => local.recordCallSite(site) });
  });

  // Destructured, not `(context) =>`: once a file uses the `pact` fixture, Vitest parses hook
  // parameters for fixture names and rejects anything but an object pattern.
  beforeEach(({ task, onTestFinished }) => {
    const remote = hosted;
    const local = run;
    if (remote === undefined && local === undefined) return;
    file ??= task.file;
    const name = testName(task);
    if (remote !== undefined) remote.beginTest(name);
    else local?.beginTest(name);
    // Verified in `onTestFinished`, which Vitest runs after the test's `afterEach` hooks (whatever
    // `sequence.hooks` says) and whose error fails the test. The test's own errors become the
    // report's cause, so the report is what the test shows.
    onTestFinished(async () => {
      const result = task.result;
      const skipped = result?.state === 'skip';
      const testErrors = result?.state === 'fail' ? (result.errors ?? []) : [];
      const outcome = { willRetry: mayRetry(task), skipped };
      const error = remote !== undefined ? await remote.endTest({ ...outcome, testError: testErrors[0] }) : local?.endTest({ ...outcome, testErrors });
      if (error === undefined) return;
      if (result !== undefined) result.errors = [];
      const { pointAtTest } = await import('./failure-location.js');
      throw pointAtTest(error, task, remote !== undefined ? remote.callSite : local?.callSite);
    });
  });

  afterAll(async () => {
    const remote = hosted;
    const local = run;
    hosted = undefined;
    run = undefined;
    setPactTarget(undefined);
    if (remote === undefined && local === undefined) return;
    // A failing hook (beforeAll/afterAll of a describe block) fails the file without failing a test.
    const failure = file ? fileFailure(file) : undefined;
    // `.skip`, `.todo`, `.only` elsewhere in the file and `-t` leave tests unrun.
    const partial = file === undefined || hasSkippedTests(file);
    if (remote !== undefined) {
      remote.finish(failure, partial);
      return;
    }
    if (local === undefined) return;
    if (failure !== undefined) local.markFailed(failure);
    if (partial) local.markPartial();
    await local.finish();
  });
}
