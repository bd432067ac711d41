// abortOpenFileRunsOnExit and Ctrl-C, on real child processes with a real open file run.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs fixtures/interrupt-process.mjs in `mode`, sends it SIGINT once it is ready, and says how it ended. */
function interrupted(mode: 'blocked' | 'runner-listener'): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> {
  const pactDir = mkdtempSync(join(tmpdir(), 'pw-interrupt-'));
  dirs.push(pactDir);
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'fixtures', 'interrupt-process.mjs'), pactDir, mode], {
    cwd: join(here, '..', '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let sent = false;
  // Bounded: a process that ignores SIGINT is killed, and the test sees SIGKILL.
  const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (!sent && stdout.includes('ready\n')) {
      sent = true;
      child.kill('SIGINT');
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(killer);
      if (!sent) reject(new Error(`the process never got ready (exit ${code ?? signal}):\n${stderr}`));
      else resolve({ code, signal, stdout });
    });
  });
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
