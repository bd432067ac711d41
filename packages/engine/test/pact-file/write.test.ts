import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HttpInteraction, Pact, ProviderState } from '../../src/model/types.js';
import { writePactToDir } from '../../src/pact-file/write.js';
import { PactWriteError } from '../../src/errors.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const engineRoot = path.resolve(here, '../..');
const writerScript = path.join(here, 'fixtures', 'writer.mjs');

let dir = '';
const children: ChildProcess[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pw-pact-'));
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

function interaction(description: string, states: ProviderState[] = [], status = 200): HttpInteraction {
  return {
    type: 'Synchronous/HTTP',
    description,
    providerStates: states,
    request: { method: 'GET', path: `/${encodeURIComponent(description)}`, body: { kind: 'missing' } },
    response: { status, body: { kind: 'missing' } },
  };
}

function pactOf(interactions: HttpInteraction[], consumer = 'web', provider = 'api'): Pact {
  return { consumer: { name: consumer }, provider: { name: provider }, specVersion: '3', interactions, otherInteractions: [], metadata: {} };
}

interface FileJson {
  consumer: { name: string };
  interactions: Array<{ description: string; providerStates?: ProviderState[]; response: { status: number } }>;
  metadata: Record<string, unknown>;
}

async function readPact(file: string): Promise<FileJson> {
  return JSON.parse(await readFile(file, 'utf8')) as FileJson;
}

function runWriter(who: string, count: number, bodyBytes = 0): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', writerScript, dir, who, String(count), String(bodyBytes)], {
    cwd: engineRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  return child;
}

