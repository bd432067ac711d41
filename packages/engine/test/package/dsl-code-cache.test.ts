// `@pactwright/engine/dsl` is a bundle of its own, loaded with V8's code cache as the engine's is
// (code-cache.test.ts): a Vitest worker loads it in every isolated test file. Fresh Node processes
// against the built package, each with its own temp directory.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cacheName, useCacheSandbox } from './cache-sandbox.js';

const script = fileURLToPath(new URL('./fixtures/dsl-cache-run.mjs', import.meta.url));
const { cacheFiles, run: runFixture } = useCacheSandbox('dsl-code-cache-test-');

interface Outcome {
  status: string;
  engine: string;
  built: string[];
  sameDsl: boolean;
}

function run(work: 'file' | 'import', env: Record<string, string> = {}): Outcome {
  const outcome = JSON.parse(runFixture(script, [work], env)) as Outcome;
  // The DSL works, alone: the engine's own bundle is never loaded for it.
  expect(outcome.built).toEqual(['a request for user 1']);
  expect(outcome.engine).toBe('not-loaded');
  // The CommonJS entry hands over the same DSL, loaded once.
  expect(outcome.sameDsl).toBe(true);
  return outcome;
}

describe("the DSL's code cache", () => {
  it('is written when the first test file is done (flushCodeCache) and used by the next process', () => {
    expect(run('file').status).toBe('created');
    expect(cacheFiles()).toEqual([expect.stringMatching(cacheName('dsl-bundle', '.v8'))]);
    expect(run('import').status).toBe('used');
  });

  it('is written partly at exit by a process that ran no test file (Vitest loading its config), and in full by the next', () => {
    expect(run('import').status).toBe('created');
    expect(cacheFiles()).toEqual([expect.stringMatching(cacheName('dsl-bundle', '.import.v8'))]);
    expect(run('file').status).toBe('used-partial');
    expect(run('file').status).toBe('used');
  });

  it('is off with PACTWRIGHT_CODE_CACHE=0', () => {
    expect(run('file', { PACTWRIGHT_CODE_CACHE: '0' }).status).toBe('disabled');
    expect(cacheFiles()).toEqual([]);
  });
});
