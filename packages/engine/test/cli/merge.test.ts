// `pactwright merge`: the pacts of CI shards merged into one per consumer and provider.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';

const run = promisify(execFile);
const dirs: string[] = [];
afterEach(async () => Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

async function workDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pactwright-merge-'));
  dirs.push(dir);
  return dir;
}

const interaction = (description: string, status = 200): object => ({ description, request: { method: 'GET', path: `/${description.replace(/\W+/g, '-')}` }, response: { status } });
const pactJson = (interactions: object[], consumer = 'web', provider = 'api'): string =>
  JSON.stringify({ consumer: { name: consumer }, provider: { name: provider }, interactions, metadata: { pactSpecification: { version: '3.0.0' } } });

async function shard(root: string, name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(root, name, 'pacts');
  await mkdir(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text);
  return dir;
}

function capture(): { write(text: string): void; text: string } {
  const sink = { text: '', write: (text: string) => void (sink.text += text) };
  return sink;
}

describe('pactwright merge', () => {
  it('merges two shards into one pact per pair, each interaction once, as one full run would write it', async () => {
    const root = await workDir();
    const a = await shard(root, 'shard-1', { 'web-api.json': pactJson([interaction('a'), interaction('shared')]), 'web-billing.json': pactJson([interaction('b')], 'web', 'billing') });
    const b = await shard(root, 'shard-2', { 'web-api.json': pactJson([interaction('shared'), interaction('c')]) });
    const full = await shard(root, 'full', { 'web-api.json': pactJson([interaction('c'), interaction('a'), interaction('shared')]) });
    const out = path.join(root, 'merged');
    const stdout = capture();
    const stderr = capture();
    expect(await runCli(['merge', a, b, '--out', out], stdout, stderr)).toBe(0);
    expect(stderr.text).toBe('');
    expect((await readdir(out)).sort()).toEqual(['web-api.json', 'web-billing.json']);
    const merged = JSON.parse(await readFile(path.join(out, 'web-api.json'), 'utf8')) as { interactions: Array<{ description: string }> };
    expect(merged.interactions.map((i) => i.description)).toEqual(['a', 'c', 'shared']);
    // The same bytes as the merge of one full run's pact.
    const once = path.join(root, 'once');
    expect(await runCli(['merge', full, '--out', once], capture(), capture())).toBe(0);
    expect(await readFile(path.join(out, 'web-api.json'), 'utf8')).toBe(await readFile(path.join(once, 'web-api.json'), 'utf8'));
    expect(stdout.text).toMatch(/web-api\.json: 3 interaction\(s\)/);
  });

  it('refuses two different versions of one interaction, naming both files, and writes nothing', async () => {
    const root = await workDir();
    const a = await shard(root, 'shard-1', { 'web-api.json': pactJson([interaction('get user', 200)]) });
    const b = await shard(root, 'shard-2', { 'web-api.json': pactJson([interaction('get user', 404)]) });
    const out = path.join(root, 'merged');
    const stderr = capture();
    expect(await runCli(['merge', a, b, '--out', out], capture(), stderr)).toBe(1);
    expect(stderr.text).toContain('two different versions of the interaction "get user"');
    expect(stderr.text).toContain(path.join('shard-1', 'pacts', 'web-api.json'));
    expect(stderr.text).toContain(path.join('shard-2', 'pacts', 'web-api.json'));
    await expect(readdir(out)).rejects.toThrow();
  });

  it('refuses a file whose name does not match the pair inside it', async () => {
    const root = await workDir();
    const a = await shard(root, 'shard-1', { 'web-api.json': pactJson([interaction('x')], 'mobile', 'api') });
    const stderr = capture();
    expect(await runCli(['merge', a, '--out', path.join(root, 'merged')], capture(), stderr)).toBe(1);
    expect(stderr.text).toContain("holds the pact between 'mobile' and 'api', which belongs in a file named mobile-api.json");
  });

  it('names a bad pact by its JSON path, an unknown option by the closest one, and a missing --out', async () => {
    const root = await workDir();
    const bad = await shard(root, 'bad', { 'web-api.json': JSON.stringify({ consumer: { name: 'web' }, provider: { name: 'api' }, interactions: [{ description: 'x', request: { method: 7, path: '/' }, response: { status: 200 } }] }) });
    const stderr = capture();
    expect(await runCli(['merge', bad, '--out', path.join(root, 'o')], capture(), stderr)).toBe(1);
    expect(stderr.text).toMatch(/web-api\.json is not a valid pact: .*interactions\[0\]\.request\.method/);
    const option = capture();
    expect(await runCli(['merge', bad, '--ot', 'x'], capture(), option)).toBe(1);
    expect(option.text).toContain('unknown option "--ot"; did you mean "--out"?');
    const missing = capture();
    expect(await runCli(['merge', bad], capture(), missing)).toBe(1);
    expect(missing.text).toContain('merge needs --out <dir>');
    const command = capture();
    expect(await runCli(['merg'], capture(), command)).toBe(1);
    expect(command.text).toContain('unknown command "merg"; did you mean "merge"?');
  });

  it('runs as the package bin', async () => {
    const root = await workDir();
    const a = await shard(root, 'shard-1', { 'web-api.json': pactJson([interaction('a')]) });
    const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
    const { stdout } = await run(process.execPath, [bin, 'merge', a, '--out', path.join(root, 'merged')]);
    expect(stdout).toContain('web-api.json: 1 interaction(s)');
  });
});
