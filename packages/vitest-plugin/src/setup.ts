/**
 * The per-test-file lifecycle. The plugin adds this module to `test.setupFiles`, so Vitest runs it
 * before each test file, and the hooks below wrap that file's tests.
 *
 * It deliberately reads nothing from hook arguments except the test context of `beforeEach`:
 * `beforeAll`/`afterAll` listener signatures changed in Vitest 4.1.
 */
import { ConfigurationError } from '@pactwright/engine';
import { createBoundPact, createFileRun, type FileRun } from '@pactwright/engine/runner';
import { afterAll, beforeAll, beforeEach, expect, inject, test as baseTest } from 'vitest';
import type { TestContext } from 'vitest';
import { installPactTest } from './fixture.js';
import { pointAtTest } from './failure-location.js';
import { providedOptionsKey } from './provided-options.js';
import { providedRunDirKey } from './run-owner.js';
import { fileFailure, hasSkippedTests, mayRetry, testName } from './task-tree.js';

let run: FileRun | undefined;
let file: TestContext['task']['file'] | undefined;

installPactTest(baseTest, createBoundPact());

function requireRun(): FileRun {
  if (run === undefined) throw new ConfigurationError('plugins', 'the Pactwright session of this file did not start');
  return run;
}

beforeAll(async () => {
  const options = inject(providedOptionsKey);
  if (options === undefined) {
    throw new ConfigurationError(
      'setupFiles',
      '@pactwright/vitest-plugin/setup ran without its options. Add pactwright({ consumer, provider }) to ' +
        'the plugins of your Vitest config instead of listing the setup file yourself.',
    );
  }
  const testFile = expect.getState().testPath;
  const runDir = inject(providedRunDirKey);
  run = createFileRun(options, { ...(testFile ? { testFile } : {}), ...(runDir ? { runDir } : {}) });
  file = undefined;
  await run.start();
});

// Destructured, not `(context) =>`: once a file uses the `pact` fixture, Vitest parses hook
// parameters for fixture names and rejects anything but an object pattern.
beforeEach(({ task, onTestFinished }) => {
  const active = requireRun();
  file ??= task.file;
  active.beginTest(testName(task));
  // Verified in `onTestFinished`, which Vitest runs after the test's `afterEach` hooks (whatever
  // `sequence.hooks` says) and whose error fails the test. The test's own errors become the
  // report's cause, so the report is what the test shows.
  onTestFinished(() => {
    const result = task.result;
    const skipped = result?.state === 'skip';
    const testErrors = result?.state === 'fail' ? (result.errors ?? []) : [];
    const error = active.endTest({ willRetry: mayRetry(task), testErrors, skipped });
    if (error === undefined) return;
    if (result !== undefined) result.errors = [];
    throw pointAtTest(error, task, active.callSite);
  });
});

afterAll(async () => {
  const active = run;
  run = undefined;
  if (active === undefined) return;
  // A failing hook (beforeAll/afterAll of a describe block) fails the file without failing a test.
  const failure = file ? fileFailure(file) : undefined;
  if (failure !== undefined) active.markFailed(failure);
  // `.skip`, `.todo`, `.only` elsewhere in the file and `-t` leave tests unrun.
  if (file === undefined || hasSkippedTests(file)) active.markPartial();
  await active.finish();
});
