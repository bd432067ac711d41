import { spawn } from 'node:child_process';
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { availableMajors } from './support/majors.js';
import { isListening } from './support/ports.js';
import { createFixtureProject, type FixtureProject } from './support/project.js';

const majors = availableMajors();
const projects: FixtureProject[] = [];
afterEach(async () => {
  await Promise.all(projects.splice(0).map((project) => project.remove()));
});

async function ports(project: FixtureProject): Promise<number[]> {
  const text = await readFile(join(project.dir, 'ports.txt'), 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).map(Number);
}

/** Polls `condition` every 100 ms, at most `timeoutMs`. */
async function waitFor(condition: () => Promise<boolean>, timeoutMs: number, what: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.each(majors.filter(({ major }) => major !== 3))('Vitest $runtime.version watch mode', ({ runtime, store }) => {
  it('a re-run after a change starts a fresh server and leaves no earlier one listening', async () => {
    const project = await createFixtureProject(runtime, store, ['watch']);
    projects.push(project);
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !/^(VITEST|PACTWRIGHT_)/.test(key)) env[key] = value;
    const child = spawn(runtime.node, [join(project.dir, 'node_modules/vitest/vitest.mjs'), 'watch'], {
      cwd: project.dir,
      env: { ...env, NO_COLOR: '1', CI: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const passes = (): number => output.split('1 passed (1)').length - 1;
    try {
      await waitFor(async () => passes() >= 2, 60_000, () => `the first run:\n${output}`);
      const [firstPort] = await ports(project);
      expect(firstPort).toBeDefined();
      // Give the watcher a moment to settle, then change the test file.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await appendFile(join(project.dir, 'tests/profile.test.ts'), '\n// changed\n');
      await waitFor(async () => (await ports(project)).length >= 2 && passes() >= 4, 60_000, () => `the re-run:\n${output}`);
      const [, secondPort] = await ports(project);
      expect(secondPort).not.toBe(firstPort);
      // The watcher is still alive: nothing of either run may still listen.
      expect(await isListening(firstPort ?? 0)).toBe(false);
      expect(await isListening(secondPort ?? 0)).toBe(false);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
