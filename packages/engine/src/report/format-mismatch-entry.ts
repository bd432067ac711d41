import type { Mismatch } from '../matching/types.js';
import { shownValues } from '../matching/shown-values.js';
import { formatDiff } from './format-diff.js';
import type { DisplayValue } from './format-value.js';
import { blockValue, decodeJsonText, decodePlainText, inlineValue, wantsBlock } from './format-value.js';
import type { Palette } from './palette.js';

/** Where the problem is: `body $.name`, `header Authorization`, `query page`, `method`. */
export function mismatchLocation(mismatch: Mismatch): string {
  switch (mismatch.type) {
    case 'MethodMismatch':
      return 'method';
    case 'PathMismatch':
      return 'path';
    case 'StatusMismatch':
      return 'status';
    case 'QueryMismatch':
      return `query ${mismatch.parameter}`;
    case 'HeaderMismatch':
      return `header ${mismatch.key}`;
    case 'BodyTypeMismatch':
      return 'body content type';
    case 'BodyMismatch':
      return mismatch.path === '/' || mismatch.path === '' ? 'body' : `body ${mismatch.path}`;
  }
}

/**
 * Expected and actual values of a problem: as the engine's matcher attached them, or — for the
 * official mismatch JSON of another mock server — decoded from the text the format holds.
 */
function displayValues(mismatch: Mismatch): { expected: DisplayValue; actual: DisplayValue } {
  const shown = shownValues(mismatch);
  if (shown !== undefined) return shown;
  switch (mismatch.type) {
    case 'BodyMismatch':
      return { expected: decodeJsonText(mismatch.expected), actual: decodeJsonText(mismatch.actual) };
    case 'StatusMismatch':
      return { expected: { kind: 'json', value: mismatch.expected }, actual: { kind: 'json', value: mismatch.actual } };
    case 'QueryMismatch':
    case 'HeaderMismatch':
      return { expected: decodePlainText(mismatch.expected), actual: decodePlainText(mismatch.actual) };
    case 'MethodMismatch':
    case 'PathMismatch':
    case 'BodyTypeMismatch':
      return { expected: decodePlainText(mismatch.expected), actual: decodePlainText(mismatch.actual) };
  }
}

/**
 * One problem: its location and the rule's own message, then expected and actual side by side, or
 * a line diff when the values are large or span lines.
 */
export function formatMismatchEntry(mismatch: Mismatch, palette: Palette): string[] {
  const lines = [`${palette.bold(palette.cyan(mismatchLocation(mismatch)))} ${palette.dim(`— ${mismatch.mismatch}`)}`];
  // A body problem with no values (over a limit, truncated, too large) is said by its message alone.
  if (mismatch.type === 'BodyMismatch' && mismatch.expected === null && mismatch.actual === null) return lines;
  const { expected, actual } = displayValues(mismatch);
  if (wantsBlock(expected) || wantsBlock(actual)) {
    lines.push(...indent(formatDiff(blockValue(expected), blockValue(actual), palette)));
  } else {
    lines.push(`  ${palette.green(`expected: ${inlineValue(expected)}`)}`);
    lines.push(`  ${palette.red(`actual:   ${inlineValue(actual)}`)}`);
  }
  if (mismatch.type === 'BodyTypeMismatch' && mismatch.expectedBody !== null && mismatch.actualBody !== null) {
    lines.push(...indent(formatDiff(mismatch.expectedBody, mismatch.actualBody, palette)));
  }
  return lines;
}

function indent(lines: readonly string[]): string[] {
  return lines.map((line) => (line === '' ? '' : `  ${line}`));
}
