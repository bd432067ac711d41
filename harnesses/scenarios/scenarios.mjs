// The one list of adapter lifecycle scenarios. Each adapter's tests render it into a real project
// for its runner (renderFiles), run that runner's real CLI over it on every supported major, read
// the runner's own JSON report into the shape below, and call checkScenarios. The scenario bodies
// are written once, against a few neutral names the per-runner preludes provide:
// describe/it/beforeAll/afterAll/beforeEach/afterEach, itWith(name, { timeout, retry }, fn),
// `pact` and `like` from the adapter, and get(path), a client that throws on an error status the
// way axios does.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

/** @typedef {'jest' | 'vitest' | 'mocha'} Runner */
/** @typedef {'cjs' | 'esm' | 'ts'} ModuleKind */

/** The module kinds each runner's test files can be written in; the first is its default. */
export const moduleKinds = {
  jest: ['cjs', 'esm', 'ts'],
  vitest: ['ts', 'esm'],
  mocha: ['esm', 'cjs', 'ts'],
};

/** What a runner cannot do, and why (shown by the drivers' tests and in the closing table). */
export const unsupported = {
  vitest: {
    cjs: 'Vitest loads test files as ES modules and its API cannot be require()d, so there are no CommonJS test files to support.',
  },
  mocha: {
    'esm in watch mode': 'Mocha cannot re-import an ES module test file on a watch re-run (it runs 0 tests), so the Mocha watch scenario uses a CommonJS test file.',
  },
};

const client = {
  js: `async function get(path) {
  const response = await fetch(pact.url + path);
  if (response.status >= 400) throw new Error('Request failed with status code ' + response.status);
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}
async function send(method, path, body) {
  return fetch(pact.url + path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}`,
  ts: `async function get(path: string): Promise<any> {
  const response: Response = await fetch(pact.url + path);
  if (response.status >= 400) throw new Error('Request failed with status code ' + response.status);
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}
async function send(method: string, path: string, body: unknown): Promise<Response> {
  return fetch(pact.url + path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}`,
};

const itWith = {
  jest: `const itWith = (name, options, fn) => {
  if (options.retry) jest.retryTimes(options.retry);
  it(name, fn, options.timeout);
};`,
  vitest: `const itWith = (name, options, fn) => it(name, options, fn);`,
  mocha: `const beforeAll = before;
const afterAll = after;
const itWith = (name, options, fn) => {
  const test = it(name, fn);
  if (options.timeout) test.timeout(options.timeout);
  if (options.retry) test.retries(options.retry);
};`,
};

const adapterModule = { jest: '@pactwright/jest-env', vitest: '@pactwright/vitest-plugin', mocha: '@pactwright/mocha-hooks' };

function prelude(runner, kind) {
  const from = adapterModule[runner];
  const imports =
    kind === 'cjs'
      ? `const { pact, like } = require('${from}');\nconst { appendFileSync } = require('node:fs');`
      : runner === 'vitest'
        ? `import { appendFileSync } from 'node:fs';\nimport { describe, it, beforeAll, afterAll, beforeEach, afterEach } from 'vitest';\nimport { pact, like } from '${from}';`
        : `import { appendFileSync } from 'node:fs';\nimport { pact, like } from '${from}';`;
  const helper = kind === 'ts' ? itWith[runner].replace('(name, options, fn)', '(name: string, options: { timeout?: number; retry?: number }, fn: () => Promise<void>)') : itWith[runner];
  return `${imports}\n${kind === 'ts' ? client.ts : client.js}\n${helper}\n`;
}

/** File name of a scenario's test file for `runner` in module kind `kind`. */
export function fileName(runner, name, kind) {
  const ext = { cjs: runner === 'mocha' ? 'cjs' : 'js', esm: 'js', ts: 'ts' }[kind];
  return `tests/${name}-${kind}.${runner === 'mocha' ? 'spec' : 'test'}.${ext}`;
}

const interaction = (description, path, extra = '') =>
  `pact.uponReceiving('${description}').withRequest({ method: 'GET', path: '${path}' }).willRespondWith({ status: 200${extra} });`;

/**
 * The scenarios. `expect` maps each test title to what the run must show; `pact` lists interaction
 * descriptions that must (`has`) or must not (`hasNot`) be in the written pacts. `differs` holds a
 * runner's own expectations where it cannot behave like the others, with the reason.
 */
