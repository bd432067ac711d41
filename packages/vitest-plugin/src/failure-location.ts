import { readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { withTestStack } from '@pactwright/engine/dsl';
import type { TestContext } from 'vitest';

// Frames in this package (dist/, or src/ once a runner has applied our source maps) are ours, not the user's.
const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const ownCode = ['dist', 'src'].flatMap((part) => {
  const dir = join(packageDir, part) + sep;
  return [dir, pathToFileURL(dir).href];
});
const framePattern = /^\s+at /;

/**
 * Gives `error` a stack whose first useful frame is the user's test, not this plugin's setup file
 * (which is where `afterEach` throws). Vitest renders its code frame from the first frame outside
 * node_modules and its own internals, so the frames come from where the test first used `pact`,
 * or else from the test's declaration.
 */
export function pointAtTest<E extends Error>(error: E, test: TestContext['task'] | undefined, callSite: Error | undefined): E {
  const frames = callSite ? framesOutsidePlugin(callSite) : [];
  if (frames.length === 0 && test !== undefined) {
    const file = test.file.filepath;
    const location = test.location ?? declarationIn(readSource(file), test.name);
    frames.push(location ? `    at ${file}:${location.line}:${location.column}` : `    at ${file}:1:1`);
  }
  return frames.length > 0 ? withTestStack(error, frames.join('\n')) : error;
}

function readSource(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Where `source` declares the test named `name` (`test('name'`, `it.only("name"`, …): its first
 * line and column (1-based), or undefined for a name it does not spell out (a template, `.each`).
 *
 * Read from the file when a failure needs it, instead of Vitest's `includeTaskLocation`, which
 * makes every test of the project, unit tests included, capture a stack and map it through the
 * file's source map as it is declared (a millisecond or two of CPU in every isolated test file, in
 * profiles of a worker). A location Vitest has (the user turned the option on) is used as it is.
 *
 * @example
 * ```ts
 * declarationIn("import { test } from 'vitest';\ntest('gets a user', …)", 'gets a user'); // { line: 2, column: 1 }
 * ```
 */
export function declarationIn(source: string, name: string): { line: number; column: number } | undefined {
  const literal = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`\\b(?:test|it)\\b[\\w.$]*\\s*\\(\\s*(['"\`])${literal}\\1`).exec(source);
  if (found === null) return undefined;
  const before = source.slice(0, found.index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: found.index - lineStart + 1 };
}

function framesOutsidePlugin(site: Error): string[] {
  return (site.stack ?? '')
    .split('\n')
    .filter((line) => framePattern.test(line) && !ownCode.some((dir) => line.includes(dir)));
}
