#!/usr/bin/env node
// The release path, run in CI without publishing: `changeset status` validates the config and the
// pending changesets; then, in a throw-away copy of the checkout (committed files plus the built
// `dist` folders), `changeset version` applies them and every public package is packed. It fails
// when a package would be published without its version bump, LICENSE, README, built entries or
// the files its `exports` name. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const changesetBin = path.join(root, 'node_modules', '@changesets', 'cli', 'bin.js');

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}${result.stderr}`);
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status})`);
  }
  return result.stdout;
}

run(process.execPath, [changesetBin, 'status'], root);

const workspaces = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).workspaces;
const packageDirs = workspaces.filter((w) => w.startsWith('packages/'));
const copy = mkdtempSync(path.join(tmpdir(), 'pactwright-release-'));
const problems = [];
try {
  for (const file of run('git', ['ls-files', '-z'], root).split('\0').filter(Boolean)) {
    if (existsSync(path.join(root, file))) cpSync(path.join(root, file), path.join(copy, file), { recursive: true });
  }
  for (const dir of packageDirs) {
    if (existsSync(path.join(root, dir, 'dist'))) cpSync(path.join(root, dir, 'dist'), path.join(copy, dir, 'dist'), { recursive: true });
  }
  const before = new Map(packageDirs.map((dir) => [dir, JSON.parse(readFileSync(path.join(copy, dir, 'package.json'), 'utf8')).version]));
  run(process.execPath, [changesetBin, 'version'], copy);

  const rows = [];
  for (const dir of packageDirs) {
    const pkg = JSON.parse(readFileSync(path.join(copy, dir, 'package.json'), 'utf8'));
    if (pkg.private) continue;
    const [packed] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts=false'], path.join(copy, dir)));
    const files = new Set(packed.files.map((f) => f.path));
    const wanted = ['package.json', 'README.md', 'LICENSE', ...exportedFiles(pkg.exports)];
    for (const file of wanted) if (!files.has(file)) problems.push(`${pkg.name}: the tarball lacks ${file}`);
    if (pkg.version === before.get(dir)) problems.push(`${pkg.name}: changeset version left it at ${pkg.version}`);
    if (!existsSync(path.join(copy, dir, 'CHANGELOG.md'))) problems.push(`${pkg.name}: no CHANGELOG.md after changeset version`);
    rows.push(`${pkg.name.padEnd(28)} ${before.get(dir)} -> ${pkg.version.padEnd(8)} ${String(packed.entryCount).padStart(4)} files ${(packed.unpackedSize / 1024).toFixed(0).padStart(6)} KB unpacked`);
  }
  console.log(`release dry run (nothing published):\n${rows.join('\n')}`);
} finally {
  rmSync(copy, { recursive: true, force: true });
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

/** Every file path an `exports` map points at (conditions flattened), without the leading `./`. */
function exportedFiles(exports) {
  const out = [];
  const walk = (value) => {
    if (typeof value === 'string') out.push(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(exports);
  return out;
}
