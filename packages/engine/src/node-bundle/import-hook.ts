/**
 * Where the loader (load.ts) leaves its `import()` for the bundle at `bundleUrl`, for
 * ../import-module.ts: one key per bundle file, so that two installed copies of the engine each
 * resolve from their own folder.
 */
export function importHookKey(bundleUrl: string): symbol {
  return Symbol.for(`pactwright.importModule ${bundleUrl}`);
}
