/**
 * The per-test-file lifecycle. The plugin adds this module to `test.setupFiles`, so Vitest runs it
 * before each test file, and the hooks below wrap that file's tests.
 *
 * It deliberately reads nothing from hook arguments except the test context of `beforeEach`:
 * `beforeAll`/`afterAll` listener signatures changed in Vitest 4.1, and failures are learnt with
 * `onTestFailed`, which every supported version has.
 */
import { createPactSession, ConfigurationError } from '@pactwright/engine';
import { afterAll, afterEach, beforeAll, beforeEach, inject, test as baseTest } from 'vitest';
import { installPactTest } from './fixture.js';
import { pointAtTest } from './failure-location.js';
import { providedOptionsKey } from './provided-options.js';
import { fileFailure, mayRetry, testName } from './task-tree.js';
import { beginRun, closeAbandonedSessions, currentRun, endRun, type FileRun } from './worker-state.js';

let run: FileRun | undefined;

installPactTest(baseTest);

function requireRun(): FileRun {
  const active = run ?? currentRun();
  if (active === undefined) throw new ConfigurationError('plugins', 'the Pactwright session of this file did not start');
  return active;
}

beforeAll(async () => {
  await closeAbandonedSessions();
  const options = inject(providedOptionsKey);
  if (options === undefined) {
    throw new ConfigurationError(
      'setupFiles',
      '@pactwright/vitest-plugin/setup ran without its options. Add pactwright({ consumer, provider }) to ' +
        'the plugins of your Vitest config instead of listing the setup file yourself.',
    );
  }
  const session = createPactSession(options);
  run = { session };
  beginRun(run);
  await session.start();
});

// Destructured, not `(context) =>`: once a file uses the `pact` fixture, Vitest parses hook
// parameters for fixture names and rejects anything but an object pattern.
beforeEach(({ task, onTestFailed }) => {
  const active = requireRun();
  active.file ??= task.file;
  active.test = task;
  active.callSite = undefined;
  active.session.beginTest(testName(task));
  onTestFailed(() => {
    // An attempt Vitest will retry does not decide the file; the end-of-file check reads the final result.
    if (!mayRetry(task)) active.session.markFailed(`test "${testName(task)}" failed`);
  });
});

afterEach(() => {
  const active = requireRun();
  const { test, callSite } = active;
  active.test = undefined;
  active.callSite = undefined;
  // An attempt Vitest will retry fails on a problem but does not yet cost the file its pact.
  const error = active.session.endTest({ willRetry: test !== undefined && mayRetry(test) });
  if (error !== undefined) throw pointAtTest(error, test, callSite);
});

afterAll(async () => {
  const active = run;
  run = undefined;
  if (active === undefined) return;
  try {
    // A failing hook (beforeAll/afterAll of a describe block) fails the file without failing a test.
    const failure = active.file ? fileFailure(active.file) : undefined;
    if (failure !== undefined) active.session.markFailed(failure);
    await active.session.finish();
  } finally {
    endRun(active);
  }
});

