// abortOpenFileRunsOnExit and Ctrl-C, on real child processes with a real open file run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runFixture, type FixtureEnd } from './fixtures/run-fixture.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs fixtures/interrupt-process.mjs in `mode`, sends it SIGINT once it is ready, and says how it ended. */
function interrupted(mode: 'blocked' | 'runner-listener'): Promise<FixtureEnd> {
  const pactDir = mkdtempSync(join(tmpdir(), 'pw-interrupt-'));
  dirs.push(pactDir);
  let sent = false;
  // A process that ignores SIGINT is killed after 15 s, and the test sees SIGKILL.
  return runFixture(
    'interrupt-process.mjs',
    [pactDir, mode],
    (stdout, child) => {
      if (sent || !stdout.includes('ready\n')) return;
      sent = true;
      child.kill('SIGINT');
    },
    15_000,
  );
}

describe('abortOpenFileRunsOnExit and Ctrl-C', () => {
  it('leaves Ctrl-C to Node where nothing else listens, so it ends a test that blocks the event loop', async () => {
    const ended = await interrupted('blocked');
    expect(ended.signal).toBe('SIGINT');
  });

  it("beside a runner's own SIGINT listener, closes the open file's server and sends no second SIGINT", async () => {
    const ended = await interrupted('runner-listener');
    expect(ended.stdout).toContain('received 1, server closed true');
    expect(ended.code).toBe(0);
  });
});
