// The run owner over real file runs: real mock servers, real requests, real files on disk. Each
// "run" here is what an adapter does: the owner begins, test files hand over, the owner ends.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { abortOpenFileRuns, createFileRun, RUN_DIR_VARIABLE, RunOwner } from '../../src/runner/index.js';
import type { RunSummary } from '../../src/runner/index.js';
import { runFixture, type FixtureEnd } from './fixtures/run-fixture.js';

const inherited = process.env[RUN_DIR_VARIABLE];
afterAll(() => {
  if (inherited === undefined) delete process.env[RUN_DIR_VARIABLE];
  else process.env[RUN_DIR_VARIABLE] = inherited;
});

let project: string;
let pactDir: string;
let pactFile: string;
beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'pactwright-run-owner-'));
  pactDir = join(project, 'pacts');
  pactFile = join(pactDir, 'web-users-api.json');
  mkdirSync(join(project, 'test'));
});
/** Owners made by a test: their run directories go with the test. */
const owners: RunOwner[] = [];
function newOwner(): RunOwner {
  const owner = RunOwner.create();
  owners.push(owner);
  return owner;
}
afterEach(async () => {
  await abortOpenFileRuns('test cleanup');
  for (const owner of owners.splice(0)) owner.dispose();
  rmSync(project, { recursive: true, force: true });
});

interface FileSpec {
  /** Test file name under test/; created on disk. */
  file: string;
  /** Interactions, one test each: description → path. */
  tests: Record<string, string>;
  failing?: boolean;
  partial?: boolean;
  provider?: string;
}

async function runFile(owner: RunOwner, spec: FileSpec, inProcess = false): Promise<void> {
  const testFile = join(project, 'test', spec.file);
  if (!existsSync(testFile)) writeFileSync(testFile, '// a test file\n');
  const context = { testFile, runDir: owner.runDir, ...(inProcess ? { keepRecord: owner.keepRecord } : {}) };
  const run = createFileRun({ consumer: 'web', provider: spec.provider ?? 'users-api', pactDir, logLevel: 'silent' }, context);
  await run.start();
  for (const [description, path] of Object.entries(spec.tests)) {
    run.beginTest(description);
    run.session.pact.uponReceiving(description).withRequest({ method: 'GET', path }).willRespondWith({ status: 200, body: { path } });
    await fetch(`${run.session.pact.url}${path}`);
    const problem = run.endTest(spec.failing === true ? { testErrors: [new Error('the test failed')] } : {});
    if (spec.failing !== true) expect(problem).toBeUndefined();
  }
  if (spec.partial === true) run.markPartial();
  await run.finish();
}

async function fullRun(owner: RunOwner, files: FileSpec[], verdict: { failed?: string } = {}): Promise<RunSummary> {
  owner.beginRun();
  for (const file of files) await runFile(owner, file);
  return owner.endRun(verdict);
}

function descriptions(file = pactFile): string[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { interactions: Array<{ description: string }> }).interactions.map((i) => i.description);
}

const a: FileSpec = { file: 'a.test.ts', tests: { 'a request for user 1': '/users/1', 'a request for user 2': '/users/2' } };
const b: FileSpec = { file: 'b.test.ts', tests: { 'a request for the user list': '/users' } };

