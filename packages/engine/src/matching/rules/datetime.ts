// The `date`, `time` and `datetime` (alias `timestamp`) rules over a value's text.
import { msg } from '../messages.js';
import { validateDate, type CompiledDatePattern } from './datetime-pattern.js';
import type { DateKind } from './rule.js';

const WHAT = { date: 'date', time: 'time', datetime: 'timestamp' } as const;

export function dateText(kind: DateKind, format: string, pattern: CompiledDatePattern | Error, a: string, withDetail: boolean): string | undefined {
  const problem = pattern instanceof Error ? pattern.message : validateDate(pattern, a);
  if (problem === undefined) return undefined;
  const base = msg.datePattern(WHAT[kind], a, format);
  return withDetail ? `${base}: ${problem}` : base;
}
