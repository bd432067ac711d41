#!/usr/bin/env node
// Every public package as its users get it: `publint --strict` and arethetypeswrong on the packed
// tarball (node10, node16 from CommonJS and from ESM, bundler). An ESM-only package is checked with
// attw's ESM-only profile. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/**
 * attw settings per package: Vitest's plugin is ESM only, as Vitest is; Jest's preset is a config
 * file Jest reads, not a module code imports, so it has no types to check.
 */
const ATTW = {
  '@pactwright/vitest-plugin': { profile: 'esm-only' },
  '@pactwright/jest-env': { exclude: ['./jest-preset'] },
};

const workspaces = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).workspaces;
const failures = [];
for (const dir of workspaces.filter((w) => w.startsWith('packages/'))) {
  const cwd = path.join(root, dir);
  const pkg = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8'));
  if (pkg.private) continue;
  const settings = ATTW[pkg.name] ?? {};
  const attwArgs = ['--pack', '.', '--format', 'table-flipped'];
  if (settings.profile) attwArgs.push('--profile', settings.profile);
  if (settings.exclude) attwArgs.push('--exclude-entrypoints', ...settings.exclude);
  for (const [tool, args] of [['publint', ['--strict']], ['attw', attwArgs]]) {
    const result = spawnSync(bin(tool), args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    const output = `${result.stdout}${result.stderr}`;
    const ok = result.status === 0 && !/\b(Errors|Warnings|Suggestions):/.test(tool === 'publint' ? output : '');
    console.log(`${pkg.name} ${tool}: ${ok ? 'clean' : 'PROBLEMS'}`);
    if (!ok) failures.push(`--- ${pkg.name} ${tool}\n${output}`);
  }
}
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
