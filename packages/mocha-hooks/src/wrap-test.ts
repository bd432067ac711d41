import type { MochaContext, MochaFn, MochaTest } from './mocha-types.js';
import { pluginState, wrappedMark } from './state.js';

/**
 * Ends the running attempt: verifies its interactions and resets for the next test. Returns the
 * error to fail the test with: the pact report (with `testError` as its cause) when the session
 * found a problem, else `testError` itself. A test body that finishes after Mocha gave up on it
 * (timeout) verifies nothing: `afterEach` already ended its attempt.
 */
export function endAttempt(testError?: unknown): unknown {
  const attempt = pluginState().attempt;
  if (attempt === undefined || attempt.ended || attempt.run === undefined) return testError;
  attempt.ended = true;
  const { test } = attempt;
  const report = attempt.run.endTest({
    // Only the final attempt's verdict may keep the file from writing its pact.
    willRetry: test.currentRetry() < test.retries(),
    testErrors: testError === undefined ? [] : [testError],
  });
  return report ?? testError;
}

/** Why the test cannot run at all (its file's mock server did not start), if so. */
function setupError(): unknown {
  return pluginState().attempt?.setupError;
}

/**
 * Makes the test itself verify: the wrapper runs the user's function and then ends the attempt,
 * whether the function passed or threw, so a client that throws on the mock server's 500 fails
 * with the pact report. Mocha reports a test's result before its `afterEach` hooks run, and a
 * throwing `afterEach` makes it skip the rest of the suite (ecosystem.md §3.3), so this is the
 * last moment a pact problem can fail the test alone. The arity is kept, so Mocha still treats
 * `done`-style tests as such, and a retry's clone (which copies `fn`) is not wrapped twice.
 */
export function wrapTestFn(test: MochaTest): void {
  const original = test.fn;
  if (original === undefined || (original as { [wrappedMark]?: boolean })[wrappedMark] === true) return;
  let wrapped: MochaFn;
  if (original.length > 0) {
    wrapped = function pactwrightVerifiedTest(this: MochaContext, done?: (error?: unknown) => void): unknown {
      const cannotRun = setupError();
      if (cannotRun !== undefined) {
        done?.(cannotRun);
        return undefined;
      }
      let settled = false;
      const callback = (error?: unknown): void => {
        // A second done() call goes straight to Mocha, which reports "done() called multiple times".
        if (settled) {
          done?.(error);
          return;
        }
        settled = true;
        const failure = endAttempt(error ?? undefined);
        if (failure === undefined) done?.();
        else done?.(failure);
      };
      try {
        return original.call(this, callback);
      } catch (error) {
        if (settled) throw error;
        settled = true;
        throw endAttempt(error);
      }
    };
  } else {
    wrapped = async function pactwrightVerifiedTest(this: MochaContext): Promise<void> {
      const cannotRun = setupError();
      if (cannotRun !== undefined) throw cannotRun;
      let testError: unknown;
      try {
        await original.call(this);
      } catch (error) {
        // Mocha's `this.skip()` throws its own marker: a skipped test has no verdict to add.
        if (isPending(error)) throw error;
        testError = error ?? new Error('the test threw a falsy value');
      }
      const failure = endAttempt(testError);
      if (failure !== undefined) throw failure;
    };
  }
  Object.defineProperty(wrapped, wrappedMark, { value: true });
  // Reporters and retries that read the test's source keep seeing the user's function.
  Object.defineProperty(wrapped, 'toString', { value: () => original.toString() });
  test.fn = wrapped;
}

/** Mocha's "skip" signal (`this.skip()` inside a test): a `Pending` instance. */
function isPending(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { constructor?: { name?: string } }).constructor?.name === 'Pending';
}
