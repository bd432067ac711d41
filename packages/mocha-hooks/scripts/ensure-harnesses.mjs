// Makes sure each Mocha version harness (harness/mocha10, mocha11, mocha12) resolves the Mocha major
// it pins. npm 11 records a nested workspace's own node_modules in package-lock.json but does not
// create it on install (the harnesses sit inside the packages/mocha-hooks workspace), so a harness
// would silently resolve whichever Mocha is hoisted above it. When that happens this script installs
// the harness's dependencies into its own node_modules, outside the lockfile.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const harnessRoot = fileURLToPath(new URL('../harness/', import.meta.url));

function wantedMajor(range) {
  const match = /(\d+)/.exec(range);
  return match ? Number(match[1]) : undefined;
}

function resolvedMajor(dir, name) {
  try {
    const manifest = createRequire(join(dir, 'package.json')).resolve(`${name}/package.json`);
    // Only a copy inside the harness counts: one found further up belongs to someone else.
    if (!manifest.startsWith(join(dir, 'node_modules'))) return undefined;
    return Number(String(JSON.parse(readFileSync(manifest, 'utf8')).version).split('.')[0]);
  } catch {
    return undefined;
  }
}

for (const entry of readdirSync(harnessRoot, { withFileTypes: true })) {
  if (!entry.isDirectory()) continue;
  const dir = join(harnessRoot, entry.name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const wrong = Object.entries(manifest.dependencies ?? {}).filter(([name, range]) => resolvedMajor(dir, name) !== wantedMajor(range));
  if (wrong.length === 0) continue;
  process.stderr.write(`mocha-hooks harness ${entry.name}: installing ${wrong.map(([name]) => name).join(', ')} locally\n`);
  execFileSync(
    'npm',
    ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
}
