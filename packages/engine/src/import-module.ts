// The engine's few dynamic imports (the msw transport, a config file, selfsigned for `tls: true`)
// go through here. On Node the engine runs from V8's code cache (node-bundle/load.ts), and a
// script V8 restored from its cache has lost what Node needs to answer `import()` ("A dynamic
// import callback was not specified"). So the loader lends its own `import()`, from an ordinary
// CommonJS module in the same folder, which resolves specifiers exactly as the bundle would.

/**
 * Where the loader leaves its `import()` for the bundle at `bundleUrl`: one key per bundle file, so
 * that two installed copies of the engine each resolve from their own folder.
 */
export function importHookKey(bundleUrl: string): symbol {
  return Symbol.for(`pactwright.importModule ${bundleUrl}`);
}

/** `import(specifier)`, through the loader's when the engine was loaded by it. */
export function importModule(specifier: string): Promise<unknown> {
  const lent = (globalThis as Record<symbol, unknown>)[importHookKey(import.meta.url)];
  return typeof lent === 'function' ? (lent as (specifier: string) => Promise<unknown>)(specifier) : import(specifier);
}
