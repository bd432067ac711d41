// The package as Pact JS users run it: a CommonJS test under real Jest 30 and an ES module test
// under real Mocha 12, each importing '@pactwright/pact' (its built files, as installed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const harnesses = join(here, '..', '..', '..', 'harnesses');
const out = mkdtempSync(join(tmpdir(), 'pactwright-pact-runners-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function binOf(harness: string, name: string, bin: string): string {
  const manifest = createRequire(join(harnesses, harness, 'package.json')).resolve(`${name}/package.json`);
  return join(dirname(manifest), bin);
}

function run(args: string[], cwd: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, PACT_OUT: out, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function descriptions(name: string): string[] {
  const file = join(out, name);
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as { interactions: Array<{ description: string }> }).interactions.map((interaction) => interaction.description);
}

describe('Pact JS-style tests on real runners', () => {
  it('a CommonJS PactV3 test passes under Jest 30 and writes its pact', () => {
    const config = { rootDir: join(here, 'runners', 'jest'), testEnvironment: 'node', watchman: false, cacheDirectory: join(out, 'jest-cache') };
    const result = run([binOf('jest30', 'jest', 'bin/jest.js'), '--config', JSON.stringify(config), '--ci'], join(harnesses, 'jest30'));
    expect(result.status, result.output).toBe(0);
    expect(descriptions('pactwright-pact-jest-animal-service.json')).toEqual(['a request for animal 1']);
  });

  it('an ES module PactV2 test passes under Mocha 12 and writes its pact', () => {
    const result = run([binOf('mocha12', 'mocha', 'bin/mocha.js'), join(here, 'runners', 'mocha', 'animals.spec.mjs')], here);
    expect(result.status, result.output).toBe(0);
    expect(descriptions('pactwright-pact-mocha-animal-service.json')).toEqual(['a request for animal 1']);
  });
});
