// Faults around pact files: concurrent writer processes, a writer killed mid-write, and
// directories that cannot be written (chosen so they fail even as root, where chmod does not).
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanupMockServer, createMockServer, writePactFile } from '../../src/api.js';
import { PactWriteError } from '../../src/errors.js';
import { writePactToDir } from '../../src/pact-file/write.js';
import type { HttpInteraction, Pact } from '../../src/model/types.js';
import { startMockServer } from '../../src/server/start.js';
import { engineRoot, pactJson, send, trapEscapes } from './helpers.js';

trapEscapes();

/** The SERVER suite's writer child (real writer, loaded through tsx); reused, not duplicated. */
const writerScript = path.resolve(engineRoot, 'test/pact-file/fixtures/writer.mjs');

let dir = '';
const children: ChildProcess[] = [];
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pw-robust-'));
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

function runWriter(who: string, count: number, bodyBytes = 0): { child: ChildProcess; exited: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', writerScript, dir, who, String(count), String(bodyBytes)], { cwd: engineRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  return { child, exited };
}

function interaction(description: string): HttpInteraction {
  return { type: 'Synchronous/HTTP', description, providerStates: [], request: { method: 'GET', path: '/x', body: { kind: 'missing' } }, response: { status: 200, body: { kind: 'missing' } } };
}

function pactOf(interactions: HttpInteraction[]): Pact {
  return { consumer: { name: 'web' }, provider: { name: 'api' }, specVersion: '3', interactions, otherInteractions: [], metadata: {} };
}

interface FileJson {
  interactions: Array<{ description: string }>;
}

describe.skipIf(!existsSync(writerScript))('concurrent writer processes', () => {
  it('8 processes × 50 interactions: all 400 land, and a reader polling meanwhile only ever sees complete JSON', async () => {
    const file = path.join(dir, 'web-api.json');
    const writers = Array.from({ length: 8 }, (_, w) => runWriter(String(w), 50));
    let reads = 0;
    let torn = 0;
    let done = false;
    const all = Promise.all(writers.map((w) => w.exited)).finally(() => (done = true));
    while (!done) {
      if (existsSync(file)) {
        try {
          JSON.parse(readFileSync(file, 'utf8'));
          reads++;
        } catch (error) {
          // A file replaced between exists and read is fine; a half-written one is not.
          if (!(error instanceof Error && 'code' in error)) torn++;
        }
      }
      await new Promise((r) => setTimeout(r, 3));
    }
    const results = await all;
    expect(results.map((r) => r.code)).toEqual(Array(8).fill(0));
    expect(torn).toBe(0);
    expect(reads).toBeGreaterThan(0);
    const json = JSON.parse(readFileSync(file, 'utf8')) as FileJson;
    expect(new Set(json.interactions.map((i) => i.description)).size).toBe(400);
    expect(readdirSync(dir)).toEqual(['web-api.json']);
    console.log(`concurrent writers: 400/400 interactions, ${reads} clean reads during the writes`);
  }, 110_000);

  it('a writer SIGKILLed while holding the lock: previous file intact, the next write waits out the stale lock and succeeds', async () => {
    const file = path.join(dir, 'web-api.json');
    await writePactToDir(pactOf([interaction('before')]), dir);
    const before = readFileSync(file, 'utf8');
    const { child, exited } = runWriter('big', 1500, 20_000);
    const lock = `${file}.lock`;
    // Kill it while its temporary file is being written: the worst moment.
    const tmp = (): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));
    for (let i = 0; i < 20_000 && tmp().length === 0 && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 1));
    const killedMidWrite = tmp().length > 0;
    child.kill('SIGKILL');
    await exited;
    const lockLeft = existsSync(lock);
    expect(readFileSync(file, 'utf8')).toBe(before);

    const start = performance.now();
    await writePactToDir(pactOf([interaction('after')]), dir);
    const waitedMs = performance.now() - start;
    console.log(`stale lock: killed mid-write: ${String(killedMidWrite)}, lock left behind: ${String(lockLeft)}; next write waited ${waitedMs.toFixed(0)} ms`);
    expect(killedMidWrite).toBe(true);
    expect(lockLeft).toBe(true);
    const json = JSON.parse(readFileSync(file, 'utf8')) as FileJson;
    expect(json.interactions.map((i) => i.description)).toEqual(['after', 'before']);
    expect(existsSync(lock)).toBe(false);
    // Bounded: a dead holder is outlived after the stale period (5 s), never waited on forever.
    expect(waitedMs).toBeLessThan(15_000);
    // The killed writer's temporary file, if it got that far, is not left to pile up.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});

/** A directory path that cannot be created or written even by root. */
function unwritableDirs(base: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const file = path.join(base, 'a-regular-file');
  mkdirSync(base, { recursive: true });
  return [
    ...out,
    ['a path whose parent is a regular file', path.join(file, 'pacts')],
    ['a path under /proc (no directories can be created there)', '/proc/pactwright-no-such-dir/pacts'],
  ];
}

describe('unwritable destinations', () => {
  it('writePactFile returns 2, writePact rejects with a clear PactWriteError, nothing partial is left', async () => {
    await writeFile(path.join(dir, 'a-regular-file'), 'not a directory');
    const targets = unwritableDirs(dir);
    if (process.getuid?.() !== 0) {
      const locked = path.join(dir, 'read-only');
      mkdirSync(locked);
      chmodSync(locked, 0o500);
      targets.push(['a read-only directory', locked]);
    }
    const pact = JSON.stringify(pactJson([{ description: 'ping', request: { method: 'GET', path: '/ping' }, response: { status: 200 } }]));
    for (const [what, target] of targets) {
      const port = await createMockServer(pact, 0);
      try {
        expect(await writePactFile(port, target), what).toBe(2);
      } finally {
        await cleanupMockServer(port);
      }
      const server = await startMockServer({ pact });
      try {
        await send(server.url, { path: '/ping' });
        const error = await server.writePact(target).catch((e: unknown) => e);
        expect(error, what).toBeInstanceOf(PactWriteError);
        expect((error as Error).message, what).toMatch(/^cannot (create the pact directory|write the pact file)/);
        expect((error as Error).message, what).toContain(target);
      } finally {
        await server.close();
      }
    }
    expect(readdirSync(dir).sort()).toEqual(['a-regular-file', ...(process.getuid?.() !== 0 ? ['read-only'] : [])].sort());
  });

  it('a failure after the temporary file is written (target is a directory) leaves no temporary file and the old state intact', async () => {
    mkdirSync(path.join(dir, 'web-api.json'));
    const error = await writePactToDir(pactOf([interaction('x')]), dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PactWriteError);
    expect(readdirSync(dir)).toEqual(['web-api.json']);
    expect(statSync(path.join(dir, 'web-api.json')).isDirectory()).toBe(true);
    expect(readdirSync(path.join(dir, 'web-api.json'))).toEqual([]);
  });
});
