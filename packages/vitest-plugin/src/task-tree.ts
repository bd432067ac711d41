import type { TestContext } from 'vitest';

type TestTask = TestContext['task'];
type FileTask = TestTask['file'];
type AnyTask = FileTask['tasks'][number];

/** `describe > describe > test` — the name used in reports and failure reasons. */
export function testName(task: TestTask): string {
  const names = [task.name];
  for (let suite = task.suite; suite !== undefined && suite !== task.file; suite = suite.suite) {
    if (suite.name) names.unshift(suite.name);
  }
  return names.join(' > ');
}

/**
 * Why the file is not green when something other than a test failed — a `describe` block's
 * `beforeAll`/`afterAll`, whose tests then never run and never trigger `onTestFailed` — or
 * `undefined` when nothing did.
 */
export function fileFailure(file: FileTask): string | undefined {
  if (file.result?.errors?.length) return 'the test file reported an error';
  const pending: AnyTask[] = [...file.tasks];
  for (let task = pending.pop(); task !== undefined; task = pending.pop()) {
    if (task.type !== 'suite') continue;
    if (task.result?.state === 'fail') return `suite "${task.name}" failed`;
    pending.push(...task.tasks);
  }
  return undefined;
}
