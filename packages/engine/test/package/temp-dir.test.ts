import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../src/node-bundle/temp-dir.js';

const NAMES = ['TMPDIR', 'TMP', 'TEMP'] as const;
const saved = Object.fromEntries(NAMES.map((name) => [name, process.env[name]]));

afterEach(() => {
  for (const name of NAMES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe('tempDir', () => {
  // Each row: the variables set (the others unset). os.tmpdir() reads them on every call.
  it.each([
    [{}],
    [{ TMPDIR: '/var/folders/x/T/' }],
    [{ TMPDIR: '/scratch' }],
    [{ TMP: '/tmp-from-tmp/' }],
    [{ TEMP: '/tmp-from-temp' }],
    [{ TMPDIR: '', TMP: '/second' }],
    [{ TMPDIR: '/' }],
    [{ TMPDIR: '/a//' }],
    [{ TMPDIR: 'relative/dir/' }],
  ])('is what os.tmpdir() is with %o', (env: Record<string, string>) => {
    for (const name of NAMES) delete process.env[name];
    Object.assign(process.env, env);
    expect(tempDir()).toBe(tmpdir());
  });
});
