// Runs the compiler over types.test-d.ts, so the DSL's compile-time guarantees (reify's types, non-JSON
// bodies rejected) are checked by the test run too, not only by the package typecheck.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));

it('types.test-d.ts type-checks (reify types, non-JSON bodies rejected)', () => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pactwright-dsl-types-'));
  try {
    const config = path.join(dir, 'tsconfig.json');
    writeFileSync(
      config,
      JSON.stringify({
        extends: path.join(packageDir, 'tsconfig.json'),
        compilerOptions: { noEmit: true, rootDir: packageDir, typeRoots: [path.join(packageDir, '../../node_modules/@types')] },
        include: [],
        files: [path.join(packageDir, 'test/dsl/types.test-d.ts')],
      }),
    );
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', config], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      output = String((e as { stdout?: unknown }).stdout ?? e);
    }
    // Errors in other layers' files (being written in parallel) are not this test's business.
    const ours = output.split('\n').filter((l) => /(src\/dsl|test\/dsl)\//.test(l));
    expect(ours).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
