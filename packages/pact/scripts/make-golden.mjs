#!/usr/bin/env node
// Dev tool: regenerates test/consumer/golden/ by running the consumer tests of test/consumer/
// against the real Pact JS 17 (its native core) instead of this package. It installs Pact JS and a
// Node 24 (Pact JS 17 needs Node >= 22) in a work dir outside the repository, then runs the
// repository's Vitest under that Node with '@pact-foundation/pact' resolving to the real package.
// The project's tests never run this; they only read the golden files.
//
// Usage: node scripts/make-golden.mjs [--workdir DIR]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(packageDir, '../..');
const goldenDir = path.join(packageDir, 'test/consumer/golden');
const args = process.argv.slice(2);
const workdirArg = args.indexOf('--workdir');
const workdir = workdirArg >= 0 && args[workdirArg + 1] ? path.resolve(args[workdirArg + 1]) : mkdtempSync(path.join(os.tmpdir(), 'pactwright-pact-golden-'));

function run(cmd, argv, options = {}) {
  const result = spawnSync(cmd, argv, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed with exit code ${result.status}`);
}

mkdirSync(workdir, { recursive: true });
const node24 = path.join(workdir, 'node_modules/.bin/node');
const pactJs = path.join(workdir, 'node_modules/@pact-foundation/pact');
if (!existsSync(pactJs) || !existsSync(node24)) {
  writeFileSync(path.join(workdir, 'package.json'), JSON.stringify({ name: 'pactwright-pact-golden', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '@pact-foundation/pact@17', 'node@24'], { cwd: workdir });
}

const out = path.join(workdir, 'pacts');
rmSync(out, { recursive: true, force: true });
const config = path.join(workdir, 'golden.vitest.config.mjs');
writeFileSync(
  config,
  `export default {
  root: ${JSON.stringify(packageDir)},
  resolve: { alias: { '@pact-foundation/pact': ${JSON.stringify(pactJs)} } },
  test: { include: ['test/consumer/**/*.test.ts'], testTimeout: 30000, fileParallelism: false },
};
`,
);
run(node24, [path.join(repoRoot, 'node_modules/vitest/vitest.mjs'), 'run', '--config', config], {
  cwd: packageDir,
  env: { ...process.env, PACTWRIGHT_MAKE_GOLDEN: '1', PACTWRIGHT_PACT_OUT: out },
});

mkdirSync(goldenDir, { recursive: true });
for (const name of readdirSync(out).filter((file) => file.endsWith('.json'))) {
  cpSync(path.join(out, name), path.join(goldenDir, name));
  console.log(`golden: ${path.relative(process.cwd(), path.join(goldenDir, name))}`);
}
console.log(`work dir: ${workdir}`);
