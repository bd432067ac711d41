import { GeneratorError } from './generator-error.js';
import { fromWallTime, toWallTime } from './wall-clock-date.js';

/**
 * Relative date/time expressions of `Date`/`Time`/`DateTime` generators (matching.md §5.3):
 * `tomorrow @ noon`, `+ 2 days`, `last month @ midnight + 2 hours`, `next friday`,
 * `3 o'clock pm`. Terms apply left to right in `zone`, so `midnight` is that zone's midnight;
 * the `@` between the date and the time part is accepted and otherwise ignored. Hours, minutes,
 * seconds and milliseconds move the instant; days, weeks, months and years move the wall clock
 * (a day later is the same time of day across a DST change; a month after 31 January is the last
 * day of February).
 */
export function applyDateExpression(instant: number, zone: string | undefined, expression: string): number {
  let at = instant;
  for (const step of parseDateExpression(expression)) at = step({ instant: at, zone });
  return at;
}

/** A point in time and the zone its calendar is read in. */
interface Zoned {
  instant: number;
  zone: string | undefined;
}

type Step = (date: Zoned) => number;

/** Applies `change` to the wall clock (a Date whose UTC fields are the zone's local fields). */
function onWallClock(date: Zoned, change: (wall: Date) => void): number {
  const wall = new Date(toWallTime(date.instant, date.zone));
  change(wall);
  return fromWallTime(wall.getTime(), date.zone);
}

const elapsed = (unitMs: number) => (date: Zoned, amount: number): number => date.instant + amount * unitMs;

function addDays(date: Zoned, amount: number): number {
  return onWallClock(date, (wall) => wall.setUTCDate(wall.getUTCDate() + amount));
}

/** The same day of the month, or the month's last day when it is shorter. */
function addMonths(date: Zoned, amount: number): number {
  return onWallClock(date, (wall) => {
    const day = wall.getUTCDate();
    const lastOfTarget = new Date(wall.getTime());
    lastOfTarget.setUTCMonth(wall.getUTCMonth() + amount + 1, 0);
    wall.setUTCFullYear(lastOfTarget.getUTCFullYear(), lastOfTarget.getUTCMonth(), Math.min(day, lastOfTarget.getUTCDate()));
  });
}

const ADDERS = new Map<string, (date: Zoned, amount: number) => number>([
  ['millisecond', elapsed(1)],
  ['second', elapsed(1000)],
  ['minute', elapsed(60_000)],
  ['hour', elapsed(3_600_000)],
  ['day', addDays],
  ['week', (date, amount) => addDays(date, amount * 7)],
  ['fortnight', (date, amount) => addDays(date, amount * 14)],
  ['month', addMonths],
  ['year', (date, amount) => addMonths(date, amount * 12)],
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

function atTime(date: Zoned, hours: number): number {
  return onWallClock(date, (wall) => wall.setUTCHours(hours, 0, 0, 0));
}

function relativeStep(direction: 1 | -1, word: string, fail: (problem: string) => never): Step {
  const adder = ADDERS.get(word);
  if (adder) return (d) => adder(d, direction);
  const weekday = WEEKDAYS.indexOf(word);
  if (weekday >= 0) {
    // Strictly after/before: `next friday` on a Friday is a week away.
    return (d) => {
      const current = new Date(toWallTime(d.instant, d.zone)).getUTCDay();
      const distance = direction === 1 ? (weekday - current + 7) % 7 || 7 : -((current - weekday + 7) % 7 || 7);
      return addDays(d, distance);
    };
  }
  const month = MONTHS.indexOf(word);
  if (month >= 0) {
    // Strictly after/before: `next may` in May is a year away.
    return (d) => {
      const current = new Date(toWallTime(d.instant, d.zone)).getUTCMonth();
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
