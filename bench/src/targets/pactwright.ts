import * as engine from '@pactwright/engine';
import type { BenchServer, Target } from './types.js';

/** What the bench calls of an engine: the same calls at every commit it is compared with. */
type EngineApi = Pick<typeof engine, 'startMockServer' | 'createMockServer' | 'cleanupMockServer'>;

/** An engine as a target: `startMockServer` for the load workloads, the port-keyed calls for W1. */
export function engineTarget(api: EngineApi, label: string): Target {
  return {
    async start(pactText) {
      const server = await api.startMockServer({ pact: pactText });
      const bench: BenchServer = {
        port: server.port,
        problems: () => server.mismatches().filter((m) => m.type !== 'missing-request').map((m) => JSON.stringify(m)),
        matchedCount: () => server.counts().matched,
        close: () => server.close(),
      };
      return bench;
    },
    async cycle(pactText) {
      const port = await api.createMockServer(pactText, 0);
      if (!(await api.cleanupMockServer(port))) throw new Error(`${label}: no server on port ${port} to clean up`);
    },
  };
}

/** This repository's engine, from its built package (what users run). */
export const pactwrightTarget: Target = engineTarget(engine, 'pactwright');
