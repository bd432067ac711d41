// The engine's few dynamic imports (the msw transport, a config file, selfsigned for `tls: true`)
// go through here. On Node the engine runs from V8's code cache (node-bundle/load.ts), and a
// script V8 restored from its cache has lost what Node needs to answer `import()` ("A dynamic
// import callback was not specified"). So the loader lends its own `import()`, from an ordinary
// CommonJS module in the same folder, which resolves specifiers exactly as the bundle would.
import { importHookKey } from './node-bundle/import-hook.js';

/** `import(specifier)`, through the loader's when the engine was loaded by it. */
export function importModule(specifier: string): Promise<unknown> {
  const lent = (globalThis as Record<symbol, unknown>)[importHookKey(import.meta.url)];
  return typeof lent === 'function' ? (lent as (specifier: string) => Promise<unknown>)(specifier) : import(specifier);
}
