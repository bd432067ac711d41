/**
 * The per-test-file lifecycle. The plugin adds this module to `test.setupFiles`, so Vitest runs it
 * before each test file, and the hooks below wrap that file's tests.
 *
 * It runs before every file of the project, unit tests included, so it imports nothing of the
 * engine: a file that never imports `@pactwright/vitest-plugin` gets no session, no mock server
 * and no run record. One that does gets them in `beforeAll`, after Vitest has loaded the file.
 *
 * It deliberately reads nothing from hook arguments except the test context of `beforeEach`:
 * `beforeAll`/`afterAll` listener signatures changed in Vitest 4.1.
 */
import type { FileRun } from '@pactwright/engine/runner';
import { afterAll, beforeAll, beforeEach, expect, inject, test as baseTest } from 'vitest';
import type { TestContext } from 'vitest';
import type { pointAtTest as PointAtTest } from './failure-location.js';
import { providedOptionsKey, providedRunDirKey } from './provided-options.js';
import { fileFailure, hasSkippedTests, mayRetry, testName } from './task-tree.js';
import { offerBaseTest, pactUsed } from './worker-slots.js';

let run: FileRun | undefined;
let file: TestContext['task']['file'] | undefined;
let pointAtTest: typeof PointAtTest | undefined;

offerBaseTest(baseTest);
// A worker that keeps its modules between files loaded the main entry for an earlier file, and
// will not load it again: install this file's `test` here.
if (pactUsed()) (await import('./file-install.js')).installForThisFile();

beforeAll(async () => {
  run = undefined;
  file = undefined;
  if (!pactUsed()) return;
  const [{ ConfigurationError }, { createFileRun }, location] = await Promise.all([import('@pactwright/engine'), import('@pactwright/engine/runner'), import('./failure-location.js')]);
  pointAtTest = location.pointAtTest;
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
  await run.start();
});

// Destructured, not `(context) =>`: once a file uses the `pact` fixture, Vitest parses hook
// parameters for fixture names and rejects anything but an object pattern.
beforeEach(({ task, onTestFinished }) => {
  const active = run;
  if (active === undefined) return;
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
    throw pointAtTest === undefined ? error : pointAtTest(error, task, active.callSite);
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
