import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError, resolvePactwrightOptions, type PactwrightOptions, type ResolvedPactwrightOptions } from '@pactwright/engine';
import { optionSource } from '@pactwright/engine/runner';
import type { Plugin } from 'vitest/config';
import { providedOptionsKey } from './provided-options.js';
import { installRunOwner, type VitestContextLike } from './run-owner.js';
import { pageCommands } from './page-commands.js';

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
  return {
    name: 'pactwright',
    config(config) {
      const root = config.root === undefined ? process.cwd() : resolve(config.root);
      resolved = resolvePactwrightOptions({
        options: { ...options },
        cwd: root,
        source: optionSource('vitest'),
      });
      const browser = (config as { test?: { browser?: { enabled?: boolean } } }).test?.browser?.enabled === true;
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
          // Lets a failure reported after a test point at the test when it never touched `pact`.
          includeTaskLocation: true,
          server: { deps: { external: builtCodeDirs() } },
          ...(browser
            ? {
                browser: {
                  commands: pageCommands({
                    options: () => given,
                    runDir: () => runDir,
                  }),
                },
              }
            : {}),
        },
      };
    },
    // The run owner: pacts are written once per run, from a green run.
    configureVitest(context: VitestContextLike) {
      runDir = installRunOwner(context);
    },
  } as Plugin;
}
