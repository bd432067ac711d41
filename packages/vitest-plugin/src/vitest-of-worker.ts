import { VITEST_HOOKS, type VitestHooks } from './file-lifecycle.js';

/**
 * The `vitest` module of this test worker, as Vitest itself keeps it (`globalThis.__vitest_index__`,
 * which backs `import.meta.vitest` in Vitest 3 to 5, in the forks and threads pools alike), or
 * `undefined` where it is missing or lacks a hook the lifecycle calls. `global` is for tests.
 *
 * Why not `import 'vitest'`: the main entry, which calls this, is also what Vitest's main process
 * loads with the config, and must not import `vitest` there. Loading a module of its own that does
 * (vitest-lifecycle.ts) costs an isolated test file about 1.7 ms, most of it Node resolving
 * `vitest` from this package and loading an ES module through `require`.
 *
 * @example
 * ```ts
 * const vitest = vitestOfWorker();
 * if (vitest !== undefined) installFileLifecycle(vitest, () => Promise.resolve(HostedRun));
 * ```
 */
export function vitestOfWorker(global: object = globalThis): VitestHooks | undefined {
  const candidate: unknown = (global as { __vitest_index__?: unknown }).__vitest_index__;
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const hooks = candidate as Record<(typeof VITEST_HOOKS)[number], unknown>;
  if (!VITEST_HOOKS.every((name) => typeof hooks[name] === 'function')) return undefined;
  if (typeof (hooks.expect as { getState?: unknown }).getState !== 'function') return undefined;
  return candidate as VitestHooks;
}
