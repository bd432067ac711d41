import { cleanupMockServer, createMockServer, startMockServer } from '@pactwright/engine';
import type { BenchServer, Target } from './types.js';

/** This repository's engine, from its built package (what users run). */
export const pactwrightTarget: Target = {
  async start(pactText) {
    const server = await startMockServer({ pact: pactText });
    const bench: BenchServer = {
      port: server.port,
      problems: () => server.mismatches().filter((m) => m.type !== 'missing-request').map((m) => JSON.stringify(m)),
      matchedCount: () => server.counts().matched,
      close: () => server.close(),
    };
    return bench;
  },
  async cycle(pactText) {
    const port = await createMockServer(pactText, 0);
    if (!(await cleanupMockServer(port))) throw new Error(`pactwright: no server on port ${port} to clean up`);
  },
};
