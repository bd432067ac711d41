import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The engine's own version, read once from its package.json (same relative place in src/ and dist/). */
export function pactwrightVersion(): string {
  if (cached === undefined) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
      cached = typeof pkg.version === 'string' ? pkg.version : '0.0.0';
    } catch {
      cached = '0.0.0';
    }
  }
  return cached;
}
