// Makes sure every Jest version harness (harness/jest29, harness/jest30) resolves the Jest major it
// pins. npm (11.x) records a nested workspace's own node_modules in package-lock.json but does not
// create it on install (harness/* sit inside the packages/jest-env workspace), so the harness whose
// Jest is not the hoisted one would silently resolve the other major. When that happens this
// script installs the harness's dependencies into its own node_modules, outside the lockfile.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const harnessRoot = fileURLToPath(new URL('../harness/', import.meta.url));

/** Major version a range like `^30.5.2` asks for. */
function wantedMajor(range) {
  const match = /(\d+)/.exec(range);
  return match ? Number(match[1]) : undefined;
}

function resolvedMajor(harnessDir, name) {
  try {
    const require = createRequire(join(harnessDir, 'package.json'));
    const version = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
    return Number(String(version).split('.')[0]);
  } catch {
    return undefined;
  }
}

for (const entry of readdirSync(harnessRoot, { withFileTypes: true })) {
  if (!entry.isDirectory()) continue;
  const dir = join(harnessRoot, entry.name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const wrong = Object.entries(manifest.dependencies ?? {}).filter(
    ([name, range]) => resolvedMajor(dir, name) !== wantedMajor(range),
  );
  if (wrong.length === 0) continue;
  process.stderr.write(`jest-env harness ${entry.name}: installing ${wrong.map(([n]) => n).join(', ')} locally\n`);
  execFileSync(
    'npm',
    ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
}