export const scenarios = [
  {
    name: 'green',
    what: 'a green file: interactions from a describe-level beforeAll and from the test are verified and written',
    kinds: 'all',
    body: (kind) => `describe('green (${kind})', () => {
  beforeAll(() => {
    ${interaction(`green (${kind}): orders, registered in beforeAll`, '/orders', ", body: like([{ id: 1 }])")}
  });
  it('green (${kind}): lists orders', async () => {
    const orders = await get('/orders');
    if (orders[0].id !== 1) throw new Error('wrong orders');
  });
  it('green (${kind}): gets user 1', async () => {
    pact.given('user 1 exists', { id: 1 }).uponReceiving('green (${kind}): user 1').withRequest({ method: 'GET', path: '/users/1' }).willRespondWith({ status: 200, body: like({ id: 1, name: 'Ann' }) });
    const user = await get('/users/1');
    if (user.name !== 'Ann') throw new Error('wrong user');
  });
});
`,
    expect: (kind) => ({
      [`green (${kind}): lists orders`]: { status: 'passed' },
      [`green (${kind}): gets user 1`]: { status: 'passed' },
    }),
    pact: (kind) => ({ has: [`green (${kind}): orders, registered in beforeAll`, `green (${kind}): user 1`] }),
  },
  {
    name: 'same-pact',
    what: '`pact` is the same object on every runner: it throws PactNotRunningError at a file\'s top level, and has the same keys in a test',
    body: () => `let atTopLevel = 'no error';
try {
  void pact.url;
} catch (error) {
  atTopLevel = error.name + ': ' + error.message;
}
it('same-pact: threw PactNotRunningError at the top level', async () => {
  if (!atTopLevel.startsWith('PactNotRunningError: pact.url was used outside a running Pactwright test file')) throw new Error(atTopLevel);
});
it('same-pact: has the same keys in a test', async () => {
  const keys = Object.keys(pact).join(', ');
  if (keys !== 'url, port, addInteraction, given, uponReceiving') throw new Error('keys: ' + keys);
  const { uponReceiving } = pact;
  uponReceiving('same-pact: destructured').withRequest({ method: 'GET', path: '/destructured' }).willRespondWith({ status: 200 });
  await get('/destructured');
});
`,
    expect: () => ({
      'same-pact: threw PactNotRunningError at the top level': { status: 'passed' },
      'same-pact: has the same keys in a test': { status: 'passed' },
    }),
    pact: () => ({ has: ['same-pact: destructured'] }),
  },
  {
    name: 'mismatch',
    what: 'a request that does not match fails its test with the report; the next test still passes; no pact',
    body: () => `describe('mismatch', () => {
  it('mismatch: sends the wrong body', async () => {
    pact.uponReceiving('mismatch: create an order').withRequest({ method: 'POST', path: '/orders', headers: { 'Content-Type': 'application/json' }, body: { item: 'book' } }).willRespondWith({ status: 201 });
    await send('POST', '/orders', { item: 'pen' });
  });
  it('mismatch: a neighbour passes', async () => {
    ${interaction('mismatch: neighbour', '/ping')}
    await get('/ping');
  });
});
`,
    expect: () => ({
      'mismatch: sends the wrong body': { status: 'failed', contains: ['Pact verification failed', 'mismatch: create an order', '"pen"', '"book"'] },
      'mismatch: a neighbour passes': { status: 'passed' },
    }),
    pact: () => ({ hasNot: ['mismatch: create an order', 'mismatch: neighbour'] }),
  },
  {
    name: 'never-called',
    what: 'an interaction never called fails its test, naming it',
    body: () => `it('never-called: registers the health check and never calls it', async () => {
  ${interaction('never-called: health check', '/health')}
});
`,
    expect: () => ({ 'never-called: registers the health check and never calls it': { status: 'failed', contains: ['never-called: health check', 'GET /health'] } }),
    pact: () => ({ hasNot: ['never-called: health check'] }),
  },
  {
    name: 'unexpected',
    what: 'a request no interaction expected fails its test',
    body: () => `it('unexpected: sends a request nobody expected', async () => {
  await fetch(pact.url + '/surprise?x=1');
});
`,
    expect: () => ({ 'unexpected: sends a request nobody expected': { status: 'failed', contains: ['Unexpected request', '/surprise'] } }),
    pact: () => ({}),
  },
  {
    name: 'own-failure',
    what: "a test that fails on its own, with no pact problem, keeps its own error; no pact",
    body: () => `it('own-failure: throws on its own', async () => {
  ${interaction('own-failure: thing', '/thing')}
  await get('/thing');
  throw new Error('boom from the test itself');
});
`,
    expect: () => ({ 'own-failure: throws on its own': { status: 'failed', contains: ['boom from the test itself'], notContains: ['Pact verification failed'] } }),
    pact: () => ({ hasNot: ['own-failure: thing'] }),
  },
  {
    name: 'client-throws',
    what: "a client that throws on the mock server's 500: the test shows the pact report, its own error as the cause",
    body: () => `it('client-throws: the client throws on the 500', async () => {
  ${interaction('client-throws: user 7', '/users/7', ', body: { id: 7 }')}
  await get('/users/8');
});
`,
    expect: () => ({
      'client-throws: the client throws on the 500': {
        status: 'failed',
        contains: ['Pact verification failed', 'client-throws: user 7', 'GET /users/8'],
        causeContains: 'Request failed with status code 500',
      },
    }),
    pact: () => ({ hasNot: ['client-throws: user 7'] }),
  },
  {
    name: 'contained',
    what: "interactions a later describe's beforeAll registers are verified with its first test, after an earlier test failed",
    body: () => `describe('contained A', () => {
  it('contained: A fails through its client', async () => {
    ${interaction('contained: A', '/a')}
    await get('/not-a');
  });
});
describe('contained B', () => {
  beforeAll(() => {
    ${interaction('contained: B, registered in beforeAll', '/b')}
  });
  it('contained: B uses what its beforeAll registered', async () => {
    await get('/b');
  });
});
`,
    expect: () => ({
      'contained: A fails through its client': { status: 'failed', contains: ['Pact verification failed'] },
      'contained: B uses what its beforeAll registered': { status: 'passed' },
    }),
    pact: () => ({ hasNot: ['contained: A', 'contained: B, registered in beforeAll'] }),
  },
  {
    name: 'retry',
    what: 'a test that fails verification passes on its retry: the file writes its pact',
    body: () => `let attempts = 0;
itWith('retry: passes on its second attempt', { retry: 2 }, async () => {
  attempts += 1;
  ${interaction('retry: flaky resource', '/flaky')}
  if (attempts > 1) await get('/flaky');
});
`,
    expect: () => ({ 'retry: passes on its second attempt': { status: 'passed' } }),
    pact: () => ({ has: ['retry: flaky resource'] }),
  },
  {
    name: 'timeout',
    what: 'a test that times out fails alone; what it registered does not reach the next test; no pact',
    body: () => `itWith('timeout: never finishes', { timeout: 300 }, async () => {
  ${interaction('timeout: slow', '/slow')}
  await new Promise(() => {});
});
it('timeout: the next test passes', async () => {
  ${interaction('timeout: next', '/next')}
  await get('/next');
});
`,
    expect: () => ({
      // Its own timeout error: the message, or the cause of the pact report (the slow interaction was never called).
      'timeout: never finishes': { status: 'failed', mentions: ['300'] },
      'timeout: the next test passes': { status: 'passed' },
    }),
    pact: () => ({ hasNot: ['timeout: slow', 'timeout: next'] }),
  },
  {
    name: 'hook-failure',
    what: 'a failing afterAll hook keeps the file from writing its pact, though its test passed',
    body: () => `describe('hook-failure', () => {
  afterAll(() => {
    throw new Error('afterAll broke');
  });
  it('hook-failure: passes', async () => {
    ${interaction('hook-failure: thing', '/thing')}
    await get('/thing');
  });
});
`,
    expect: () => ({ 'hook-failure: passes': { status: 'passed' } }),
    pact: () => ({ hasNot: ['hook-failure: thing'] }),
  },
  {
    name: 'skip',
    what: 'a skipped test registers nothing; the rest of its file writes',
    body: () => `it.skip('skip: is skipped', async () => {
  ${interaction('skip: never', '/never')}
});
it('skip: runs', async () => {
  ${interaction('skip: runs', '/runs')}
  await get('/runs');
});
`,
    expect: () => ({ 'skip: is skipped': { status: 'skipped' }, 'skip: runs': { status: 'passed' } }),
    pact: () => ({ has: ['skip: runs'], hasNot: ['skip: never'] }),
  },
  {
    name: 'after-each',
    what: "a request made by the test's afterEach hook belongs to the test's verification",
    body: () => `describe('after-each', () => {
  afterEach(async () => {
    await get('/logout');
  });
  it('after-each: logs in, and its afterEach logs out', async () => {
    pact.uponReceiving('after-each: login').withRequest({ method: 'POST', path: '/login' }).willRespondWith({ status: 200 });
    ${interaction('after-each: logout', '/logout')}
    await send('POST', '/login', {});
  });
});
`,
    expect: () => ({ 'after-each: logs in, and its afterEach logs out': { status: 'passed' } }),
    pact: () => ({ has: ['after-each: login', 'after-each: logout'] }),
    differs: {
      mocha: {
        why:
          'Mocha reports a test passed or failed before it runs the afterEach hooks, and a failing afterEach hook makes it skip the rest of the suite, ' +
          "so a test is verified when its own function ends: the logout is missing from the test's verdict, and the afterEach hook's request fails the file's last after-all hook",
        expect: () => ({ 'after-each: logs in, and its afterEach logs out': { status: 'failed', contains: ['after-each: logout', 'GET /logout'] } }),
        pact: () => ({ hasNot: ['after-each: login', 'after-each: logout'] }),
      },
    },
  },
  {
    name: 'only',
    group: 'only',
    what: '.only runs the focused test alone; the pact holds its interaction only',
    body: () => `it.only('only: focused', async () => {
  ${interaction('only: focused', '/focused')}
  await get('/focused');
});
it('only: left out', async () => {
  ${interaction('only: left out', '/left-out')}
});
`,
    expect: () => ({ 'only: focused': { status: 'passed' }, 'only: left out': { status: 'skipped', orAbsent: true } }),
    pact: () => ({ has: ['only: focused'], hasNot: ['only: left out'] }),
  },
  {
    name: 'filter',
    group: 'filter',
    what: 'a name filter (-t, --grep) runs the matching test alone; the pact holds its interaction only',
    body: () => `it('filter: kept', async () => {
  ${interaction('filter: kept', '/kept')}
  await get('/kept');
});
it('filter: left out', async () => {
  ${interaction('filter: left out', '/left-out')}
});
`,
    expect: () => ({ 'filter: kept': { status: 'passed' }, 'filter: left out': { status: 'skipped', orAbsent: true } }),
    pact: () => ({ has: ['filter: kept'], hasNot: ['filter: left out'] }),
  },
  {
    name: 'watch',
    group: 'watch',
    kinds: { mocha: ['cjs'] },
    what: 'a watch-mode re-run after a change starts a fresh server, and no server of either run is left listening',
    body: () => `it('watch: records its port and passes', async () => {
  appendFileSync(process.env.SCENARIO_PORTS, pact.port + '\\n');
  ${interaction('watch: profile', '/profile')}
  await get('/profile');
});
`,
    expect: () => ({}),
    pact: () => ({ has: ['watch: profile'] }),
  },
];

