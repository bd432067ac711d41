import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createPactSession } from '@pactwright/engine';
import type { HttpInteraction, LogLevel, WritableSpecVersion } from '@pactwright/engine';
import type { PactV3Options, V3MockServer } from './types.js';

/** One `executeTest` call: the interactions it serves and how the pact is written. */
export interface ExecuteSettings {
  options: PactV3Options;
  spec: WritableSpecVersion;
  interactions: readonly HttpInteraction[];
  /** The instance's first write in `pactfileWriteMode: 'overwrite'`: the old file goes first. */
  overwrite: boolean;
}

function logLevel(level: PactV3Options['logLevel']): LogLevel {
  // Pact JS logs at info by default; the engine's server log is off unless asked for.
  return level === undefined ? 'silent' : level;
}

/**
 * Pact JS's `executeTest`: a mock server (on a free port unless `port` is given) serving the
 * interactions, the test run against it, then verification. All received and nothing unexpected:
 * the pact is written (merged) into `dir` and the test's value returned. A problem: an error with
 * the readable report (the test's own error as its `cause`), and nothing written. A test that
 * failed on its own with no pact problem: its error, and nothing written. The server always closes.
 */
export async function executeTest<T>(settings: ExecuteSettings, testFn: (mockServer: V3MockServer) => Promise<T>): Promise<T | undefined> {
  const { options } = settings;
  const session = createPactSession(
    {
      consumer: options.consumer,
      provider: options.provider,
      pactDir: options.dir ?? './pacts',
      host: options.host,
      port: options.port ?? 0,
      cors: options.cors ?? true,
      tls: options.tls ?? false,
      spec: settings.spec,
      logLevel: logLevel(options.logLevel),
    },
    { source: 'the options of new PactV3({ … }) / new PactV4({ … })' },
  );
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
    if (settings.overwrite) rmSync(join(resolve(session.options.pactDir), `${options.consumer}-${options.provider}.json`), { force: true });
    await session.finish();
    return value;
  } finally {
    await session.abort('executeTest ended');
  }
}
