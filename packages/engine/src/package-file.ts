import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = '@pactwright/engine';
let root: string | undefined;

// The engine runs from src/<layer>/ (tests) and from the bundles dist/index.js and dist/index.cjs, so
// package files are found by walking up to our own package.json, not by a fixed relative path.
function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        if ((JSON.parse(readFileSync(candidate, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME) return (root = dir);
      } catch {
        // not ours; keep walking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${PACKAGE_NAME}: cannot find its own package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** Absolute path of a file shipped with the engine package (e.g. `schema/pact.schema.json`). */
export function packageFile(relativePath: string): string {
  return join(packageRoot(), relativePath);
}
