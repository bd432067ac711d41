// How a runner tells the loader (node-bundle/load.ts) that a test file is done, so that each
// bundle loaded with V8's code cache writes its full cache now. One set of writers per process, on
// globalThis: the loader has several copies (load.cjs, and one in each ES module entry), and the
// runner that calls it lives in another bundle (the engine's, or the DSL's in a Vitest worker).

const WRITERS = Symbol.for('pactwright.codeCache.writers');

function writers(): Set<() => void> {
  const slots = globalThis as unknown as Record<symbol, Set<() => void> | undefined>;
  return (slots[WRITERS] ??= new Set());
}

/** Registers a cache writer for the next {@link flushCodeCache}; each runs once. */
export function onCodeCacheFlush(write: () => void): () => void {
  writers().add(write);
  return () => writers().delete(write);
}

/**
 * Writes the code cache of every bundle this process loaded that has none in full yet: call it when
 * a test file is done, when every function a test file needs has been compiled. A process that runs
 * one file (an isolated runner) may be ended before its exit handlers run.
 *
 * @example
 * ```ts
 * await run.finish();
 * flushCodeCache();
 * ```
 */
export function flushCodeCache(): void {
  const pending = [...writers()];
  writers().clear();
  for (const write of pending) write();
}
