import { dirname, join } from 'node:path';
import type * as Engine from '@pactwright/engine' with { 'resolution-mode': 'import' };
import type * as Runner from '@pactwright/engine/runner' with { 'resolution-mode': 'import' };

/** The engine and its adapter runtime. */
export interface EngineModules {
  engine: typeof Engine;
  runner: typeof Runner;
}

let loaded: EngineModules | undefined;

/**
 * The engine's ES module build, loaded synchronously with require(esm) (Node >= 20.19): Jest
 * constructs environments synchronously, and this is the same module instance any `import()` of
 * the engine gets, so the engine loads once per worker.
 */
export function engineModules(): EngineModules {
  if (loaded !== undefined) return loaded;
  const dist = join(dirname(require.resolve('@pactwright/engine/package.json')), 'dist');
  /* eslint-disable @typescript-eslint/no-require-imports -- require(esm), see above */
  loaded = { engine: require(join(dist, 'index.js')) as typeof Engine, runner: require(join(dist, 'runner.js')) as typeof Runner };
  /* eslint-enable @typescript-eslint/no-require-imports */
  return loaded;
}
