// The scenarios of `transport: 'msw'`, written once for every adapter: each driver renders them
// into a real project for its runner and DOM environment, runs the runner's CLI, reads its JSON
// report into the NormalizedRun shape of scenarios.mjs and calls checkMswRun. A green file must
// write its pact; a red file (mismatch, unexpected request, never called) must fail each test with
// the report and write nothing, as on the HTTP transport.
import { expect } from 'vitest';

/**
 * The environments each runner runs the scenarios in ('node': no DOM, absolute URLs only;
 * 'browser': Vitest browser mode in a real Chromium).
 */
export const mswEnvironments = {
  vitest: ['jsdom', 'happy-dom', 'browser'],
  jest: ['jsdom', 'happy-dom'],
  mocha: ['node'],
};

/** The base URL of the absolute variant: a host that does not exist, so only msw can answer. */
export const absoluteBaseUrl = 'http://users-api.test/v1';

/** The adapter options of one variant: relative URLs go to the page's origin, the default. */
export function mswOptions(url) {
  return { consumer: 'web', provider: 'msw-api', pactDir: './pacts', transport: 'msw', ...(url === 'absolute' ? { baseUrl: absoluteBaseUrl } : {}) };
}

const adapterModule = { jest: '@pactwright/jest-env', vitest: '@pactwright/vitest-plugin', mocha: '@pactwright/mocha-hooks' };

// Two clients per environment: fetch, and the other one the code under test may use there
// (XMLHttpRequest in a DOM, http.get in Node). Both throw on an error status, as axios does.
const clients = `function base() {
  return URL_KIND === 'relative' ? '' : pact.url;
}
async function viaFetch(path) {
  if (typeof fetch !== 'function') return viaOther(path);
  const response = await fetch(base() + path, { headers: { Accept: 'application/json' } });
  if (response.status >= 400) throw new Error('Request failed with status code ' + response.status);
  return response.json();
}
function viaOther(path) {
  return new Promise((resolve, reject) => {
    if (typeof XMLHttpRequest === 'function') {
      const xhr = new XMLHttpRequest();
      xhr.open('GET', base() + path);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.onload = () => (xhr.status >= 400 ? reject(new Error('Request failed with status code ' + xhr.status)) : resolve(JSON.parse(xhr.responseText)));
      xhr.onerror = () => reject(new Error('XMLHttpRequest failed'));
      xhr.send();
      return;
    }
    httpGet(base() + path, { headers: { Accept: 'application/json' } }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => (response.statusCode >= 400 ? reject(new Error('Request failed with status code ' + response.statusCode)) : resolve(JSON.parse(text))));
    }).on('error', reject);
  });
}
`;

function prelude(runner, kind, url, page) {
  const from = adapterModule[runner];
  const imports = page
    ? `import { beforeAll, describe, it } from 'vitest';\nimport { pact, like } from '${from}';\nconst httpGet = () => { throw new Error('no http.get in a page'); };`
    : kind === 'cjs'
      ? `const { pact, like } = require('${from}');\nconst http = require('node:http');\nconst httpGet = (...args) => http.get(...args);`
      : runner === 'vitest'
        ? `import { beforeAll, describe, it } from 'vitest';\nimport { get as httpGet } from 'node:http';\nimport { pact, like } from '${from}';`
        : `import { get as httpGet } from 'node:http';\nimport { pact, like } from '${from}';`;
  const mochaHooks = runner === 'mocha' ? 'const beforeAll = before;\n' : '';
  return `${imports}\n${mochaHooks}const URL_KIND = '${url}';\n${clients}`;
}

