import { PactParseError, PactwrightError } from '../errors.js';

/** Throw a `PactParseError` for the field at `at`. */
export function fail(at: string, problem: string): never {
  throw new PactParseError(at, problem);
}

/**
 * Run a loading step so that nothing but a `PactParseError` escapes: our own errors pass through,
 * a stack overflow (absurdly deep input) and any unexpected exception become one at the best path
 * known (`where(error)` is asked only when something went wrong).
 */
export function guard<T>(where: (error: unknown) => string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof PactwrightError) throw error;
    const at = where(error);
    if (error instanceof RangeError) {
      throw new PactParseError(at, `cannot be loaded: nested too deeply or too large (${error.message})`, { cause: error });
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new PactParseError(at, `cannot be loaded: ${message}`, { cause: error });
  }
}