/** The runs each driver makes: the main list, the `.only` file alone, the filtered file alone, a watch re-run. */
export const groups = [
  { name: 'main', pattern: undefined },
  { name: 'only', pattern: undefined },
  { name: 'filter', pattern: 'filter: kept' },
  { name: 'watch', pattern: undefined },
];

function kindsOf(runner, scenario) {
  if (scenario.kinds === 'all') return moduleKinds[runner];
  return scenario.kinds?.[runner] ?? [moduleKinds[runner][0]];
}

function inGroup(scenario, group) {
  return (scenario.group ?? 'main') === group;
}

/** The test files of `group` for `runner`: relative path → source. */
export function renderFiles(runner, group) {
  const files = {};
  for (const scenario of scenarios.filter((entry) => inGroup(entry, group))) {
    for (const kind of kindsOf(runner, scenario)) files[fileName(runner, scenario.name, kind)] = prelude(runner, kind) + scenario.body(kind);
  }
  return files;
}

/** What `runner` must show for a scenario: its own expectations where it differs. */
function expectationsOf(runner, scenario, kind) {
  const own = scenario.differs?.[runner];
  return { tests: (own?.expect ?? scenario.expect)(kind), pact: (own?.pact ?? scenario.pact)(kind), why: own?.why };
}

/**
 * @typedef {object} NormalizedRun
 * @property {{ title: string, status: 'passed' | 'failed' | 'skipped', message: string, cause?: string }[]} tests
 * @property {string[]} pactDescriptions every interaction description in the pacts written
 * @property {string} output the runner's console output
 */

