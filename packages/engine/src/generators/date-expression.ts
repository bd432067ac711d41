import type { TZDate } from '@date-fns/tz';
// One module per function: the date-fns index loads all ~250 of them, a large share of the
// engine's import time, which every test file pays.
import { addDays } from 'date-fns/addDays';
import { addHours } from 'date-fns/addHours';
import { addMilliseconds } from 'date-fns/addMilliseconds';
import { addMinutes } from 'date-fns/addMinutes';
import { addMonths } from 'date-fns/addMonths';
import { addSeconds } from 'date-fns/addSeconds';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { nextDay } from 'date-fns/nextDay';
import { previousDay } from 'date-fns/previousDay';
import { set } from 'date-fns/set';
import type { Day } from 'date-fns';
import { GeneratorError } from './generator-error.js';

/**
 * Relative date/time expressions of `Date`/`Time`/`DateTime` generators (matching.md §5.3):
 * `tomorrow @ noon`, `+ 2 days`, `last month @ midnight + 2 hours`, `next friday`,
 * `3 o'clock pm`. Terms apply left to right in the date's own zone, so `midnight` is that zone's
 * midnight; the `@` between the date and the time part is accepted and otherwise ignored.
 */
export function applyDateExpression(base: TZDate, expression: string): TZDate {
  let date = base;
  for (const step of parseDateExpression(expression)) date = step(date);
  return date;
}

type Step = (date: TZDate) => TZDate;

const ADDERS = new Map<string, (date: TZDate, amount: number) => TZDate>([
  ['millisecond', addMilliseconds],
  ['second', addSeconds],
  ['minute', addMinutes],
  ['hour', addHours],
  ['day', addDays],
  ['week', addWeeks],
  ['fortnight', (date, amount) => addDays(date, amount * 14)],
  ['month', addMonths],
  ['year', addYears],
]);

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** Parses an expression into steps; throws `GeneratorError` on anything it does not know. */
export function parseDateExpression(expression: string): Step[] {
  const tokens = tokenize(expression);
  const steps: Step[] = [];
  let i = 0;
  const fail = (problem: string): never => {
    throw new GeneratorError(`date expression '${expression}': ${problem}`);
  };
  const next = (): string | undefined => tokens[i++];
  while (i < tokens.length) {
    const token = next() as string;
    switch (token) {
      case '@':
      case 'now':
      case 'today':
        break;
      case 'yesterday':
        steps.push((d) => addDays(d, -1));
        break;
      case 'tomorrow':
        steps.push((d) => addDays(d, 1));
        break;
      case 'midnight':
        steps.push((d) => atTime(d, 0));
        break;
      case 'noon':
        steps.push((d) => atTime(d, 12));
        break;
      case '+':
      case '-': {
        const amount = Number(next() ?? fail(`'${token}' needs a number`));
        if (!Number.isSafeInteger(amount)) fail(`'${token}' needs a whole number`);
        const adder = ADDERS.get(unit(next() ?? fail('missing unit'))) ?? fail('unknown unit');
        const signed = token === '-' ? -amount : amount;
        steps.push((d) => adder(d, signed));
        break;
      }
      case 'next':
      case 'last':
        steps.push(relativeStep(token === 'next' ? 1 : -1, next() ?? fail(`'${token}' needs a unit`), fail));
        break;
      default: {
        if (/^\d+$/.test(token) && tokens[i] === "o'clock") {
          i++;
          const meridiem = tokens[i] === 'am' || tokens[i] === 'pm' ? tokens[i++] : undefined;
          steps.push(oclockStep(Number(token), meridiem, fail));
          break;
        }
        fail(`unexpected '${token}'`);
      }
    }
  }
  return steps;
}

function tokenize(expression: string): string[] {
  const tokens: string[] = [];
  const pattern = /\s*(@|\+|-|\d+|o'clock|[a-z]+)\s*/y;
  const text = expression.toLowerCase().trim();
  pattern.lastIndex = 0;
  while (pattern.lastIndex < text.length) {
    const match = pattern.exec(text);
    if (!match?.[1]) throw new GeneratorError(`date expression '${expression}': cannot read '${text.slice(pattern.lastIndex)}'`);
    tokens.push(match[1]);
  }
  return tokens;
}

/** `days` → `day`; the singular is the key of ADDERS. */
function unit(word: string): string {
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

function atTime(date: TZDate, hours: number): TZDate {
  return set(date, { hours, minutes: 0, seconds: 0, milliseconds: 0 });
}

function relativeStep(direction: 1 | -1, word: string, fail: (problem: string) => never): Step {
  const adder = ADDERS.get(word);
  if (adder) return (d) => adder(d, direction);
  const weekday = WEEKDAYS.indexOf(word);
  if (weekday >= 0) {
    const day = weekday as Day;
    return (d) => (direction === 1 ? nextDay(d, day) : previousDay(d, day));
  }
  const month = MONTHS.indexOf(word);
  if (month >= 0) {
    // Strictly after/before: `next may` in May is a year away.
    return (d) => {
      const current = d.getMonth();
      const distance = direction === 1 ? (month - current + 12) % 12 || 12 : -((current - month + 12) % 12 || 12);
      return addMonths(d, distance);
    };
  }
  return fail(`unknown unit '${word}' after '${direction === 1 ? 'next' : 'last'}'`);
}

function oclockStep(hour: number, meridiem: string | undefined, fail: (problem: string) => never): Step {
  if (meridiem === undefined) {
    if (hour > 23) fail(`no hour ${hour}`);
    return (d) => atTime(d, hour);
  }
  if (hour < 1 || hour > 12) fail(`no hour ${hour} ${meridiem}`);
  const hours = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  return (d) => atTime(d, hours);
}
