import type { MochaContext, MochaFn, MochaTest } from './mocha-types.js';
import { pluginState, wrappedMark } from './state.js';

/**
 * Verifies the running attempt's interactions. Returns the error to fail the test with. A test body
 * that finishes after Mocha gave up on it (timeout) verifies nothing: its attempt is closed.
 */
function verifyAttempt(): unknown {
  const attempt = pluginState().attempt;
  if (attempt === undefined || attempt.closed || attempt.verified) return undefined;
  attempt.verified = true;
  const session = attempt.session;
  if (session === undefined) return undefined;
  // Only the final attempt's verdict may keep the file from writing its pact.
  return session.endTest({ willRetry: attempt.test.currentRetry() < attempt.test.retries() });
}

/** Why the test cannot run at all (its file's mock server did not start), if so. */
function setupError(): unknown {
  return pluginState().attempt?.setupError;
}

/**
 * Makes the test itself fail on a pact problem: the wrapper runs the user's function, then verifies.
 * Failing from a root `afterEach` instead would make Mocha skip every test after it (ecosystem.md
 * §3.3). The arity is kept, so Mocha still treats `done`-style tests as such, and a retry's clone
 * (which copies `fn`) is not wrapped twice.
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
        if (settled || error) {
          done?.(error);
          return;
        }
        settled = true;
        let problem: unknown;
        try {
          problem = verifyAttempt();
        } catch (verifyError) {
          problem = verifyError;
        }
        if (problem === undefined) done?.();
        else done?.(problem);
      };
      return original.call(this, callback);
    };
  } else {
    wrapped = async function pactwrightVerifiedTest(this: MochaContext): Promise<void> {
      const cannotRun = setupError();
      if (cannotRun !== undefined) throw cannotRun;
      await original.call(this);
      const problem = verifyAttempt();
      if (problem !== undefined) throw problem;
    };
  }
  Object.defineProperty(wrapped, wrappedMark, { value: true });
  // Reporters and retries that read the test's source keep seeing the user's function.
  Object.defineProperty(wrapped, 'toString', { value: () => original.toString() });
  test.fn = wrapped;
}
