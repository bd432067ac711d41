// The file host and the worker's side of it, in one process, without Vitest around them: what a
// connection that is not one of our workers gets (dropped, the host unharmed), and one file's whole
// run through it: registrations, a real request to its server, a mismatch report, the pact file.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { PactVerificationError, resolvePactwrightOptions, type ResolvedPactwrightOptions } from '@pactwright/engine';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFileHost, type FileHost } from '../src/file-host.js';
import { warmUp } from '../src/warm-up.js';
import { encodeMessage, messageReader, type HostMessage } from '../src/host-protocol.js';
import { HostedRun } from '../src/hosted-run.js';

let dir: string;
let options: ResolvedPactwrightOptions;
let host: FileHost;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'file-host-'));
  options = resolvePactwrightOptions({ options: { consumer: 'host-web', provider: 'host-api', pactDir: dir, writePacts: 'file' }, env: {} });
  host = await startFileHost({ options: () => options, runDir: () => undefined });
});

afterEach(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Sends `bytes` on a new connection; resolves when the host has closed it. */
function closedAfter(bytes: Buffer): Promise<'closed'> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect({ port: host.address.port, host: '127.0.0.1' }, () => socket.write(bytes));
    socket.on('error', () => undefined);
    // Read what the host sends first (`ready`): a socket whose data is left unread never closes.
    socket.resume();
    socket.on('close', () => resolve('closed'));
    setTimeout(() => reject(new Error('the host kept the connection open')), 5_000).unref();
  });
}

/** Connects without sending anything; resolves with the first message the host sends, if any within `ms`. */
function firstMessage(ms: number): Promise<{ socket: Socket; message: HostMessage | undefined }> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect({ port: host.address.port, host: '127.0.0.1' });
    socket.on('error', reject);
    const timer = setTimeout(() => resolve({ socket, message: undefined }), ms);
    socket.on('data', messageReader<HostMessage>((message) => {
      clearTimeout(timer);
      resolve({ socket, message });
    }));
  });
}

/** Connects until the host sends a `ready` (its ready server may still be starting). */
async function takeReadyServer(): Promise<{ socket: Socket; url: string }> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const { socket, message } = await firstMessage(100);
    if (message?.kind === 'ready') return { socket, url: message.url };
    socket.destroy();
  }
  throw new Error('the host never sent a ready server');
}

const fetchState = (url: string): Promise<string> => fetch(`${url}/x`).then(() => 'open', () => 'closed');