/** Checks one run of `group` against every scenario in it. */
export function checkScenarios(runner, group, run) {
  for (const scenario of scenarios.filter((entry) => inGroup(entry, group))) {
    for (const kind of kindsOf(runner, scenario)) {
      const { tests, pact } = expectationsOf(runner, scenario, kind);
      for (const [title, wanted] of Object.entries(tests)) {
        const found = run.tests.filter((test) => test.title === title).at(-1);
        const where = `${runner} scenario "${scenario.name}" (${kind}), test "${title}"`;
        if (found === undefined && wanted.orAbsent) continue;
        expect(found, `${where}: not in the report. Output:\n${run.output}`).toBeDefined();
        expect(found?.status, `${where}: ${found?.message}`).toBe(wanted.status);
        for (const text of wanted.contains ?? []) expect(found?.message, where).toContain(text);
        for (const text of wanted.notContains ?? []) expect(found?.message, where).not.toContain(text);
        for (const text of wanted.mentions ?? []) expect(`${found?.message}\n${found?.cause ?? ''}`, where).toContain(text);
        if (wanted.causeContains !== undefined) expect(found?.cause ?? '', `${where}: the cause`).toContain(wanted.causeContains);
      }
      for (const description of pact.has ?? []) expect(run.pactDescriptions, `${runner} scenario "${scenario.name}": pact`).toContain(description);
      for (const description of pact.hasNot ?? []) expect(run.pactDescriptions, `${runner} scenario "${scenario.name}": pact`).not.toContain(description);
    }
  }
}

