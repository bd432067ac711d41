import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PactNotRunningError, PactVerificationError, createPactSession } from '../../src/index.js';
import { abortOpenFileRuns, createBoundPact, createFileRun, currentFileRun } from '../../src/runner/index.js';

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (listening: boolean): void => {
      socket.destroy();
      resolve(listening);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const dirs: string[] = [];
async function pactDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pactwright-runner-'));
  dirs.push(dir);
  return dir;
}

afterEach(async () => {
  await abortOpenFileRuns('test cleanup');
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const profile = { description: 'a request for the profile', request: { method: 'GET', path: '/profile' }, response: { status: 200 } };

describe('the bound pact', () => {
  const pact = createBoundPact();

  it('throws one PactNotRunningError outside a running file, saying what to do on each runner', () => {
    expect(() => pact.url).toThrow(PactNotRunningError);
    expect(() => pact.url).toThrow(/^pact\.url was used outside a running Pactwright test file\. Use pact inside tests and hooks/);
    for (const fix of ["testEnvironment: '@pactwright/jest-env'", 'plugins: [pactwright({ consumer, provider })]', '--require @pactwright/mocha-hooks']) {
      expect(() => pact.uponReceiving('x')).toThrow(fix);
    }
    expect(Object.keys(pact)).toEqual([]);
  });

  it('forwards to the current run: the same keys as the handle, destructured methods work, assignment is refused', async () => {
    const run = createFileRun({ consumer: 'web', provider: 'api', pactDir: await pactDir() });
    await run.start();
    expect(currentFileRun()).toBe(run);
    expect(Object.keys(pact)).toEqual(Object.keys(run.session.pact));
    expect(Object.keys(pact)).toEqual(['url', 'port', 'addInteraction', 'given', 'uponReceiving']);
    expect('given' in pact).toBe(true);
    expect(pact.url).toBe(run.session.pact.url);
    run.beginTest('t');
    const { addInteraction } = pact;
    addInteraction(profile);
    expect(run.callSite?.stack).toContain('file-run.test.ts');
    expect(() => {
      (pact as { url: string }).url = 'x';
    }).toThrow('pact.url cannot be assigned');
    await fetch(`${pact.url}/profile`);
    expect(run.endTest()).toBeUndefined();
    await run.finish();
    expect(currentFileRun()).toBeUndefined();
    expect(() => pact.url).toThrow(PactNotRunningError);
  });
});

describe('a file run', () => {
  it('runs on a session started ahead of the file: its server, its verdicts, its pact, closed at the end', async () => {
    const dir = await pactDir();
    const ahead = createPactSession({ consumer: 'web', provider: 'api', pactDir: dir });
    await ahead.start();
    const { port } = ahead.pact;
    const run = createFileRun({ consumer: 'ignored', provider: 'ignored' }, { session: ahead });
    await run.start();
    expect(run.session).toBe(ahead);
    expect(run.session.pact.port).toBe(port);
    run.beginTest('gets the profile');
    run.session.pact.addInteraction(profile);
    expect((await fetch(`${run.session.pact.url}/profile`)).status).toBe(200);
    expect(run.endTest()).toBeUndefined();
    expect((await run.finish()).pactFile).toBe(join(dir, 'web-api.json'));
    expect(await isListening(port)).toBe(false);
  });

  it('reports a problem with the test\'s own error as its cause, and writes no pact', async () => {
    const dir = await pactDir();
    const run = createFileRun({ consumer: 'web', provider: 'api', pactDir: dir });
    await run.start();
    run.beginTest('gets the profile');
    run.session.pact.addInteraction(profile);
    const response = await fetch(`${run.session.pact.url}/profile?x=1`);
    expect(response.status).toBe(500);
    const own = new Error('Request failed with status code 500');
    const error = run.endTest({ testErrors: [[own, new Error('async')]] });
    expect(error).toBeInstanceOf(PactVerificationError);
    expect(error?.message).toContain('Pact verification failed');
    expect(error?.cause).toBe(own);
    expect((await run.finish()).pactFile).toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
  });

  it('a test that failed on its own with no pact problem keeps its error, and the file writes no pact', async () => {
    const dir = await pactDir();
    const run = createFileRun({ consumer: 'web', provider: 'api', pactDir: dir });
    await run.start();
    run.beginTest('t');
    run.session.pact.addInteraction(profile);
    await fetch(`${run.session.pact.url}/profile`);
    expect(run.endTest({ testErrors: [new Error('boom')] })).toBeUndefined();
    expect((await run.finish()).pactFile).toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
  });

  it('gives interactions registered before a test (beforeAll) to that test, after an earlier test failed', async () => {
    const dir = await pactDir();
    const run = createFileRun({ consumer: 'web', provider: 'api', pactDir: dir });
    await run.start();
    run.beginTest('first');
    run.session.pact.addInteraction({ ...profile, description: 'never called' });
    expect(run.endTest({ testErrors: [new Error('boom')] })?.cause).toBeInstanceOf(Error);
    // The next describe's beforeAll registers, then its test runs.
    run.session.pact.addInteraction(profile);
    run.beginTest('second');
    expect((await fetch(`${run.session.pact.url}/profile`)).status).toBe(200);
    expect(run.endTest()).toBeUndefined();
    await run.finish();
  });

  it('drops what a test that skipped itself registered, without a verdict', async () => {
    const dir = await pactDir();
    const run = createFileRun({ consumer: 'web', provider: 'api', pactDir: dir });
    await run.start();
    run.beginTest('skips itself');
    run.session.pact.addInteraction(profile);
    expect(run.endTest({ skipped: true })).toBeUndefined();
    run.beginTest('green');
    run.session.pact.addInteraction({ ...profile, description: 'another' });
    await fetch(`${run.session.pact.url}/profile`);
    expect(run.endTest()).toBeUndefined();
    expect((await run.finish()).pactFile).toBeDefined();
  });

  it('aborts a file that never finished when the next file starts: its server closes and no pact is written', async () => {
    const dir = await pactDir();
    const abandoned = createFileRun({ consumer: 'web', provider: 'api', pactDir: dir });
    await abandoned.start();
    abandoned.beginTest('interrupted');
    abandoned.session.pact.addInteraction(profile);
    await fetch(`${abandoned.session.pact.url}/profile`);
    expect(abandoned.endTest()).toBeUndefined();
    const { port } = abandoned.session.pact;
    expect(await isListening(port)).toBe(true);

    const next = createFileRun({ consumer: 'web', provider: 'api', pactDir: dir });
    await next.start();

    expect(currentFileRun()).toBe(next);
    expect(await isListening(port)).toBe(false);
    expect(await readdir(dir)).toEqual([]);
    await next.finish();
  });
});
