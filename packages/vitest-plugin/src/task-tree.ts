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
 * Why the file is not green, read from the final results at the end of the file: a `describe`
 * block whose `beforeAll`/`afterAll` failed (its tests never run, so `onTestFailed` never fires),
 * or a test whose last attempt failed after a failure we let pass because Vitest was to retry it.
 * `undefined` when nothing failed.
 */
export function fileFailure(file: FileTask): string | undefined {
  if (file.result?.errors?.length) return 'the test file reported an error';
  const pending: AnyTask[] = [...file.tasks];
  for (let task = pending.pop(); task !== undefined; task = pending.pop()) {
    if (task.result?.state === 'fail') return `${task.type === 'suite' ? 'suite' : 'test'} "${task.name}" failed`;
    if (task.type === 'suite') pending.push(...task.tasks);
  }
  return undefined;
}

/** Whether some test of the file did not run (skipped, todo, or filtered out by `-t` or `.only`). */
export function hasSkippedTests(file: FileTask): boolean {
  const pending: AnyTask[] = [...file.tasks];
  for (let task = pending.pop(); task !== undefined; task = pending.pop()) {
    if (task.type === 'suite') pending.push(...task.tasks);
    else if (task.mode === 'skip' || task.mode === 'todo' || task.result?.state === 'skip') return true;
  }
  return false;
}

/**
 * Whether Vitest may run `task` again if its current attempt fails (`retry`: a count in Vitest 3,
 * a count or `{ count, … }` since 4.1). Only the last attempt's verdict may cost the file its pact.
 */
export function mayRetry(task: TestTask): boolean {
  const retry: unknown = task.retry;
  const count = typeof retry === 'number' ? retry : typeof retry === 'object' && retry !== null ? Number((retry as { count?: unknown }).count ?? 0) : 0;
  return (task.result?.retryCount ?? 0) < count;
}
