/**
 * `@pactwright/engine/dsl`, the DSL alone for a test process whose mock server runs in another
 * process: it imports nothing of Node and none of the server, its interactions are the ones the
 * whole engine builds, and errors cross between the processes with their classes.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, DslError, PactBuilder, PactwrightError, PortInUseError, createPactSession, integer, like, portableError, restoreError, startMockServer } from '../../src/index.js';
import type { HttpInteraction } from '../../src/index.js';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../../dist');

type DslEntry = typeof import('../../src/dsl-entry.js');

describe('@pactwright/engine/dsl', () => {
  it('is a small bundle of its own: no package, no Node import, no server, no matching engine', () => {
    // Its entries only load the bundle, through the engine's loader, with the code cache (the ES
    // module entry holds its own copy of the loader).
    expect(readFileSync(join(dist, 'dsl.js'), 'utf8')).toMatch(/^var bundle = loadDsl\("[0-9a-f]{16}"\);$/m);
    expect(readFileSync(join(dist, 'dsl.cjs'), 'utf8')).toMatch(/^const bundle = require\('\.\/load\.cjs'\)\.loadDsl\("[0-9a-f]{16}", require\);$/m);
    const code = readFileSync(join(dist, 'dsl-bundle.cjs'), 'utf8');
    expect(code).not.toMatch(/require\(["'][^"']+["']\)|from ["'](node:)?[a-z_]+["']/);
    expect(code).not.toMatch(/createServer|verifyAndReset|matchRequest/);
    expect(code.length).toBeLessThan(150_000);
  });

  it.each(['dsl.js', 'dsl.cjs'])('%s builds the interaction the whole engine builds, with either build\'s matchers', async (file) => {
    const dsl = (await import(join(dist, file))) as DslEntry;
    const built: HttpInteraction[] = [];
    const viaEntry = new dsl.PactBuilder((interaction) => built.push(interaction));
    const whole: HttpInteraction[] = [];
    const viaEngine = new PactBuilder((interaction) => whole.push(interaction));
    for (const builder of [viaEntry, viaEngine]) {
      builder
        .given('user 1 exists', { id: 1 })
        .uponReceiving('a request for user 1')
        .withRequest({ method: 'GET', path: '/users/1', query: { full: 'yes' } })
        .willRespondWith({ status: 200, body: like({ id: integer(1), name: dsl.string('Bob') }) });
    }
    expect(built).toEqual(whole);
    expect(() => viaEntry.willRespondWith({ status: 200 })).toThrow(DslError);
  });

  it('carries errors between processes: a restored error is instanceof its class and keeps its fields', async () => {
    const dsl = (await import(join(dist, 'dsl.js'))) as DslEntry;
    const inUse = portableError(new PortInUseError(8080, '127.0.0.1'));
    const restored = dsl.restoreError(JSON.parse(JSON.stringify(inUse)) as typeof inUse);
    expect(restored).toBeInstanceOf(PortInUseError);
    expect(restored).toBeInstanceOf(dsl.PactwrightError);
    expect(restored).not.toBeInstanceOf(ConfigurationError);
    expect(restored).toMatchObject({ name: 'PortInUseError', message: 'port 8080 on 127.0.0.1 is already in use', port: 8080 });
    expect(restored.stack?.split('\n')[0]).toBe('PortInUseError: port 8080 on 127.0.0.1 is already in use');

    const badOption = await startMockServer({ port: -1 }).catch((error: unknown) => error);
    const option = restoreError(dsl.portableError(badOption));
    expect(option).toBeInstanceOf(ConfigurationError);
    expect((option as ConfigurationError).option).toBe('port');

    const plain = restoreError(portableError(new TypeError('x is not a function')));
    expect(plain).not.toBeInstanceOf(PactwrightError);
    expect(plain).toMatchObject({ name: 'TypeError', message: 'x is not a function' });
    expect(restoreError(portableError('a string')).message).toBe('a string');
    // A runner's copy of a test's error: a plain object, without even a prototype.
    const copied = Object.assign(Object.create(null) as object, { name: 'AxiosError', message: 'Request failed with status code 500' });
    expect(restoreError(portableError(copied))).toMatchObject({ name: 'AxiosError', message: 'Request failed with status code 500' });
    expect(restoreError(portableError(Object.create(null))).message).toBe('[object Object]');
  });

  it('a session can take its model interactions as registered elsewhere', async () => {
    const dsl = (await import(join(dist, 'dsl.js'))) as DslEntry;
    const session = createPactSession({ consumer: 'web', provider: 'users-api' }, { color: false });
    await session.start();
    try {
      session.beginTest('gets a user');
      new dsl.PactBuilder((interaction) => session.pact.addInteraction(structuredClone(interaction)))
        .uponReceiving('a request for user 1')
        .withRequest({ method: 'GET', path: '/users/1' })
        .willRespondWith({ status: 200, body: { id: 1 } });
      const res = await fetch(`${session.pact.url}/users/1`);
      expect(await res.json()).toEqual({ id: 1 });
      expect(session.endTest()).toBeUndefined();
    } finally {
      await session.finish({ write: false });
    }
  });
});