describe('the file host', () => {
  it("sends a connecting worker a server's URL at once, and starts the next one only for a worker that proved it is ours", async () => {
    // The ready server starts with the host; a stranger that connects is sent its URL…
    const first = await takeReadyServer();
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await fetchState(first.url)).toBe('open');
    // … and a stranger that does not prove it is ours gets no next one, and loses the one it took.
    const second = await firstMessage(500);
    expect(second.message).toBeUndefined();
    first.socket.write(encodeMessage({ kind: 'begin', id: 1, token: 'not the token' }));
    await expect.poll(() => fetchState(first.url), { timeout: 5_000 }).toBe('closed');
    second.socket.destroy();
    // A worker begins without a ready server, as before; its `begin` starts the next one.
    const worker = await HostedRun.begin(host.address, join(dir, 'ours.test.ts'), options);
    const next = await takeReadyServer();
    expect(next.url).not.toBe(worker.pact.url);
    next.socket.destroy();
    await expect.poll(() => fetchState(next.url), { timeout: 5_000 }).toBe('closed');
    worker.finish(undefined, false);
    expect(await host.settled()).toEqual([]);
  });

  it('a stranger that took the ready server and says nothing neither holds up the run nor fails it', async () => {
    const stranger = await takeReadyServer();
    const worker = await HostedRun.begin(host.address, join(dir, 'ours.test.ts'), options);
    worker.beginTest('gets nothing');
    expect(await worker.endTest({ willRetry: false, skipped: false })).toBeUndefined();
    worker.finish(undefined, false);
    const started = performance.now();
    expect(await host.settled()).toEqual([]);
    expect(performance.now() - started).toBeLessThan(3_000);
    stranger.socket.destroy();
  });

  it('warms up with a request that matches, so that the warm-up does its work', () => {
    expect(warmUp(options)).toBe(true);
  });

  it('keeps no server ready when the options fix the port', async () => {
    await host.close();
    const fixed = { ...options, port: await freePort() };
    host = await startFileHost({ options: () => fixed, runDir: () => undefined });
    const { socket, message } = await firstMessage(300);
    socket.destroy();
    expect(message).toBeUndefined();
    const run = await HostedRun.begin(host.address, join(dir, 'fixed.test.ts'), fixed);
    expect(run.pact.port).toBe(fixed.port);
    run.finish(undefined, false);
    expect(await host.settled()).toEqual([]);
  });

  it('drops a connection that is not one of its workers, and goes on serving the ones that are', async () => {
    const begin = { kind: 'begin', id: 1, token: 'not the token' } as const;
    expect(await closedAfter(encodeMessage(begin))).toBe('closed');
    expect(await closedAfter(encodeMessage({ kind: 'beginTest', name: 'before any begin' }))).toBe('closed');
    const notJson = Buffer.concat([Buffer.from([0, 0, 0, 5]), Buffer.from('{nope')]);
    expect(await closedAfter(notJson)).toBe('closed');
    const huge = Buffer.from([0xff, 0xff, 0xff, 0xff]);
    expect(await closedAfter(huge)).toBe('closed');

    const run = await HostedRun.begin(host.address, join(dir, 'a.test.ts'), options);
    expect(run.pact.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    run.finish(undefined, false);
    expect(await host.settled()).toEqual([]);
  });

  it("runs a file: the test's registrations, its requests to a real server, the report, the pact", async () => {
    const run = await HostedRun.begin(host.address, join(dir, 'users.test.ts'), options);

    run.beginTest('gets a user');
    run.pact.uponReceiving('a request for user 1').withRequest({ method: 'GET', path: '/users/1' }).willRespondWith({ status: 200, body: { id: 1 } });
    expect(await (await fetch(`${run.pact.url}/users/1`)).json()).toEqual({ id: 1 });
    expect(await run.endTest({ willRetry: false, skipped: false })).toBeUndefined();

    run.beginTest('sends the wrong path');
    run.pact.uponReceiving('a request for user 2').withRequest({ method: 'GET', path: '/users/2' }).willRespondWith({ status: 200 });
    expect((await fetch(`${run.pact.url}/users/two`)).status).toBe(500);
    const ownError = new Error('the client threw on the 500');
    const report = await run.endTest({ willRetry: false, skipped: false, testError: ownError });
    expect(report).toBeInstanceOf(PactVerificationError);
    // Coloured or not as the worker's terminal is (CI=true turns colours on).
    const text = stripVTControlCharacters(report?.message ?? '');
    expect(text).toContain('GET /users/two');
    expect(text).toContain('Expected request was not received: "a request for user 2"');
    expect(report?.cause).toBe(ownError);

    // A red file writes nothing.
    run.finish(undefined, false);
    expect(await host.settled()).toEqual([]);
    await expect(readFile(join(dir, 'host-web-host-api.json'), 'utf8')).rejects.toThrow(/ENOENT/);

    const green = await HostedRun.begin(host.address, join(dir, 'green.test.ts'), options);
    green.beginTest('gets a user');
    green.pact.addInteraction({ description: 'raw user 1', request: { method: 'GET', path: '/users/1' }, response: { status: 200 } });
    expect((await fetch(`${green.pact.url}/users/1`)).status).toBe(200);
    expect(await green.endTest({ willRetry: false, skipped: false })).toBeUndefined();
    // The worker does not wait for its file's end; the host's `settled` does.
    green.finish(undefined, false);
    expect(await host.settled()).toEqual([]);
    const pact = JSON.parse(await readFile(join(dir, 'host-web-host-api.json'), 'utf8')) as { interactions: { description: string }[] };
    expect(pact.interactions.map((interaction) => interaction.description)).toEqual(['raw user 1']);
  });

  it("hands the worker the host's own error when the file cannot start, with its class", async () => {
    const taken = await HostedRun.begin(host.address, join(dir, 'first.test.ts'), options);
    options = { ...options, port: taken.pact.port };
    const refused = await HostedRun.begin(host.address, join(dir, 'second.test.ts'), options).catch((error: unknown) => error);
    expect(refused).toMatchObject({ name: 'PortInUseError', port: taken.pact.port });
    taken.finish(undefined, false);
  });

  it("reports a file whose end never came when the run ends, and records it as failed", async () => {
    const runDir = await mkdtemp(join(tmpdir(), 'file-host-run-'));
    const handedOver: ResolvedPactwrightOptions = { ...options, writePacts: 'run' };
    const waiting = await startFileHost({ options: () => handedOver, runDir: () => runDir, endWaitMs: 200 });
    try {
      const run = await HostedRun.begin(waiting.address, join(dir, 'hung.test.ts'), handedOver);
      run.beginTest('never ends');
      const problems = await waiting.settled();
      expect(problems).toEqual([`${join(dir, 'hung.test.ts')} had not ended 0.2 s after the run did`]);
      // Its record says failed, so the run owner writes no pact from this run.
      const records = await Promise.all((await readdir(runDir)).map((name) => readFile(join(runDir, name), 'utf8')));
      expect(records.join('')).toContain('the test file had not ended when the run did');
      run.abort();
    } finally {
      await waiting.close();
      await rm(runDir, { recursive: true, force: true });
    }
  });

  it('aborts a file whose worker went away, and a closed host refuses new files with a message', async () => {
    const run = await HostedRun.begin(host.address, join(dir, 'gone.test.ts'), options);
    const url = run.pact.url;
    run.beginTest('dies');
    run.abort();
    // The host closes the file's server once it sees the connection go.
    await expect.poll(() => fetch(`${url}/x`).then(() => 'open', () => 'closed'), { timeout: 5_000 }).toBe('closed');
    await host.close();
    await expect(HostedRun.begin(host.address, join(dir, 'late.test.ts'), options)).rejects.toThrow(/could not reach the Pactwright file host/);
  });
});
