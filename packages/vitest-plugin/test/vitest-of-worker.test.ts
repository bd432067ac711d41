import * as vitest from 'vitest';
import { describe, expect, it } from 'vitest';
import { VITEST_HOOKS } from '../src/file-lifecycle.js';
import { vitestOfWorker } from '../src/vitest-of-worker.js';

describe('vitestOfWorker', () => {
  it("is the vitest module this worker's test files import", () => {
    const found = vitestOfWorker();
    expect(found).toBeDefined();
    expect(VITEST_HOOKS).toHaveLength(6);
    for (const hook of VITEST_HOOKS) expect(found?.[hook]).toBe(vitest[hook]);
  });

  it('is undefined where Vitest keeps no module on the global, so the entry loads its own', () => {
    expect(vitestOfWorker({})).toBeUndefined();
    expect(vitestOfWorker({ __vitest_index__: null })).toBeUndefined();
    expect(vitestOfWorker({ __vitest_index__: 'vitest' })).toBeUndefined();
  });

  it('is undefined when a hook the lifecycle calls is missing or not a function', () => {
    const complete = { afterAll() {}, beforeAll() {}, beforeEach() {}, expect: Object.assign(() => undefined, { getState: () => ({}) }), inject() {}, test() {} };
    expect(vitestOfWorker({ __vitest_index__: complete })).toBe(complete);
    expect(vitestOfWorker({ __vitest_index__: { ...complete, inject: undefined } })).toBeUndefined();
    expect(vitestOfWorker({ __vitest_index__: { ...complete, beforeEach: {} } })).toBeUndefined();
    expect(vitestOfWorker({ __vitest_index__: { ...complete, expect: () => undefined } })).toBeUndefined();
  });
});
