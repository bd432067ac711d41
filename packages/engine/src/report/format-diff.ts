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
  // A line diff costs time in the product of size and difference; a huge one would stall the
  // test run for minutes, so past these bounds both sides are shown (shortened) instead.
  const changes =
    expected.length + actual.length > DIFF_INPUT_LIMIT ? undefined : diff().diffLines(withNewline(expected), withNewline(actual), { timeout: DIFF_TIMEOUT_MS, maxEditLength: DIFF_MAX_EDITS });
  if (changes === undefined) {
    lines.push(palette.dim('  (too large to diff; both values shown, shortened)'));
    for (const line of head(expected)) lines.push(palette.green(`- ${line}`));
    for (const line of head(actual)) lines.push(palette.red(`+ ${line}`));
    return lines;
  }
  for (const change of changes) {
    const changed = change.value.replace(/\n$/, '').split('\n');
    for (const line of changed) {
      if (change.added) lines.push(palette.red(`+ ${line}`));
      else if (change.removed) lines.push(palette.green(`- ${line}`));
      else lines.push(palette.dim(`  ${line}`));
    }
  }
  return lines;
}

const DIFF_INPUT_LIMIT = 1_000_000;
const DIFF_TIMEOUT_MS = 250;
const DIFF_MAX_EDITS = 5_000;
const SHOWN_LINES = 40;
const SHOWN_LINE_CHARS = 300;

/** The first lines of a value, each cut to a readable width, with a note of what was left out. */
function head(text: string): string[] {
  const all = text.slice(0, SHOWN_LINES * (SHOWN_LINE_CHARS + 1)).split('\n').slice(0, SHOWN_LINES);
  const shown = all.map((line) => (line.length > SHOWN_LINE_CHARS ? `${line.slice(0, SHOWN_LINE_CHARS)}…` : line));
  if (text.length > shown.join('\n').length) shown.push(`… (${text.length} characters in all)`);
  return shown;
}

// diffLines treats a last line without newline as different from the same line with one.
function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
