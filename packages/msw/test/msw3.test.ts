// msw 3, the other peer major, which needs Node >= 22.12: a project laid out like a user's install
// (this package's build, the engine, msw 3) runs pactHandlers and an adapter session on the msw
// transport under a Node 24 from the npm registry (test/msw3-runtime, installed on first use).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..');
const runtime = join(here, 'msw3-runtime');
const node24 = join(runtime, 'node_modules', '.bin', 'node');
let project = '';

const script = `
import { setupServer } from 'msw/node';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createPactSession } from '@pactwright/engine';
import { pactHandlers } from '@pactwright/msw';

const out = { msw: JSON.parse(readFileSync(new URL('./node_modules/msw/package.json', import.meta.url), 'utf8')).version, node: process.version };
const pact = {
  consumer: { name: 'web' }, provider: { name: 'users-api' },
  interactions: [{ description: 'a user', request: { method: 'GET', path: '/users/1' }, response: { status: 200, body: { id: 1, token: 'x' }, generators: { body: { '$.token': { type: 'Uuid' } } } } }],
};
const handlers = pactHandlers(pact, { baseUrl: 'http://users.test' });
const server = setupServer(...handlers);
server.listen({ onUnhandledRequest: 'bypass' });
out.user = await (await fetch('http://users.test/users/1')).json();
out.unknown = (await fetch('http://users.test/nobody')).status;
out.report = handlers.verify();
server.close();

const session = createPactSession({ consumer: 'web', provider: 'users-api', transport: 'msw', baseUrl: 'http://users.test' }, { env: {}, color: false });
await session.start();
session.beginTest('gets a user');
session.pact.uponReceiving('user 2').withRequest({ method: 'GET', path: '/users/2' }).willRespondWith({ status: 200, body: { id: 2 } });
out.session = await (await fetch('http://users.test/users/2')).json();
// The msw that the engine's own import of @pactwright/msw reaches.
const fromEngine = createRequire(fileURLToPath(import.meta.resolve('@pactwright/engine')));
const fromTransport = createRequire(fromEngine.resolve('@pactwright/msw/package.json'));
out.sessionMsw = JSON.parse(readFileSync(fromTransport.resolve('msw/package.json'), 'utf8')).version;
out.verdict = session.endTest()?.message ?? 'ok';
await session.finish({ write: false });
console.log(JSON.stringify(out));
`;

beforeAll(() => {
  if (!existsSync(node24)) {
    const installed = spawnSync('npm', ['ci', '--prefix', runtime, '--no-audit', '--no-fund'], { cwd: runtime, encoding: 'utf8', timeout: 300_000 });
    if (installed.status !== 0) throw new Error(`could not install msw 3 and Node 24 in ${runtime}:\n${installed.stderr}`);
  }
  mkdirSync(join(here, '.tmp'), { recursive: true });
  project = mkdtempSync(join(here, '.tmp', 'msw3-'));
  const modules = join(project, 'node_modules');
  mkdirSync(join(modules, '@pactwright', 'msw'), { recursive: true });
  // Copies, not links: the engine loads @pactwright/msw (and it msw) from where it sits, which
  // must be this project, so that nothing reaches the monorepo's msw 2.
  for (const [name, dir] of [['msw', packageDir], ['engine', join(packageDir, '..', 'engine')]] as const) {
    for (const part of ['package.json', 'dist']) cpSync(join(dir, part), join(modules, '@pactwright', name, part), { recursive: true });
  }
  symlinkSync(join(runtime, 'node_modules', 'msw'), join(modules, 'msw'), 'dir');
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'msw3-project', private: true, type: 'module' }));
  writeFileSync(join(project, 'run.mjs'), script);
}, 300_000);

afterAll(() => {
  if (project !== '') rmSync(project, { recursive: true, force: true });
});

describe('msw 3 under Node 24', () => {
  it('answers with generated values, reports an unknown request, and carries an adapter session', () => {
    const ran = spawnSync(node24, ['run.mjs'], { cwd: project, encoding: 'utf8', timeout: 60_000 });
    expect(ran.status, ran.stderr).toBe(0);
    const out = JSON.parse(ran.stdout.trim().split('\n').at(-1) ?? '{}') as { msw: string; node: string; user: { id: number; token: string }; unknown: number; report: string; session: unknown; sessionMsw: string; verdict: string };
    expect(out.msw).toMatch(/^3\./);
    expect(out.node).toMatch(/^v24\./);
    expect(out.user.id).toBe(1);
    expect(out.user.token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(out.unknown).toBe(500);
    expect(out.report).toContain('Unexpected request');
    expect(out.report).toContain('GET /nobody');
    expect(out.session).toEqual({ id: 2 });
    expect(out.sessionMsw, 'the msw the session\'s transport loads').toMatch(/^3\./);
    expect(out.verdict).toBe('ok');
  });
});
