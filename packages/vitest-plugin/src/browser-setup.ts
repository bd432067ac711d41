/**
 * The per-test-file lifecycle in Vitest browser mode. The plugin lists this module in
 * `test.setupFiles` instead of setup.ts when `browser.enabled` is set, so it runs in the page before
 * each test file. The page session (page-run.ts) answers requests; the Node side (page-commands.ts)
 * verifies each test and writes the pact, through Vitest's browser commands.
 */
import { ConfigurationError, PactVerificationError } from '@pactwright/engine/core';
import { afterAll, beforeAll, beforeEach, expect, inject, test as baseTest } from 'vitest';
import type { TestContext } from 'vitest';
import { commands } from 'vitest/browser';
import { installPactTest } from './fixture.js';
import { createPagePact, setCurrentPageRun } from './page-pact.js';
import { PAGE_COMMANDS, type PageFileEnd, type PageTestEnd, type PageVerdict } from './page-protocol.js';
import { PageRun } from './page-run.js';
import { providedOptionsKey } from './provided-options.js';
import { fileFailure, hasSkippedTests, mayRetry, testName } from './task-tree.js';

type Command = (...args: unknown[]) => Promise<unknown>;

function command(name: string): Command {
  const found = (commands as unknown as Record<string, Command | undefined>)[name];
  if (found === undefined) throw new ConfigurationError('plugins', `the Vitest browser command ${name} is missing: add pactwright({ consumer, provider }) to the plugins of the Vitest config that enables browser mode`);
  return found;
}

let run: PageRun | undefined;
let file: TestContext['task']['file'] | undefined;

// The same PactHandle type, declared in the core's bundle of declarations instead of the main one.
installPactTest(baseTest, createPagePact() as unknown as Parameters<typeof installPactTest>[1]);

beforeAll(async () => {
  const options = inject(providedOptionsKey);
  if (options === undefined) throw new ConfigurationError('setupFiles', '@pactwright/vitest-plugin ran in the browser without its options: add pactwright({ consumer, provider }) to the plugins of your Vitest config');
  const page = new PageRun(options);
  await command(PAGE_COMMANDS.beginFile)(expect.getState().testPath ?? '', page.url);
  await page.start();
  run = page;
  file = undefined;
  setCurrentPageRun(page);
});

beforeEach(({ task, onTestFinished }) => {
  const active = run;
  if (active === undefined) throw new ConfigurationError('plugins', 'the Pactwright session of this file did not start');
  file ??= task.file;
  // What was registered before this test (a beforeAll) is the test's, as on Node: the log since
  // the previous test's end goes to the Node side with this test.
  onTestFinished(async () => {
    const result = task.result;
    const failed = result?.state === 'fail' ? result.errors?.[0] : undefined;
    const end: PageTestEnd = {
      name: testName(task),
      ...active.endTest(),
      willRetry: mayRetry(task),
      skipped: result?.state === 'skip',
      ...(result?.state === 'fail' ? { error: { name: failed?.name ?? 'Error', message: failed?.message ?? 'the test failed' } } : {}),
    };
    const verdict = (await command(PAGE_COMMANDS.endTest)(end)) as PageVerdict;
    if (verdict === undefined) return;
    if (result !== undefined) result.errors = [];
    // The Node side's report, as a Node test file shows it.
    const { message, mismatches, actual, expected } = verdict;
    const error = new PactVerificationError(message, { mismatches, ...(actual === undefined ? {} : { actual }), ...(expected === undefined ? {} : { expected }) });
    error.stack = `${verdict.name}: ${verdict.message}`;
    throw error;
  });
});

afterAll(async () => {
  const active = run;
  run = undefined;
  setCurrentPageRun(undefined);
  if (active === undefined) return;
  const failure = file ? fileFailure(file) : undefined;
  const end: PageFileEnd = { partial: file === undefined || hasSkippedTests(file), ...(failure === undefined ? {} : { failure }) };
  try {
    await command(PAGE_COMMANDS.endFile)(end);
  } finally {
    await active.close();
  }
});