const green = `describe('msw green', () => {
  beforeAll(() => {
    pact.uponReceiving('msw: settings, registered in beforeAll').withRequest({ method: 'GET', path: '/settings' }).willRespondWith({ status: 200, body: { theme: 'dark' } });
  });
  it('msw green: fetch', async () => {
    pact.given('user 1 exists').uponReceiving('msw: user 1').withRequest({ method: 'GET', path: '/users/1', headers: { Accept: 'application/json' } }).willRespondWith({ status: 200, body: like({ id: 1, name: 'Ann' }) });
    const user = await viaFetch('/users/1');
    if (user.name !== 'Ann') throw new Error('wrong user: ' + JSON.stringify(user));
    const settings = await viaFetch('/settings');
    if (settings.theme !== 'dark') throw new Error('wrong settings: ' + JSON.stringify(settings));
  });
  it('msw green: the other client', async () => {
    pact.uponReceiving('msw: open orders').withRequest({ method: 'GET', path: '/orders', query: { status: 'open' } }).willRespondWith({ status: 200, body: [{ id: 7 }] });
    const orders = await viaOther('/orders?status=open');
    if (orders[0].id !== 7) throw new Error('wrong orders: ' + JSON.stringify(orders));
  });
});
`;

const red = `describe('msw red', () => {
  it('msw red: mismatch', async () => {
    pact.uponReceiving('msw: user 2 as JSON').withRequest({ method: 'GET', path: '/users/2', query: { fields: 'name' } }).willRespondWith({ status: 200, body: { id: 2 } });
    await viaFetch('/users/2?fields=email');
  });
  it('msw red: unexpected request', async () => {
    await viaFetch('/surprise');
  });
  it('msw red: never called', async () => {
    pact.uponReceiving('msw: health check').withRequest({ method: 'GET', path: '/health' }).willRespondWith({ status: 204 });
  });
  it('msw red: half-built interaction', async () => {
    pact.uponReceiving('msw: half-built').withRequest({ method: 'GET', path: '/half' });
  });
});
`;

/**
 * Test files of one variant: `tests/msw-green…` and `tests/msw-red…`, named the runner's way.
 * `page`: for Vitest browser mode, where the files run in a real browser (no `node:` modules).
 */
export function renderMswFiles(runner, kind, url, page = false) {
  const ext = runner === 'mocha' ? `spec.${kind === 'cjs' ? 'cjs' : 'js'}` : 'test.js';
  return {
    [`tests/msw-green.${ext}`]: prelude(runner, kind, url, page) + green,
    [`tests/msw-red.${ext}`]: prelude(runner, kind, url, page) + red,
  };
}

/** What every run must show. */
const expected = {
  'msw green: fetch': { status: 'passed' },
  'msw green: the other client': { status: 'passed' },
  'msw red: mismatch': { status: 'failed', contains: ['Pact verification failed', 'msw: user 2 as JSON', 'GET /users/2?fields=email', "with value 'name' but was 'email'"] },
  'msw red: unexpected request': { status: 'failed', contains: ['Unexpected request', '/surprise'] },
  'msw red: never called': { status: 'failed', contains: ['msw: health check', 'GET /health'] },
  'msw red: half-built interaction': { status: 'failed', contains: ['msw: half-built', 'willRespondWith'] },
};

/**
 * Checks one run: the verdicts and reports above, and the pact written by the green file only.
 * `pact` is the written pact file's JSON (undefined when none was written).
 */
export function checkMswRun(label, run, pact) {
  for (const [title, wanted] of Object.entries(expected)) {
    const found = run.tests.filter((test) => test.title === title).at(-1);
    expect(found, `${label}, "${title}": not in the report. Output:\n${run.output}`).toBeDefined();
    expect(found?.status, `${label}, "${title}": ${found?.message}\nOutput:\n${run.output}`).toBe(wanted.status);
    for (const text of wanted.contains ?? []) expect(found?.message, `${label}, "${title}"`).toContain(text);
  }
  expect(pact, `${label}: the green file's pact was not written. Output:\n${run.output}`).toBeDefined();
  const descriptions = pact.interactions.map((interaction) => interaction.description).sort();
  expect(descriptions, `${label}: the pact holds the green file's interactions only`).toEqual(['msw: open orders', 'msw: settings, registered in beforeAll', 'msw: user 1']);
  const user = pact.interactions.find((interaction) => interaction.description === 'msw: user 1');
  expect(user.request.path, label).toBe('/users/1');
  expect(user.providerStates, label).toEqual([{ name: 'user 1 exists' }]);
  expect(user.response.matchingRules?.body?.['$'], `${label}: matching rules are written`).toMatchObject({ matchers: [{ match: 'type' }] });
}