describe('the run owner', () => {
  it('writes each pact once, at the end of a green run, with every file and an owners record beside it', async () => {
    const owner = newOwner();
    expect(process.env[RUN_DIR_VARIABLE]).toBe(owner.runDir);
    owner.beginRun();
    await runFile(owner, a);
    expect(existsSync(pactFile)).toBe(false);
    await runFile(owner, b);
    const summary = await owner.endRun();
    expect(summary).toEqual({ lines: [], written: [pactFile], errors: [] });
    expect(descriptions()).toEqual(['a request for the user list', 'a request for user 1', 'a request for user 2']);
    const owners = JSON.parse(readFileSync(join(pactDir, '.pactwright', 'owners.json'), 'utf8')) as unknown;
    expect(owners).toEqual({
      version: 1,
      pacts: {
        'web-users-api.json': {
          '../test/a.test.ts': [{ description: 'a request for user 1' }, { description: 'a request for user 2' }],
          '../test/b.test.ts': [{ description: 'a request for the user list' }],
        },
      },
    });
  });

  it('gives the same bytes in any file order, and leaves an unchanged pact untouched (mtime kept)', async () => {
    const owner = newOwner();
    await fullRun(owner, [a, b]);
    const first = readFileSync(pactFile, 'utf8');
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(pactFile, old, old);
    await fullRun(owner, [b, a]);
    expect(readFileSync(pactFile, 'utf8')).toBe(first);
    expect(statSync(pactFile).mtime.getTime()).toBe(old.getTime());
  });

  it('drops a renamed interaction and the interactions of a deleted test file', async () => {
    const owner = newOwner();
    await fullRun(owner, [a, b]);
    await fullRun(owner, [{ ...a, tests: { 'a request for user one': '/users/1', 'a request for user 2': '/users/2' } }, b]);
    expect(descriptions()).toEqual(['a request for the user list', 'a request for user 2', 'a request for user one']);
    rmSync(join(project, 'test', 'b.test.ts'));
    await fullRun(owner, [{ ...a, tests: { 'a request for user one': '/users/1', 'a request for user 2': '/users/2' } }]);
    expect(descriptions()).toEqual(['a request for user 2', 'a request for user one']);
  });

  it("keeps other files' interactions on a run of some files, and a partly run file removes nothing of its own", async () => {
    const owner = newOwner();
    await fullRun(owner, [a, b]);
    // Only b.test.ts ran (a path filter, a watch re-run of one changed file, a shard).
    await fullRun(owner, [{ ...b, tests: { 'a request for the user list, paged': '/users/paged' } }]);
    expect(descriptions()).toEqual(['a request for the user list, paged', 'a request for user 1', 'a request for user 2']);
    // a.test.ts ran one of its tests (-t, .only, a skip): it adds, and removes nothing.
    await fullRun(owner, [{ ...a, tests: { 'a request for user 3': '/users/3' }, partial: true }]);
    expect(descriptions()).toEqual(['a request for the user list, paged', 'a request for user 1', 'a request for user 2', 'a request for user 3']);
  });

  it('leaves every pact byte-identical after a red run and says so in one line per pact', async () => {
    const owner = newOwner();
    await fullRun(owner, [a, b, { file: 'c.test.ts', provider: 'orders-api', tests: { 'a request for orders': '/orders' } }]);
    const before = readFileSync(pactFile, 'utf8');
    const summary = await fullRun(owner, [{ ...a, tests: { 'a new request': '/new' } }, { ...b, failing: true }, { file: 'c.test.ts', provider: 'orders-api', tests: {} }]);
    expect(readFileSync(pactFile, 'utf8')).toBe(before);
    expect(descriptions(join(pactDir, 'web-orders-api.json'))).toEqual(['a request for orders']);
    expect(summary.lines).toEqual([
      `${join(pactDir, 'web-orders-api.json')} not written: 1 test file failed`.replace(`${process.cwd()}/`, ''),
      `${pactFile} not written: 1 test file failed`.replace(`${process.cwd()}/`, ''),
    ]);
    // The runner's own verdict (a file that failed to load, an interrupt) is enough.
    const interrupted = await fullRun(owner, [{ ...a, tests: { 'a new request': '/new' } }], { failed: 'the run was interrupted' });
    expect(interrupted.lines).toEqual([`${pactFile} not written: the run was interrupted`.replace(`${process.cwd()}/`, '')]);
    expect(readFileSync(pactFile, 'utf8')).toBe(before);
  });

  it("takes the records of files run in its own process directly (keepRecord): the same pact, and no record file", async () => {
    const owner = newOwner();
    owner.beginRun();
    // One file hands its record over in this process, one leaves a record file, as a worker's would.
    await runFile(owner, a, true);
    expect(readdirSync(owner.runDir)).toEqual([]);
    await runFile(owner, b);
    expect(readdirSync(owner.runDir)).toHaveLength(1);
    expect(await owner.endRun()).toEqual({ lines: [], written: [pactFile], errors: [] });
    expect(descriptions()).toEqual(['a request for the user list', 'a request for user 1', 'a request for user 2']);

    // A kept file that never finished counts as failed, as a record file left running does; a new
    // run forgets the kept records of the last one.
    owner.beginRun();
    createFileRun({ consumer: 'web', provider: 'users-api', pactDir }, { testFile: join(project, 'test', 'crashed.test.ts'), runDir: owner.runDir, keepRecord: owner.keepRecord });
    expect((await owner.endRun()).lines).toEqual([`${pactFile} not written: 1 test file failed`.replace(`${process.cwd()}/`, '')]);
    owner.beginRun();
    await runFile(owner, a, true);
    await runFile(owner, b, true);
    // Written: the crashed file's record of the last run is gone.
    expect(await owner.endRun()).toEqual({ lines: [], written: [pactFile], errors: [] });
  });

  it('counts a file that never finished (a crash, a file that failed to load) as failed', async () => {
    const owner = newOwner();
    await fullRun(owner, [a]);
    const before = readFileSync(pactFile, 'utf8');
    owner.beginRun();
    await runFile(owner, { ...a, tests: { 'a new request': '/new' } });
    createFileRun({ consumer: 'web', provider: 'users-api', pactDir }, { testFile: join(project, 'test', 'crashed.test.ts'), runDir: owner.runDir });
    const summary = await owner.endRun();
    expect(summary.lines).toEqual([`${pactFile} not written: 1 test file failed`.replace(`${process.cwd()}/`, '')]);
    expect(readFileSync(pactFile, 'utf8')).toBe(before);
  });

  it('refuses two files that verified different versions of one interaction, naming both', async () => {
    const owner = newOwner();
    const summary = await fullRun(owner, [a, { file: 'other.test.ts', tests: { 'a request for user 1': '/users/one' } }]);
    expect(summary.errors).toEqual([expect.stringMatching(/web-users-api\.json not written: \.\.\/test\/a\.test\.ts and \.\.\/test\/other\.test\.ts verified two different versions of the interaction "a request for user 1"/)]);
    expect(existsSync(pactFile)).toBe(false);
  });

  it('keeps interactions no test file owns, and says how to start clean', async () => {
    const owner = newOwner();
    await fullRun(owner, [a]);
    rmSync(join(pactDir, '.pactwright'), { recursive: true });
    const summary = await fullRun(owner, [b]);
    expect(descriptions()).toEqual(['a request for the user list', 'a request for user 1', 'a request for user 2']);
    expect(summary.lines).toEqual([expect.stringContaining('web-users-api.json keeps 2 interactions no test file owns')]);
  });

  it('reports a damaged owners record or pact file by name, writing nothing, instead of throwing', async () => {
    const owner = newOwner();
    await fullRun(owner, [a]);
    const before = readFileSync(pactFile, 'utf8');
    writeFileSync(join(pactDir, '.pactwright', 'owners.json'), '{ "version": 1, "pacts": ');
    const damaged = await fullRun(owner, [b]);
    expect(damaged.errors).toEqual([expect.stringMatching(/^the pacts in .*pacts were not written: .*owners\.json is not a Pactwright owners record .*delete it/)]);
    expect(readFileSync(pactFile, 'utf8')).toBe(before);
    rmSync(join(pactDir, '.pactwright'), { recursive: true });
    writeFileSync(pactFile, '{ "consumer": ');
    const broken = await fullRun(owner, [b]);
    expect(broken.errors).toEqual([expect.stringMatching(/web-users-api\.json not written: .*web-users-api\.json is not a valid pact .*delete it and run again/)]);
    expect(readFileSync(pactFile, 'utf8')).toBe('{ "consumer": ');
  });

  it('removes a pact none of whose interactions any test verifies any more', async () => {
    const owner = newOwner();
    await fullRun(owner, [a]);
    const summary = await fullRun(owner, [{ ...a, provider: 'accounts-api' }]);
    expect(existsSync(pactFile)).toBe(false);
    expect(descriptions(join(pactDir, 'web-accounts-api.json'))).toEqual(['a request for user 1', 'a request for user 2']);
    expect(summary.lines).toEqual([expect.stringContaining('web-users-api.json removed')]);
  });

  it('merges two shard outputs into the same bytes as one full run, owners included', async () => {
    const owner = newOwner();
    await fullRun(owner, [a, b]);
    const full = readFileSync(pactFile, 'utf8');
    const fullOwners = readFileSync(join(pactDir, '.pactwright', 'owners.json'), 'utf8');
    const shards: string[] = [];
    for (const [index, file] of [a, b].entries()) {
      rmSync(pactDir, { recursive: true, force: true });
      await fullRun(owner, [file]);
      const shard = join(project, `shard-${index + 1}`);
      mkdirSync(shard);
      for (const name of ['web-users-api.json', '.pactwright']) rmSync(join(shard, name), { recursive: true, force: true });
      writeFileSync(join(shard, 'web-users-api.json'), readFileSync(pactFile));
      mkdirSync(join(shard, '.pactwright'));
      writeFileSync(join(shard, '.pactwright', 'owners.json'), readFileSync(join(pactDir, '.pactwright', 'owners.json')));
      shards.push(shard);
    }
    rmSync(pactDir, { recursive: true, force: true });
    const output: string[] = [];
    const code = await runCli(['merge', ...shards, '--out', pactDir], { write: (text) => output.push(text) }, { write: (text) => output.push(text) });
    expect(code, output.join('')).toBe(0);
    expect(readFileSync(pactFile, 'utf8')).toBe(full);
    expect(readFileSync(join(pactDir, '.pactwright', 'owners.json'), 'utf8')).toBe(fullOwners);
  });
});

