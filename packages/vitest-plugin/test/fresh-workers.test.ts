// When the plugin may leave its setup file out: only where every test file gets a worker of its own.
// The runs in pools.test.ts check the same against real Vitest runs of each major.
import { describe, expect, it } from 'vitest';
import { filesRunInFreshWorkers, leaveOutSetupFile } from '../src/fresh-workers.js';

describe('filesRunInFreshWorkers', () => {
  it.each([
    ['4.1.12', 'forks', true, true],
    ['4.0.0', 'threads', true, true],
    ['5.1.1', 'forks', true, true],
    ['4.1.12', 'forks', false, false],
    ['4.1.12', 'threads', false, false],
    ['4.1.12', 'vmThreads', true, false],
    ['4.1.12', 'vmForks', true, false],
    ['5.1.1', 'vmThreads', true, false],
    // Vitest 3 spreads isolation over per-pool options, single-fork modes and poolMatchGlobs.
    ['3.2.7', 'forks', true, false],
    ['3.2.7', 'threads', true, false],
    ['4.1.12', './my-pool.js', true, false],
  ])('Vitest %s, pool %s, isolate %s: %s', (version, pool, isolate, expected) => {
    expect(filesRunInFreshWorkers(version, { pool, isolate })).toBe(expected);
  });

  it('keeps the setup file when it cannot tell', () => {
    expect(filesRunInFreshWorkers(undefined, { pool: 'forks', isolate: true })).toBe(false);
    expect(filesRunInFreshWorkers('beta', { pool: 'forks', isolate: true })).toBe(false);
    expect(filesRunInFreshWorkers('4.1.12', { pool: 'forks' })).toBe(false);
    expect(filesRunInFreshWorkers('4.1.12', {})).toBe(false);
  });
});

describe('leaveOutSetupFile', () => {
  it("removes only the plugin's own setup file, keeping the user's in order", () => {
    const config = { setupFiles: ['/app/a.ts', '/pkg/dist/setup.js', '/app/b.ts'] };
    expect(leaveOutSetupFile(config, '/pkg/dist/setup.js')).toBe(true);
    expect(config.setupFiles).toEqual(['/app/a.ts', '/app/b.ts']);
  });

  it('says so when the setup file is not there', () => {
    const config = { setupFiles: ['/app/a.ts'] };
    expect(leaveOutSetupFile(config, '/pkg/dist/setup.js')).toBe(false);
    expect(config.setupFiles).toEqual(['/app/a.ts']);
    expect(leaveOutSetupFile({}, '/pkg/dist/setup.js')).toBe(false);
  });
});
