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
 * or else from the test's declaration (`includeTaskLocation`, turned on by the plugin).
 */
export function pointAtTest<E extends Error>(error: E, test: TestContext['task'] | undefined, callSite: Error | undefined): E {
  const frames = callSite ? framesOutsidePlugin(callSite) : [];
  if (frames.length === 0 && test !== undefined) {
    const location = test.location;
    const file = test.file.filepath;
    frames.push(location ? `    at ${file}:${location.line}:${location.column}` : `    at ${file}:1:1`);
  }
  return frames.length > 0 ? withTestStack(error, frames.join('\n')) : error;
}

function framesOutsidePlugin(site: Error): string[] {
  return (site.stack ?? '')
    .split('\n')
    .filter((line) => framePattern.test(line) && !ownCode.some((dir) => line.includes(dir)));
}
