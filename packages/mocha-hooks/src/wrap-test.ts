import type { MochaContext, MochaFn, MochaTest } from './mocha-types.js';
import { pluginState, wrappedMark } from './state.js';

/**
 * Ends `test`'s running attempt: verifies its interactions and resets for the next test. Returns the
 * error to fail the test with: the pact report (with `testError` as its cause) when the session
 * found a problem, else `testError` itself. A test body that finishes after Mocha gave up on it
 * (timeout) verifies nothing: `afterEach` already ended its attempt, and another test may run now.
 */
export function endAttempt(test: MochaTest, testError?: unknown): unknown {
  const state = pluginState();
  const run = state.current?.run;
  if (state.test !== test || run === undefined || !run.inTest) return testError;
  // Only the final attempt's verdict may keep the file from writing its pact.
  const willRetry = test.currentRetry() < test.retries();
  return run.endTest({ willRetry, testErrors: testError === undefined ? [] : [testError] }) ?? testError;
}

/** Mocha's "skip" signal (`this.skip()` inside a test): a `Pending` instance, no verdict to add. */
function isPending(error: unknown): boolean {
  return typeof error === 'object' && error !== null && error.constructor.name === 'Pending';
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
  const wrapped: MochaFn =
    original.length > 0
      ? function pactwrightVerifiedTest(this: MochaContext, done?: (error?: unknown) => void): unknown {
          if (pluginState().setupError !== undefined) return done?.(pluginState().setupError);
          let settled = false;
          const callback = (error?: unknown): void => {
            // A second done() call goes straight to Mocha, which reports "done() called multiple times".
            if (settled) return done?.(error);
            settled = true;
            const failure = endAttempt(test, error ?? undefined);
            return failure === undefined ? done?.() : done?.(failure);
          };
          try {
            return original.call(this, callback);
          } catch (error) {
            if (settled || isPending(error)) throw error;
            settled = true;
            throw endAttempt(test, error);
          }
        }
      : async function pactwrightVerifiedTest(this: MochaContext): Promise<void> {
          if (pluginState().setupError !== undefined) throw pluginState().setupError;
          let testError: unknown;
          try {
            await original.call(this);
          } catch (error) {
            if (isPending(error)) throw error;
            testError = error ?? new Error('the test threw a falsy value');
          }
          const failure = endAttempt(test, testError);
          if (failure !== undefined) throw failure;
        };
  Object.defineProperty(wrapped, wrappedMark, { value: true });
  // Reporters and retries that read the test's source keep seeing the user's function.
  Object.defineProperty(wrapped, 'toString', { value: () => original.toString() });
  test.fn = wrapped;
}
