/**
 * `--baseline=<git revision>`: the engine as it was at another commit, as a fourth target, so that
 * a change is measured side by side with what it replaces in one run. The revision's engine sources
 * are extracted with `git archive` (no worktree, nothing changes in the repository) under
 * bench/.tmp/baseline/<commit>, built with this checkout's tools, and reused by later runs. Its
 * adapters come along (FILE and PACTJS install them with its engine), built against that engine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR, REPO_ROOT } from './paths.js';

/** The variable that tells the server child where the baseline engine's entry is. */
export const BASELINE_ENGINE_VAR = 'PACTWRIGHT_BENCH_BASELINE_ENGINE';

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stderr || result.stdout}`);
  return result.stdout;
}

/**
 * Builds (or reuses) the engine of `revision`; returns its commit, the path of its ESM entry and its
 * package folder (FILE and PACTJS install it into a project).
 */
export function prepareBaseline(revision: string): { commit: string; entry: string; packageDir: string } {
  const commit = run('git', ['rev-parse', '--verify', `${revision}^{commit}`], REPO_ROOT).trim();
  const dir = join(BENCH_DIR, '.tmp', 'baseline', commit);
  const engineDir = join(dir, 'packages', 'engine');
  const entry = join(engineDir, 'dist', 'index.js');
  if (existsSync(entry)) return { commit, entry, packageDir: engineDir };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = spawnSync('git', ['archive', '--format=tar', commit, 'packages/engine', ...ADAPTERS.map((name) => `packages/${name}`), 'tsconfig.base.json'], { cwd: REPO_ROOT, maxBuffer: 512 * 1024 * 1024 });
  if (archive.status !== 0) throw new Error(`git archive ${commit} failed: ${archive.stderr.toString()}`);
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(`extracting ${commit} failed: ${untar.stderr.toString()}`);
  // The baseline builds and runs with this checkout's installed dependencies.
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  if (existsSync(join(REPO_ROOT, 'packages', 'engine', 'node_modules'))) symlinkSync(join(REPO_ROOT, 'packages', 'engine', 'node_modules'), join(engineDir, 'node_modules'), 'dir');
  run(process.execPath, [join(REPO_ROOT, 'node_modules', 'tsup', 'dist', 'cli-default.js')], engineDir);
  // Since the entries became facades over one bundle, the build has a second step.
  const facades = join(engineDir, 'scripts', 'write-node-entries.mjs');
  if (existsSync(facades)) run(process.execPath, [facades], engineDir);
  if (!existsSync(entry)) throw new Error(`the baseline build of ${commit} produced no ${entry}`);
  for (const name of ADAPTERS) {
    const adapterDir = join(dir, 'packages', name);
    if (!existsSync(join(adapterDir, 'package.json'))) continue;
    // Built against the baseline's engine, not this checkout's.
    mkdirSync(join(adapterDir, 'node_modules', '@pactwright'), { recursive: true });
    symlinkSync(engineDir, join(adapterDir, 'node_modules', '@pactwright', 'engine'), 'dir');
    run(process.execPath, [join(REPO_ROOT, 'node_modules', 'tsup', 'dist', 'cli-default.js')], adapterDir);
  }
  return { commit, entry, packageDir: engineDir };
}

/** The adapters a baseline carries with its engine (their folders beside it). */
const ADAPTERS = ['vitest-plugin', 'jest-env', 'mocha-hooks'];
