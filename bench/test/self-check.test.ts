import { describe, expect, it } from 'vitest';
import { sharedBenchAvailable, SHARED_BENCH_DIR } from '../src/paths.js';
import { coldStartCheck, lifecycleCheck, pactJsCheck, perFileCheck, sameRuntimeCheck, selfCheck } from '../src/self-check.js';

const available = sharedBenchAvailable();
if (!available) console.warn(`bench self-check skipped: the workload pacts are not in ${SHARED_BENCH_DIR}`);

describe.skipIf(!available)('bench workloads against the pactwright engine', () => {
  it('answers every request of W2-W5 with a 200 from the intended interaction', async () => {
    const results = await selfCheck(300);
    expect(results.map((r) => r.workload)).toEqual(['W2', 'W3', 'W4', 'W5']);
    for (const r of results) {
      expect({ workload: r.workload, statuses: r.statuses, firstFailure: r.firstFailure }).toEqual({ workload: r.workload, statuses: { 200: 300 }, firstFailure: undefined });
      expect(r.problems).toEqual([]);
      expect(r.matched).toBe(300);
    }
  }, 60_000);

  it('runs the COLD workload: a fresh process imports the built engine and starts its first server, with the code cache the time before left', () => {
    const [first, second] = coldStartCheck();
    expect(first?.importMs).toBeGreaterThan(0);
    expect(first?.startMs).toBeGreaterThan(0);
    // Another process of the same checkout may have left a partial cache (one that loaded the engine
    // and ran no test file, such as a runner's main process) before this one ran.
    expect(['created', 'used', 'used-partial']).toContain(first?.codeCache);
    expect(['used', 'used-partial']).toContain(second?.codeCache);
  });

  it('runs the FILE projects green on Vitest, Jest and Mocha, with Pactwright and with the stub', () => {
    expect(perFileCheck()).toEqual(['vitest pactwright', 'vitest stub', 'vitest unit', 'jest pactwright', 'jest stub', 'jest unit', 'mocha pactwright', 'mocha stub', 'mocha unit']);
  }, 120_000);

  it('runs the FILE projects on what a user\'s project would load: the running Jest\'s node environment, one copy of the Mocha adapter', () => {
    const { jestEnvironment, mochaAdapter } = sameRuntimeCheck();
    expect(jestEnvironment[0]).toBe(jestEnvironment[1]);
    expect(mochaAdapter[0]).toBe(mochaAdapter[1]);
    expect(mochaAdapter[0]).toContain('/node_modules/@pactwright/mocha-hooks/');
  });

  it('runs the PACTJS projects green under Vitest 3.2.7 on Node 24: Pact JS and Pactwright each write both files\' interactions', () => {
    expect(pactJsCheck()).toEqual({ pactjs: 4, pactwright: 4, stub: undefined });
  }, 600_000);

  it('starts and stops a server holding the W1 pact repeatedly', async () => {
    await expect(lifecycleCheck(20)).resolves.toBeUndefined();
  });
});
