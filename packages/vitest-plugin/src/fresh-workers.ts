/**
 * Whether a project's test files each run in a worker of their own: then the plugin's main entry is
 * evaluated afresh for every file that imports it, and can install that file's lifecycle itself,
 * so the plugin leaves its setup file out of the project (plugin.ts).
 *
 * Why bother: Vitest does not load a setup file as it loads a package's other files. It transforms
 * it in the main process and sends it to every worker, which compiles it again, before every test
 * file of the project, unit tests included: about 3.7 ms of each file, measured (bench/README.md).
 */

/** The parts of a resolved Vitest project config the decision reads (Vitest 4 and 5 agree on them). */
export interface IsolationConfig {
  pool?: unknown;
  isolate?: unknown;
  setupFiles?: string[];
}

/**
 * True when Vitest starts a new worker for each test file of the project: Vitest 4 or later, the
 * `forks` or `threads` pool, `isolate` on (the default).
 *
 * Anything else keeps the setup file, because a worker may then run several files and evaluates
 * the main entry only for the first: `isolate: false`, the vm pools (each file gets a new context
 * but the worker is shared), a custom pool, and Vitest 3, whose isolation is spread over the root's
 * per-pool options, `singleFork`/`singleThread` and `poolMatchGlobs`.
 *
 * @example
 * ```ts
 * filesRunInFreshWorkers('4.1.12', { pool: 'forks', isolate: true }); // true
 * filesRunInFreshWorkers('4.1.12', { pool: 'vmThreads', isolate: true }); // false
 * ```
 */
export function filesRunInFreshWorkers(vitestVersion: string | undefined, config: IsolationConfig): boolean {
  const major = Number.parseInt(vitestVersion ?? '', 10);
  if (!(major >= 4)) return false;
  return (config.pool === 'forks' || config.pool === 'threads') && config.isolate === true;
}

/**
 * Removes `setupFile` from the resolved config's `setupFiles`. Vitest serializes the project's
 * config for its workers when a run starts, from the resolved config, so a plugin's
 * `configureVitest` can still change it. Returns whether it was there.
 */
export function leaveOutSetupFile(config: IsolationConfig, setupFile: string): boolean {
  const files = config.setupFiles;
  if (!Array.isArray(files)) return false;
  const index = files.indexOf(setupFile);
  if (index === -1) return false;
  files.splice(index, 1);
  return true;
}