/**
 * Starts a process that owns a run (fixtures/owner-process.mjs), waits for its run directory, then
 * sends it `signal`, or without one tells it to exit, and resolves with how it ended.
 */
async function ownerProcessEnded(mode: string | undefined, signal: NodeJS.Signals | undefined): Promise<FixtureEnd & { runDir: string; existedWhileRunning: boolean }> {
  let runDir = '';
  let existedWhileRunning = false;
  const ended = await runFixture('owner-process.mjs', mode === undefined ? [] : [mode], (stdout, child) => {
    if (runDir !== '' || !stdout.includes('\n')) return;
    runDir = stdout.slice(0, stdout.indexOf('\n'));
    existedWhileRunning = existsSync(runDir);
    if (signal !== undefined) child.kill(signal);
    else child.stdin.write('exit\n');
  });
  return { ...ended, runDir, existedWhileRunning };
}

describe("the run directory's removal", () => {
  it('removes it on dispose()', () => {
    const owner = RunOwner.create();
    expect(existsSync(owner.runDir)).toBe(true);
    owner.dispose();
    expect(existsSync(owner.runDir)).toBe(false);
  });

  it('refuses a run after dispose(), saying why, instead of a missing-directory error or a silent empty run', async () => {
    const owner = RunOwner.create();
    owner.dispose();
    owner.dispose();
    expect(() => owner.beginRun()).toThrow('RunOwner.beginRun() after dispose(): its run directory is gone; create another owner with RunOwner.create()');
    await expect(owner.endRun()).rejects.toThrow('RunOwner.endRun() after dispose()');
  });

  it('removes it when the process exits', async () => {
    const ended = await ownerProcessEnded('exit-when-told', undefined);
    expect(ended.existedWhileRunning).toBe(true);
    expect(ended.code).toBe(3);
    expect(existsSync(ended.runDir)).toBe(false);
  });

  it('removes it when a SIGTERM nothing else handles ends the process, which still dies of the signal', async () => {
    const ended = await ownerProcessEnded(undefined, 'SIGTERM');
    expect(ended.existedWhileRunning).toBe(true);
    expect(ended.signal).toBe('SIGTERM');
    expect(existsSync(ended.runDir)).toBe(false);
  });

  it("leaves a SIGTERM to the runner's own listener, and removes it when that listener exits", async () => {
    const ended = await ownerProcessEnded('own-sigterm-listener', 'SIGTERM');
    expect(ended.stdout).toContain('handled');
    expect(ended.code).toBe(0);
    expect(ended.signal).toBeNull();
    expect(existsSync(ended.runDir)).toBe(false);
  });

  it('removes it before a runner that calls process.exit() inside its own exit listener cuts the others off', async () => {
    const ended = await ownerProcessEnded('exit-in-exit-listener', 'SIGTERM');
    expect(ended.existedWhileRunning).toBe(true);
    expect(existsSync(ended.runDir)).toBe(false);
  });
});
