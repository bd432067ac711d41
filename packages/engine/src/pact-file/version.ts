import { readFileSync } from 'node:fs';
import { packageFile } from '../package-file.js';

let cached: string | undefined;

/** The engine's own version, read once from its package.json . */
export function pactwrightVersion(): string {
  if (cached === undefined) {
    try {
      const pkg = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version?: unknown };
      cached = typeof pkg.version === 'string' ? pkg.version : '0.0.0';
    } catch {
      cached = '0.0.0';
    }
  }
  return cached;
}
