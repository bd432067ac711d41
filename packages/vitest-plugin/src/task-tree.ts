import type { TestContext } from 'vitest';

type Task = TestContext['task'];
type FileTask = Task['file'];

/** `describe > describe > test` — the name used in reports and failure reasons. */
export function testName(task: Task): string {
  const names = [task.name];
  for (let suite = task.suite; suite !== undefined && suite !== task.file; suite = suite.suite) {
    if (suite.name) names.unshift(suite.name);
  }
  return names.join(' > ');
}

/**
 * Why the file is not green, when something other than a test failed (a suite hook, a collect
 * error); `undefined` when nothing did. Failed tests are already known through `onTestFailed`.
 */
export function fileFailure(file: FileTask): string | undefined {
  if (file.result?.errors?.length) return 'the test file reported an error';
  const pending: { tasks?: readonly unknown[]; name: string; type: string; result?: { state?: string } }[] = [...file.tasks];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.type === 'suite' && next.result?.state === 'fail') return `suite "${next.name}" failed`;
    if (next.tasks) pending.push(...(next.tasks as typeof pending));
  }
  return undefined;
}
