import type * as Diff from 'diff';
import { loadOnFirstUse } from '../load-on-first-use.js';

const diff = loadOnFirstUse<typeof Diff>('diff');
import type { Palette } from './palette.js';

/**
 * A line diff of two multi-line values, `-` for expected and `+` for actual (the convention of
 * Jest and Vitest), unchanged lines kept for context. Returns lines without trailing newlines.
 *
 * A report must stay readable and quick whatever a request held: the diff is skipped for huge or
 * very different values (both are shown shortened instead), each line is cut to a readable width,
 * and at most `MAX_LINES` lines are shown.
 */
export function formatDiff(expected: string, actual: string, palette: Palette): string[] {
  const lines = [palette.green('- expected'), palette.red('+ actual'), ''];
  const changes =
    expected.length + actual.length > DIFF_INPUT_LIMIT ? undefined : diff().diffLines(withNewline(expected), withNewline(actual), { timeout: DIFF_TIMEOUT_MS, maxEditLength: DIFF_MAX_EDITS });
  const body: string[] = [];
  if (changes === undefined) {
    lines.push(palette.dim('  (too large to diff; both values shown, shortened)'));
    for (const line of head(expected)) body.push(palette.green(`- ${line}`));
    for (const line of head(actual)) body.push(palette.red(`+ ${line}`));
  } else {
    for (const change of changes) {
      for (const line of change.value.replace(/\n$/, '').split('\n')) {
        if (change.added) body.push(palette.red(`+ ${cut(line)}`));
        else if (change.removed) body.push(palette.green(`- ${cut(line)}`));
        else body.push(palette.dim(`  ${cut(line)}`));
      }
    }
  }
  lines.push(...body.slice(0, MAX_LINES));
  if (body.length > MAX_LINES) lines.push(palette.dim(`  … (${body.length - MAX_LINES} more lines)`));
  return lines;
}

const DIFF_INPUT_LIMIT = 1_000_000;
const DIFF_TIMEOUT_MS = 250;
const DIFF_MAX_EDITS = 5_000;
const MAX_LINES = 200;
const SHOWN_LINES = 40;
const LINE_CHARS = 300;

/** A line cut to a readable width, saying how long it was. */
function cut(line: string): string {
  return line.length > LINE_CHARS ? `${line.slice(0, LINE_CHARS)}… (${line.length} characters)` : line;
}

/** The first lines of a value, each cut to a readable width, with a note of what was left out. */
function head(text: string): string[] {
  const all = text.split('\n', SHOWN_LINES + 1);
  const shown = all.slice(0, SHOWN_LINES).map(cut);
  if (all.length > SHOWN_LINES) shown.push(`… (${text.length} characters in all)`);
  return shown;
}

// diffLines treats a last line without newline as different from the same line with one.
function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
