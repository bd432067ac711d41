import type { FileRun } from './file-run.js';

/** What the adapter runtime knows about the test files of this process (or worker thread). */
interface Registry {
  /** The file whose tests run now: the one `pact` forwards to. */
  current: FileRun | undefined;
  /** Every file run started and not finished yet, for cleanup of abandoned ones. */
  readonly open: Set<FileRun>;
}

/**
 * Kept on `globalThis` under a registered symbol, not in module scope: one process can load the
 * engine twice (its ESM and CommonJS builds, or two installed copies), and every copy must see the
 * same running file, or `pact` in a test would talk to another server than the adapter verifies.
 */
const registryKey = Symbol.for('@pactwright/engine/runner');

export function registry(): Registry {
  const holder = globalThis as { [registryKey]?: Registry };
  holder[registryKey] ??= { current: undefined, open: new Set() };
  return holder[registryKey];
}