/** The scenario list as a table: one row per scenario, what it checks, and any runner's difference. */
export function scenarioTable() {
  return scenarios.map((scenario) => ({
    name: scenario.name,
    what: scenario.what,
    differs: Object.fromEntries(Object.entries(scenario.differs ?? {}).map(([runner, own]) => [runner, own.why])),
  }));
}

/** Whether something still accepts connections on 127.0.0.1:`port` (bounded by a short timeout). */
export function isListening(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (listening) => {
      socket.destroy();
      resolve(listening);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Polls `condition` every 100 ms for at most `timeoutMs`; the error says what it waited for. */
export async function waitFor(condition, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Checks a watch-mode session: `ports` are the ports the watch scenario's test recorded, one per
 * run (at least two: the first run and the re-run after a change), read after the re-run, while
 * the watcher still runs. Each run had its own server, and none is left listening.
 */
export async function checkWatch(runner, ports, pactDescriptions) {
  expect(ports.length, `${runner}: one recorded port per run`).toBeGreaterThanOrEqual(2);
  expect(new Set(ports).size, `${runner}: each run starts its own server`).toBe(ports.length);
  for (const port of ports) expect(await isListening(port), `${runner}: the server on port ${port} is closed`).toBe(false);
  expect(pactDescriptions, `${runner}: the pact of the watch runs`).toContain('watch: profile');
}

/**
 * Runs a runner in watch mode over the watch scenario and checks it: waits for the first run,
 * changes `changeFile`, waits for the re-run, then calls {@link checkWatch} while the watcher still
 * runs. `passed` is how the runner's output says one run passed. The watcher is then ended with
 * SIGTERM, as a CI job or a container stop ends it, and must leave no run directory behind in its
 * temp directory (a private one, through `TMPDIR`).
 */
export async function runWatchScenario({ runner, command, args, cwd, env, passed, changeFile, portsFile, pactDescriptions }) {
  if (!existsSync(portsFile)) writeFileSync(portsFile, '');
  const temp = mkdtempSync(join(tmpdir(), 'pactwright-watch-temp-'));
  const child = spawn(command, args, { cwd, env: { ...env, SCENARIO_PORTS: portsFile, TMPDIR: temp }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk.toString()));
  child.stderr.on('data', (chunk) => (output += chunk.toString()));
  const runs = () => output.split(passed).length - 1;
  const ports = () => readFileSync(portsFile, 'utf8').split('\n').filter(Boolean).map(Number);
  try {
    try {
      await waitFor(() => runs() >= 1 && ports().length >= 1, 60_000, () => `the first run:\n${output}`);
      // Give the watcher a moment to settle, then change the test file.
      await new Promise((resolve) => setTimeout(resolve, 500));
      appendFileSync(changeFile, '\n// changed\n');
      await waitFor(() => runs() >= 2 && ports().length >= 2, 60_000, () => `the re-run:\n${output}`);
      // The re-run wrote the pact: had that started another run, it would show within this time.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(runs(), `${runner}: exactly one run per change:\n${output}`).toBe(2);
      await checkWatch(runner, ports(), await pactDescriptions());
    } finally {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    }
    const left = readdirSync(temp).filter((name) => name.startsWith('pactwright-run-'));
    expect(left, `${runner}: the watcher ended by SIGTERM left its run directory:\n${output}`).toEqual([]);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * The owner scenario's test files: test title → path requested. `!/path` requests a wrong path
 * (the test fails); `skip /path` and `only /path` mark the test `.skip` or `.only`.
 */
function ownerFile(runner, tests) {
  const kind = moduleKinds[runner][0];
  const body = Object.entries(tests)
    .map(([title, spec]) => {
      const [mode, path] = spec.includes(' ') ? spec.split(' ') : ['', spec];
      const wrong = path.startsWith('!');
      const clean = wrong ? path.slice(1) : path;
      return `  it${mode ? `.${mode}` : ''}('${title}', async () => {
    ${interaction(title, clean)}
    await get('${clean}${wrong ? '/wrong' : ''}');
  });`;
    })
    .join('\n');
  return prelude(runner, kind) + `describe('owner', () => {\n${body}\n});\n`;
}

function ownerDescriptions(pactDir) {
  const file = join(pactDir, 'scenarios-scenarios-api.json');
  if (!existsSync(file)) return [];
  return JSON.parse(readFileSync(file, 'utf8')).interactions.map((interaction) => interaction.description).sort();
}

/**
 * The run owner over a sequence of real runs of one project (`dir`, pacts in `dir/pacts`):
 * parallel and serial runs give the same bytes and leave an unchanged pact untouched; a renamed
 * interaction and a deleted file leave nothing behind; a name filter and a path filter keep what
 * other tests own; a red run leaves the pact byte-identical and says so; shards merged with the
 * `pactwright` bin equal one full run; `.only` and skipped tests keep what they did not run; a
 * file that fails to load leaves the pact as it was, and the run says so (`loadFailureMessage`). `run` runs the runner with the README's setup:
 * `{ parallel, filter (a test name), files (test file paths, relative), shard: [index, total] }`.
 */
export async function runOwnerScenario({ runner, dir, run, loadFailureMessage = /pacts\/scenarios-scenarios-api\.json not written: 1 test file failed/ }) {
  const kind = moduleKinds[runner][0];
  const a = fileName(runner, 'owner-a', kind);
  const b = fileName(runner, 'owner-b', kind);
  const pactDir = join(dir, 'pacts');
  const pactFile = join(pactDir, 'scenarios-scenarios-api.json');
  const write = (file, tests) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), ownerFile(runner, tests));
  };
  const step = async (what, options = {}) => {
    const result = await run(options);
    return { ...result, where: `${runner} run owner, ${what}:\n${result.output}` };
  };

  write(a, { 'owner a: one': '/a/1', 'owner a: two': '/a/2' });
  write(b, { 'owner b: list': '/b' });
  let result = await step('a full run with parallel workers', { parallel: true });
  expect(ownerDescriptions(pactDir), result.where).toEqual(['owner a: one', 'owner a: two', 'owner b: list']);
  const first = readFileSync(pactFile, 'utf8');
  const old = new Date('2020-01-01T00:00:00Z');
  utimesSync(pactFile, old, old);

  result = await step('the same tests, serial');
  expect(readFileSync(pactFile, 'utf8'), result.where).toBe(first);
  expect(statSync(pactFile).mtime.getTime(), `${result.where}\nan unchanged pact is not written again`).toBe(old.getTime());

  write(a, { 'owner a: one': '/a/1', 'owner a: second': '/a/2' });
  result = await step('a renamed interaction');
  expect(ownerDescriptions(pactDir), result.where).toEqual(['owner a: one', 'owner a: second', 'owner b: list']);

  result = await step('a name filter', { filter: 'owner a: one' });
  expect(ownerDescriptions(pactDir), result.where).toEqual(['owner a: one', 'owner a: second', 'owner b: list']);

  write(a, { 'owner a: one': 'only /a/1', 'owner a: second': '/a/2', 'owner a: third': 'skip /a/3' });
  result = await step('.only and a skipped test');
  expect(ownerDescriptions(pactDir), result.where).toEqual(['owner a: one', 'owner a: second', 'owner b: list']);
  write(a, { 'owner a: one': '/a/1', 'owner a: second': '/a/2' });

  write(b, { 'owner b: all': '/b' });
  result = await step('a path filter (only b, renamed)', { files: [b] });
  expect(ownerDescriptions(pactDir), result.where).toEqual(['owner a: one', 'owner a: second', 'owner b: all']);

  rmSync(join(dir, b));
  result = await step('a deleted test file');
  expect(ownerDescriptions(pactDir), result.where).toEqual(['owner a: one', 'owner a: second']);

  const green = readFileSync(pactFile, 'utf8');
  write(a, { 'owner a: one': '!/a/1', 'owner a: second': '/a/2', 'owner a: third': '/a/3' });
  result = await step('a failing test');
  expect(readFileSync(pactFile, 'utf8'), result.where).toBe(green);
  expect(result.output, result.where).toContain('pacts/scenarios-scenarios-api.json not written: 1 test file failed');

  write(a, { 'owner a: one': '/a/1', 'owner a: second': '/a/2', 'owner a: third': '/a/3' });
  writeFileSync(join(dir, fileName(runner, 'owner-broken', kind)), 'this file does not load (\n');
  result = await step('a test file that fails to load');
  expect(readFileSync(pactFile, 'utf8'), result.where).toBe(green);
  if (loadFailureMessage !== null) expect(result.output, result.where).toMatch(loadFailureMessage);
  rmSync(join(dir, fileName(runner, 'owner-broken', kind)));

  write(a, { 'owner a: one': '/a/1', 'owner a: second': '/a/2' });
  write(b, { 'owner b: all': '/b' });
  rmSync(pactDir, { recursive: true, force: true });
  result = await step('a full run before sharding');
  const full = readFileSync(pactFile, 'utf8');
  const shards = [];
  for (const index of [1, 2]) {
    rmSync(pactDir, { recursive: true, force: true });
    result = await step(`shard ${index}/2`, { shard: [index, 2] });
    const out = join(dir, `shard-${index}`);
    cpSync(pactDir, out, { recursive: true });
    shards.push(out);
  }
  rmSync(pactDir, { recursive: true, force: true });
  const cli = join(dirname(createRequire(import.meta.url).resolve('@pactwright/engine/package.json')), 'dist', 'cli.js');
  const merged = spawnSync(process.execPath, [cli, 'merge', ...shards, '--out', pactDir], { encoding: 'utf8' });
  expect(merged.status, `${runner}: pactwright merge\n${merged.stdout}${merged.stderr}`).toBe(0);
  expect(readFileSync(pactFile, 'utf8'), `${runner}: two merged shards equal one full run`).toBe(full);
}

/** This process's environment for a child runner: none of our PACTWRIGHT_* settings, no colours. */
export function childEnv() {
  const env = { NO_COLOR: '1', FORCE_COLOR: '0' };
  for (const [key, value] of Object.entries(process.env)) if (!/^(PACTWRIGHT_|FORCE_COLOR$|NODE_OPTIONS$)/.test(key)) env[key] = value;
  return env;
}

/** Runs `command` to its end (killed after `timeoutMs`); resolves to its exit code and output. */
export function runCommand(command, args, { cwd, env = childEnv(), timeoutMs = 60_000 }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk.toString()));
    child.stderr.on('data', (chunk) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/**
 * A fresh project folder under `parent` (made if missing) with `files` written into it (relative
 * path → text); removed by `cleanup()`. Drivers put `parent` inside the repository, so the project
 * resolves the adapters as a user's would.
 */
export function makeProject(parent, prefix, files) {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, prefix));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