function exited(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

describe('writePactToDir', () => {
  it('writes <consumer>-<provider>.json as V3 with pactwright metadata, creating the directory', async () => {
    const target = path.join(dir, 'nested', 'pacts');
    const file = await writePactToDir(pactOf([interaction('b'), interaction('a')]), target);
    expect(file).toBe(path.join(target, 'web-api.json'));
    const text = await readFile(file, 'utf8');
    const json = JSON.parse(text) as FileJson;
    expect(json.metadata['pactSpecification']).toEqual({ version: '3.0.0' });
    expect(json.metadata['pactwright']).toEqual({ version: '0.1.0' });
    expect(json.interactions.map((i) => i.description)).toEqual(['a', 'b']);
    expect(text.startsWith('{\n  "consumer"')).toBe(true);
  });

  it('leaves an unchanged pact alone (its mtime stays, so no file watcher fires) and rewrites a changed one', async () => {
    const file = await writePactToDir(pactOf([interaction('a'), interaction('b')]), dir);
    const past = new Date('2020-01-01T00:00:00Z');
    await utimes(file, past, past);
    await writePactToDir(pactOf([interaction('b'), interaction('a')]), dir);
    expect((await stat(file)).mtimeMs).toBe(past.getTime());
    await writePactToDir(pactOf([interaction('c')]), dir);
    expect((await stat(file)).mtimeMs).toBeGreaterThan(past.getTime());
  });

  it('merges: same description and states replaced, new added, others kept, sorted', async () => {
    const s1 = [{ name: 'user exists', params: { id: 1 } }];
    const s2 = [{ name: 'user exists', params: { id: 2 } }];
    await writePactToDir(pactOf([interaction('get user', s1, 200), interaction('get user', s2, 200), interaction('z other')]), dir);
    await writePactToDir(pactOf([interaction('get user', s1, 404), interaction('a new one')]), dir);
    const json = await readPact(path.join(dir, 'web-api.json'));
    expect(json.interactions.map((i) => [i.description, i.providerStates?.[0]?.params?.['id'] ?? null, i.response.status])).toEqual([
      ['a new one', null, 200],
      ['get user', 1, 404],
      ['get user', 2, 200],
      ['z other', null, 200],
    ]);
  });

  it('writes the version asked for, else the pact\'s own', async () => {
    const file = await writePactToDir(pactOf([interaction('a')]), dir, { spec: 4 });
    const v4 = JSON.parse(await readFile(file, 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(v4.metadata.pactSpecification).toEqual({ version: '4.0' });
    expect(v4.interactions[0]).toMatchObject({ type: 'Synchronous/HTTP', pending: false });
    await writePactToDir({ ...pactOf([interaction('b')], 'web', 'v2api'), specVersion: '2' }, dir);
    const v2 = await readPact(path.join(dir, 'web-v2api.json'));
    expect(v2.metadata.pactSpecification).toEqual({ version: '2.0.0' });
  });

  it('a merge never downgrades: a lower version merged into a newer file keeps the newer one', async () => {
    await writePactToDir(pactOf([interaction('a')]), dir, { spec: 4 });
    const info: string[] = [];
    const file = await writePactToDir(pactOf([interaction('b')]), dir, { spec: 2, onInfo: (m) => info.push(m) });
    const json = await readPact(file);
    expect(json.metadata.pactSpecification).toEqual({ version: '4.0' });
    expect(json.interactions.map((i) => i.description)).toEqual(['a', 'b']);
    expect(info).toEqual([]);
  });

  it('a newer version merged into an older file upgrades it and says so', async () => {
    await writePactToDir(pactOf([interaction('a', [{ name: 's', params: { id: 1 } }])]), dir, { spec: 2 });
    const info: string[] = [];
    const file = await writePactToDir(pactOf([interaction('b')]), dir, { spec: 3, onInfo: (m) => info.push(m) });
    const json = await readPact(file);
    expect(json.metadata.pactSpecification).toEqual({ version: '3.0.0' });
    expect(json.interactions.map((i) => [i.description, i.providerStates])).toEqual([['a', [{ name: 's' }]], ['b', undefined]]);
    expect(info).toEqual([`${file}: the existing pact is specification version 2.0.0; it is upgraded to 3.0.0`]);
  });

  it('V4 interactions with keys are the same interaction when their keys are equal, whatever the description', async () => {
    const keyed = (description: string, key: string, status = 200): HttpInteraction => ({ ...interaction(description, [], status), key });
    await writePactToDir(pactOf([keyed('get user', 'k1'), keyed('get order', 'k2'), interaction('plain')]), dir, { spec: 4 });
    // Renamed under the same key: replaces. Same description under another key: a second interaction.
    // Same description without a key: replaces by description and states.
    const file = await writePactToDir(pactOf([keyed('get a user', 'k1', 201), keyed('get order', 'k3', 202), interaction('plain', [], 203)]), dir, { spec: 4 });
    const json = await readPact(file);
    const rows = (json.interactions as Array<{ description: string; key?: string; response: { status: number } }>).map((i) => [i.description, i.key, i.response.status]);
    expect(rows).toEqual([
      ['get a user', 'k1', 201],
      ['get order', 'k2', 200],
      ['get order', 'k3', 202],
      ['plain', undefined, 203],
    ]);
  });

  it('overwrite replaces the file', async () => {
    await writePactToDir(pactOf([interaction('old')]), dir);
    await writePactToDir(pactOf([interaction('new')]), dir, { overwrite: true });
    const json = await readPact(path.join(dir, 'web-api.json'));
    expect(json.interactions.map((i) => i.description)).toEqual(['new']);
  });

  it('refuses names that would leave the directory, writing nothing', async () => {
    for (const [consumer, provider] of [
      ['../x', 'api'],
      ['web', 'a/b'],
      ['web', 'a\\b'],
      ['we\u0000b', 'api'],
      ['', 'api'],
      ['web', '  '],
      ['..', 'x/../../y'],
    ] as const) {
      await expect(writePactToDir(pactOf([interaction('a')], consumer, provider), dir)).rejects.toBeInstanceOf(PactWriteError);
    }
    expect(await readdir(dir)).toEqual([]);
    expect(await readdir(path.dirname(dir))).not.toContain('x-api.json');
  });

  it('refuses to merge into an invalid file or one of another pair, leaving it untouched', async () => {
    const file = path.join(dir, 'web-api.json');
    await writeFile(file, '{"consumer": ');
    await expect(writePactToDir(pactOf([interaction('a')]), dir)).rejects.toThrow(/not a valid pact/);
    expect(await readFile(file, 'utf8')).toBe('{"consumer": ');
    await writePactToDir(pactOf([interaction('a')]), dir, { overwrite: true });
    const other = pactOf([interaction('a')], 'web', 'api');
    await writeFile(file, JSON.stringify({ consumer: { name: 'someone' }, provider: { name: 'api' }, interactions: [], metadata: { pactSpecification: { version: '3.0.0' } } }));
    await expect(writePactToDir(other, dir)).rejects.toThrow(/between 'someone' and 'api'/);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('an unwritable directory → PactWriteError and nothing partial left', async () => {
    const blocker = path.join(dir, 'blocker');
    await writeFile(blocker, 'x');
    const error = await writePactToDir(pactOf([interaction('a')]), path.join(blocker, 'sub')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PactWriteError);
    expect((error as Error).message).toContain('cannot create the pact directory');
    expect(await readdir(dir)).toEqual(['blocker']);
  });

  it('concurrent writes within one process all land', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => writePactToDir(pactOf([interaction(`i${String(i).padStart(2, '0')}`)]), dir)));
    const json = await readPact(path.join(dir, 'web-api.json'));
    expect(json.interactions).toHaveLength(40);
  });

  it('8 processes × 50 interactions written at once: all 400 in one valid file', async () => {
    const writers = Array.from({ length: 8 }, (_, w) => exited(runWriter(String(w), 50)));
    const results = await Promise.all(writers);
    expect(results.map((r) => r.stderr)).toEqual(Array(8).fill(''));
    expect(results.map((r) => r.code)).toEqual(Array(8).fill(0));
    const json = await readPact(path.join(dir, 'web-api.json'));
    expect(json.interactions).toHaveLength(400);
    expect(new Set(json.interactions.map((i) => i.description)).size).toBe(400);
    expect(await readdir(dir)).toEqual(['web-api.json']);
  }, 120_000);

  it('a writer SIGKILLed mid-write leaves the previous file intact; the next write succeeds', async () => {
    const file = path.join(dir, 'web-api.json');
    await writePactToDir(pactOf([interaction('before')]), dir);
    const before = await readFile(file, 'utf8');

    const child = runWriter('big', 1500, 20_000); // ~30 MB: serialising and writing it takes a while
    const gone = exited(child);
    const lockDir = `${file}.lock`;
    for (let i = 0; i < 3000 && !existsSync(lockDir) && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 2));
    child.kill('SIGKILL');
    await gone;
    expect(existsSync(lockDir)).toBe(true); // killed while holding the lock
    expect(await readFile(file, 'utf8')).toBe(before);

    // The dead writer's lock goes stale; the next writer takes it over instead of waiting forever.
    await writePactToDir(pactOf([interaction('after')]), dir);
    const json = await readPact(file);
    expect(json.interactions.map((i) => i.description)).toEqual(['after', 'before']);
    expect(existsSync(lockDir)).toBe(false);
  }, 60_000);
});

describe('writing a version that cannot hold all of the pact', () => {
  it('says what is left out, and nothing when nothing is', async () => {
    const rich: HttpInteraction = {
      ...interaction('rich', [{ name: 's1', params: { id: 1 } }, { name: 's2' }]),
      key: 'k',
      response: {
        status: 200,
        body: { kind: 'missing' },
        matchingRules: { body: { '$.a': { combine: 'AND', matchers: [{ match: 'type' }, { match: 'regex', regex: 'x' }] } } },
        generators: { body: { '$.id': { type: 'RandomInt' } } },
      },
    };
    const warnings: string[] = [];
    const file = await writePactToDir(pactOf([rich]), dir, { spec: 2, onWarn: (m) => warnings.push(m) });
    expect(warnings).toEqual([
      `${file} is written as pact specification 2.0.0, which has no place for 1 provider state beyond the first of an interaction; the parameters of 1 provider state; 1 generator; 1 matching rule beyond the first of their place; the V4 fields (key, pending, comments, transport) of 1 interaction: left out`,
    ]);
    const quiet: string[] = [];
    await writePactToDir(pactOf([rich], 'web', 'v4api'), dir, { spec: 4, onWarn: (m) => quiet.push(m) });
    await writePactToDir(pactOf([interaction('plain')], 'web', 'v2api'), dir, { spec: 2, onWarn: (m) => quiet.push(m) });
    // `pending: false` is every V4 file's default: written as V3, nothing is lost.
    await writePactToDir(pactOf([{ ...interaction('pending'), pending: false }], 'web', 'v3api'), dir, { spec: 3, onWarn: (m) => quiet.push(m) });
    expect(quiet).toEqual([]);
  });
});
