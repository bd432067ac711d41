import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPactSession } from '@pactwright/engine';
import { afterEach, expect, it } from 'vitest';
import { isListening } from './support/ports.js';
import { beginRun, closeAbandonedSessions, currentRun, endRun } from '../src/worker-state.js';

const dirs: string[] = [];
afterEach(async () => {
  await closeAbandonedSessions();
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

it('closes the server of a file that never reached afterAll when the next file starts, and writes no pact', async () => {
  const pactDir = await mkdtemp(join(tmpdir(), 'pactwright-abandoned-'));
  dirs.push(pactDir);
  const session = createPactSession({ consumer: 'web', provider: 'api', pactDir });
  beginRun({ session });
  await session.start();
  // A verified interaction: had the file finished normally, a pact would be written.
  session.beginTest('interrupted');
  session.pact.addInteraction({ description: 'a request for the profile', request: { method: 'GET', path: '/profile' }, response: { status: 200 } });
  await fetch(`${session.pact.url}/profile`);
  expect(session.endTest()).toBeUndefined();
  const { port } = session.pact;
  expect(await isListening(port)).toBe(true);

  // The next file's setup runs in the same worker (watch re-run, --bail, isolate: false).
  await closeAbandonedSessions();

  expect(await isListening(port)).toBe(false);
  expect(await readdir(pactDir)).toEqual([]);
});

it('forgets a finished run', async () => {
  const session = createPactSession({ consumer: 'web', provider: 'api' });
  const run = { session };
  beginRun(run);
  expect(currentRun()).toBe(run);
  endRun(run);
  expect(currentRun()).toBeUndefined();
});
