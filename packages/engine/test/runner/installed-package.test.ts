import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packageOf } from '../../src/runner/installed-package.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project named like the runner it installs, with the runner's bin linked into node_modules/.bin. */
function projectNamedLikeItsRunner(): string {
  const root = mkdtempSync(join(tmpdir(), 'installed-package-'));
  dirs.push(root);
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'mocha', version: '1.0.0' }));
  mkdirSync(join(root, 'node_modules', 'mocha', 'bin'), { recursive: true });
  mkdirSync(join(root, 'node_modules', '.bin'));
  writeFileSync(join(root, 'node_modules', 'mocha', 'package.json'), JSON.stringify({ name: 'mocha', version: '12.0.3' }));
  writeFileSync(join(root, 'node_modules', 'mocha', 'bin', 'mocha.js'), '');
  symlinkSync(join('..', 'mocha', 'bin', 'mocha.js'), join(root, 'node_modules', '.bin', 'mocha'));
  return root;
}

describe('packageOf', () => {
  it('finds the runner a node_modules/.bin link starts, not the project above the link', () => {
    const root = projectNamedLikeItsRunner();
    expect(packageOf(join(root, 'node_modules', '.bin', 'mocha'), 'mocha', 4)).toMatchObject({ name: 'mocha', version: '12.0.3', major: 12 });
  });

  it('reads a path that does not exist as given', () => {
    const root = projectNamedLikeItsRunner();
    expect(packageOf(join(root, 'src', 'missing.js'), 'mocha')).toMatchObject({ version: '1.0.0' });
  });
});
