// On the http transport each test file's mock server runs in Vitest's main process (the file
// host), and the worker sends what its DSL builds. These runs check what that could break: a
// request sent right after its registration, raw pact JSON checked at the call, a suite's own msw
// server answering through `pactHandlers(pact)`, and a worker that dies in the middle of a file.
import { afterAll, describe, expect, it } from 'vitest';
import { availableMajors } from './support/majors.js';
import { createFixtureProject, pactFiles, readPact, runVitest, type FixtureProject } from './support/project.js';

const majors = availableMajors();
const projects: FixtureProject[] = [];

afterAll(async () => {
  await Promise.all(projects.map((project) => project.remove()));
});

const config = `import { defineConfig } from 'vitest/config';
import { pactwright } from '@pactwright/vitest-plugin';

export default defineConfig({
  plugins: [pactwright({ consumer: 'hosted-web', provider: 'hosted-api', pactDir: './pacts' })],
  test: { include: ['tests/**/*.test.js'] },
});
`;

// Each request goes out in the same tick as its registration, over a kept-alive connection: the
// server must not match it before the registration, sent on the file's other connection, is read.
const orderingFile = `import { expect, test } from 'vitest';
import { pact, integer } from '@pactwright/vitest-plugin';

test('sixty requests, each sent right after its registration', async () => {
  for (let i = 0; i < 60; i += 1) {
    pact.uponReceiving('item ' + i).withRequest({ method: 'GET', path: '/items/' + i }).willRespondWith({ status: 200, body: { id: integer(i) } });
    const response = await fetch(pact.url + '/items/' + i);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: i });
  }
});

test('two requests at once, after a registration in Pact JS object form', async () => {
  pact.addInteraction({ uponReceiving: 'item 60', withRequest: { method: 'GET', path: '/items/60' }, willRespondWith: { status: 204 } });
  const responses = await Promise.all([fetch(pact.url + '/items/60'), fetch(pact.url + '/items/60')]);
  expect(responses.map((response) => response.status)).toEqual([204, 204]);
});
`;

const rawJsonFile = `import { expect, test } from 'vitest';
import { PactParseError } from '@pactwright/engine';
import { pact } from '@pactwright/vitest-plugin';

test('raw pact JSON is checked at the call, and served when valid', async () => {
  let thrown;
  try {
    pact.addInteraction({ description: 'broken', request: { method: 'GET', path: 7 }, response: { status: 200 } });
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(PactParseError);
  expect(thrown.message).toMatch(/path/);
  pact.addInteraction({ description: 'raw json', request: { method: 'GET', path: '/raw' }, response: { status: 200, body: { raw: true } } });
  expect(await (await fetch(pact.url + '/raw')).json()).toEqual({ raw: true });
});
`;

const mswFile = `import { expect, test } from 'vitest';
import { setupServer } from 'msw/node';
import { pactHandlers } from '@pactwright/msw';
import { pact } from '@pactwright/vitest-plugin';

test('answers through the suite\\'s own msw server and through the socket', async () => {
  pact.uponReceiving('the users').withRequest({ method: 'GET', path: '/users' }).willRespondWith({ status: 200, body: [] });
  const server = setupServer(...pactHandlers(pact, { baseUrl: 'http://users.test' }));
  server.listen({ onUnhandledRequest: 'bypass' });
  try {
    pact.uponReceiving('the orders').withRequest({ method: 'GET', path: '/orders' }).willRespondWith({ status: 200, body: [] });
    expect((await fetch('http://users.test/users')).status).toBe(200);
    expect((await fetch(pact.url + '/orders')).status).toBe(200);
  } finally {
    server.close();
  }
});
`;

const mswRedFile = `import { expect, test } from 'vitest';
import { setupServer } from 'msw/node';
import { pactHandlers } from '@pactwright/msw';
import { pact } from '@pactwright/vitest-plugin';

test('an unexpected request through msw fails the test', async () => {
  pact.uponReceiving('the users').withRequest({ method: 'GET', path: '/users' }).willRespondWith({ status: 200, body: [] });
  const server = setupServer(...pactHandlers(pact, { baseUrl: 'http://users.test' }));
  server.listen({ onUnhandledRequest: 'bypass' });
  try {
    expect((await fetch('http://users.test/users')).status).toBe(200);
    expect((await fetch('http://users.test/not-described')).status).toBe(500);
  } finally {
    server.close();
  }
});
`;

const killedFile = `import { test } from 'vitest';
import { pact } from '@pactwright/vitest-plugin';

test('the worker dies in the middle of the file', async () => {
  pact.uponReceiving('never verified').withRequest({ method: 'GET', path: '/gone' }).willRespondWith({ status: 200 });
  await fetch(pact.url + '/gone');
  process.kill(process.pid, 'SIGKILL');
});
`;

describe.each(majors)('Vitest $runtime.version, servers in the main process', ({ major, runtime, store }) => {
  it('a request never overtakes its registration, and raw pact JSON is checked at the call', async () => {
    const project = await createFixtureProject(runtime, store, [], { 'vitest.config.js': config, 'tests/ordering.test.js': orderingFile, 'tests/raw.test.js': rawJsonFile });
    projects.push(project);
    const run = await runVitest(project);
    expect(run.code, run.output).toBe(0);
    expect(run.report?.numPassedTests).toBe(3);
    const pact = await readPact(project, 'hosted-web-hosted-api.json');
    expect(pact.interactions.map((interaction) => interaction.description).sort()).toEqual([...Array.from({ length: 61 }, (_, i) => `item ${i}`), 'raw json'].sort());
  });

  it.runIf(major === 4)("pactHandlers(pact) in the suite's own msw server: its requests are verified and written with the others", async () => {
    const project = await createFixtureProject(runtime, store, [], { 'vitest.config.js': config, 'tests/msw.test.js': mswFile });
    projects.push(project);
    const green = await runVitest(project);
    expect(green.code, green.output).toBe(0);
    const pact = await readPact(project, 'hosted-web-hosted-api.json');
    expect(pact.interactions.map((interaction) => interaction.description).sort()).toEqual(['the orders', 'the users']);

    const redProject = await createFixtureProject(runtime, store, [], { 'vitest.config.js': config, 'tests/msw-red.test.js': mswRedFile });
    projects.push(redProject);
    const red = await runVitest(redProject);
    expect(red.code).toBe(1);
    expect(red.failure('an unexpected request through msw fails the test')).toContain('GET /not-described');
    expect(await pactFiles(redProject)).toEqual([]);
  });

  it.runIf(major === 4)('a worker that dies in the middle of a file: the file is red, its pact unwritten, and the other files go on', async () => {
    const project = await createFixtureProject(runtime, store, [], { 'vitest.config.js': config, 'tests/killed.test.js': killedFile, 'tests/raw.test.js': rawJsonFile });
    projects.push(project);
    const run = await runVitest(project, ['--pool=forks'], { env: { PACTWRIGHT_WRITE_PACTS: 'run' } });
    expect(run.code).not.toBe(0);
    expect(run.status('raw pact JSON is checked at the call, and served when valid')).toBe('passed');
    expect(await pactFiles(project)).toEqual([]);
    // Vitest reports the dead worker; nothing of ours breaks on the lost connection.
    expect(run.output).toContain('Worker exited unexpectedly');
    expect(run.output).not.toMatch(/ECONNRESET|EPIPE|file host|PactwrightError/);
    expect(run.output).toContain('not written: 1 test file failed');
  });
});
