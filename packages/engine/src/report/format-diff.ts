import type * as Diff from 'diff';
import { loadOnFirstUse } from '../load-on-first-use.js';

const diff = loadOnFirstUse<typeof Diff>('diff');
import type { Palette } from './palette.js';

/**
 * A line diff of two multi-line values, `-` for expected and `+` for actual (the convention of
 * Jest and Vitest), unchanged lines kept for context. Returns lines without trailing newlines.
 */
export function formatDiff(expected: string, actual: string, palette: Palette): string[] {
  const lines = [palette.green('- expected'), palette.red('+ actual'), ''];
  for (const change of diff().diffLines(withNewline(expected), withNewline(actual))) {
    const changed = change.value.replace(/\n$/, '').split('\n');
    for (const line of changed) {
      if (change.added) lines.push(palette.red(`+ ${line}`));
      else if (change.removed) lines.push(palette.green(`- ${line}`));
      else lines.push(palette.dim(`  ${line}`));
    }
  }
  return lines;
}

// diffLines treats a last line without newline as different from the same line with one.
function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
