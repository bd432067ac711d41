import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createPactSession } from '@pactwright/engine';
import type { HttpInteraction, PactwrightOptions } from '@pactwright/engine';
import type { V3MockServer } from './types.js';

/** One `executeTest` call: the interactions it serves and how the pact is written. */
export interface ExecuteSettings {
  /** The session options (see session-options.ts). */
  session: PactwrightOptions;
  interactions: readonly HttpInteraction[];
  /** The instance's first write in `pactfileWriteMode: 'overwrite'`: the old file goes first. */
  overwrite: boolean;
}

/**
 * Pact JS's `executeTest`: a mock server (on a free port unless `port` is given) serving the
 * interactions, the test run against it, then verification. All received and nothing unexpected:
 * the pact is written (merged) into `dir` and the test's value returned. A problem: an error with
 * the readable report (the test's own error as its `cause`), and nothing written. A test that
 * failed on its own with no pact problem: its error, and nothing written. The server always closes.
 */
export async function executeTest<T>(settings: ExecuteSettings, testFn: (mockServer: V3MockServer) => Promise<T>): Promise<T | undefined> {
  // Plain text, as Pact JS's errors are: a test matching a message passes alike in a terminal and in CI.
  const session = createPactSession(settings.session, { color: false });
  await session.start();
  try {
    session.beginTest();
    for (const interaction of settings.interactions) session.pact.addInteraction(interaction);
    let value: T | undefined;
    let testError: unknown;
    try {
      value = await testFn({ port: session.pact.port, url: session.pact.url, id: String(session.pact.port) });
    } catch (error) {
      testError = error instanceof Error ? error : new Error(String(error));
    }
    const report = session.endTest({ testError });
    if (report !== undefined) throw report;
    if (testError !== undefined) throw testError;
    if (settings.overwrite) rmSync(join(resolve(session.options.pactDir), `${session.options.consumer}-${session.options.provider}.json`), { force: true });
    await session.finish();
    return value;
  } finally {
    await session.abort('executeTest ended');
  }
}
