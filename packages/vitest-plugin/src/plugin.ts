import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PactwrightOptions, ResolvedPactwrightOptions } from '@pactwright/engine';
import type { FileRecordKeeper } from '@pactwright/engine/runner';
import type { Plugin } from 'vitest/config';
import { filesRunInFreshWorkers, leaveOutSetupFile } from './fresh-workers.js';
import { providedHostKey, providedNoSetupFileKey, providedOptionsKey } from './provided-options.js';
import type { VitestContextLike } from './run-owner.js';

/** Options of {@link pactwright}: the options every Pactwright adapter shares. */
export type PactwrightPluginOptions = PactwrightOptions;

const setupFile = fileURLToPath(new URL('./setup.js', import.meta.url));
const browserSetupFile = fileURLToPath(new URL('./browser-setup.js', import.meta.url));

/**
 * Our own and the engine's built code, by real path. Installed from npm they sit under
 * node_modules and Vitest already loads them natively; linked from a monorepo they do not, and
 * Vitest would push every engine module through its transform pipeline in every test file.
 */
function builtCodeDirs(): RegExp[] {
  const dirs = [dirname(setupFile), dirname(fileURLToPath(import.meta.resolve('@pactwright/engine')))];
  return dirs.map((dir) => new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\/]`));
}

/**
 * The Vitest plugin. Add it to `plugins` in `vitest.config` (or `vite.config`) and every test file
 * of the project gets its own Pactwright mock server, verified after each test; the pacts are
 * written into `pactDir` once, when the whole run is green.
 *
 * Options are validated when Vitest loads the config; each one can also come from its
 * `PACTWRIGHT_*` environment variable. A relative `pactDir` is resolved against the project root.
 *
 * @example
 * ```ts
 * import { defineConfig } from 'vitest/config';
 * import { pactwright } from '@pactwright/vitest-plugin';
 *
 * export default defineConfig({
 *   plugins: [pactwright({ consumer: 'web-app', provider: 'users-api' })],
 * });
 * ```
 */
export function pactwright(options: PactwrightPluginOptions = {}): Plugin {
  let resolved: ResolvedPactwrightOptions | undefined;
  let runDir: string | undefined;
  let keepRecord: FileRecordKeeper | undefined;
  let browser = false;
  /** The run owner's and the file host's modules, loaded while Vitest sets up after `config`. */
  let mainParts: Promise<[typeof import('./run-owner.js'), typeof import('./file-host.js')]> | undefined;
  return {
    name: 'pactwright',
    // The engine and the main-process parts are imported here, not at the top: test files import
    // this module too (it is the package's main entry), and must load only the DSL.
    async config(config) {
      // Not awaited here: Vitest has more to set up before `configureVitest`, which needs them.
      mainParts = Promise.all([import('./run-owner.js'), import('./file-host.js')]);
      mainParts.catch(() => undefined);
      browser = (config as { test?: { browser?: { enabled?: boolean } } }).test?.browser?.enabled === true;
      // The page's commands only in browser mode: about 2 ms of Vitest's start-up otherwise.
      const [{ ConfigurationError, resolvePactwrightOptions }, { optionSource }, pageCommands] = await Promise.all([
        import('@pactwright/engine'),
        import('@pactwright/engine/runner'),
        browser ? import('./page-commands.js').then((module) => module.pageCommands) : undefined,
      ]);
      const root = config.root === undefined ? process.cwd() : resolve(config.root);
      resolved = resolvePactwrightOptions({
        options: { ...options },
        cwd: root,
        source: optionSource('vitest'),
      });
      if (browser && options.transport === 'http') {
        throw new ConfigurationError('transport', "'http' cannot run in Vitest browser mode, where a test cannot start a server: leave it out (the page uses msw) or set 'msw'");
      }
      const given = resolved;
      return {
        test: {
          // In browser mode the test files run in a page: its session answers through msw, and
          // the Node side (the commands) verifies and writes the pact.
          setupFiles: [browser ? browserSetupFile : setupFile],
          provide: { [providedOptionsKey]: browser ? { ...given, transport: 'msw' } : given },
          server: { deps: { external: builtCodeDirs() } },
          ...(browser && pageCommands !== undefined
            ? {
                browser: {
                  commands: pageCommands({
                    options: () => given,
                    runDir: () => runDir,
                    keepRecord: () => keepRecord,
                  }),
                },
              }
            : {}),
        },
      };
    },
    // The run owner: pacts are written once per run, from a green run. And on the `http`
    // transport, the file host: each test file's mock server runs here, warm, and its worker
    // loads only the DSL (file-host.ts says why).
    async configureVitest(context: VitestContextLike) {
      // Where each test file gets a worker of its own, the main entry installs the file's lifecycle
      // as the file imports it, and files that do not import it (unit tests) run nothing of ours.
      const { config } = context.project;
      if (!browser && config !== undefined && filesRunInFreshWorkers(context.vitest.version, config) && leaveOutSetupFile(config, setupFile)) {
        context.project.provide(providedNoSetupFileKey, true);
      }
      const [{ installRunOwner }, { startFileHost }] = await (mainParts ?? Promise.all([import('./run-owner.js'), import('./file-host.js')]));
      const owner = installRunOwner(context);
      runDir = owner.runDir;
      keepRecord = owner.keepRecord;
      const given = resolved;
      if (browser || given === undefined || given.transport !== 'http') return;
      // The host runs in the owner's process: its files hand their records over directly.
      const host = await startFileHost({ options: () => given, runDir: () => runDir, keepRecord: owner.keepRecord });
      owner.settleBeforeEnd(() => host.settled());
      context.project.provide(providedHostKey, host.address);
      context.vitest.onClose?.(() => host.close());
    },
  } as Plugin;
}
