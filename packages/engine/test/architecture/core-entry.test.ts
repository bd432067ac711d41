/**
 * `@pactwright/engine/core`, the browser-ready build: it loads without Node's globals where a page
 * has none, holds what a page needs, and its errors are the engine's errors for `instanceof`, though
 * each build has its own copy of the classes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, PactwrightError, PactParseError, startMockServer } from '../../src/index.js';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../../dist');

describe('@pactwright/engine/core', () => {
  it('imports nothing of Node, and names process only through globalThis', () => {
    const code = readFileSync(join(dist, 'core.js'), 'utf8');
    expect(code).not.toMatch(/from ["'](node:)?(fs|http|https|net|path|url|module|crypto|os)["']/);
    expect(code).not.toMatch(/(?<![.\w$])process\s*(\.|\|\||\)|;)/);
  });

  it('throws errors that are the engine\'s errors for instanceof, whichever build threw them', async () => {
    const core = (await import(join(dist, 'core.js'))) as typeof import('../../src/core.js');
    const fromCore = (() => {
      try {
        core.parsePact('{');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(fromCore).toBeInstanceOf(PactParseError);
    expect(fromCore).toBeInstanceOf(PactwrightError);
    expect(fromCore).not.toBeInstanceOf(ConfigurationError);
    const fromMain = await startMockServer({ port: -1 }).catch((error: unknown) => error);
    expect(fromMain).toBeInstanceOf(core.ConfigurationError);
    expect(fromMain).toBeInstanceOf(core.PactwrightError);
    expect(fromMain).not.toBeInstanceOf(core.PactParseError);
    expect(new Error('plain')).not.toBeInstanceOf(core.PactwrightError);
    expect(null).not.toBeInstanceOf(PactwrightError);
  });

  it('loads its rarely used dependencies from its own folder in CommonJS, also where a DOM global exists (jsdom, happy-dom)', () => {
    // A fresh process, so that the global document is there before the core loads.
    const script = `globalThis.document = { baseURI: 'http://localhost:3000/', currentScript: null };
      const core = require(${JSON.stringify(join(dist, 'core.cjs'))});
      process.stdout.write(String(core.generateValue({ type: 'Regex', regex: '[A-Z]{3}[0-9]{2}' }, 'not generated')));`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(child.stderr).toBe('');
    expect(child.stdout).toMatch(/^[A-Z]{3}[0-9]{2}$/);
  });
});
