// One renderer per Java `DateTimeFormatter` letter run (matching.md §3.8), in English. The date's
// local getters give the zone's wall clock (see WallClockDate), so nothing here knows about zones
// beyond the offset the date reports.
import { GeneratorError } from './generator-error.js';

/** A date with local fields in the zone being rendered, and the zone's name for `VV`. */
export type ZonedDate = Date & { readonly timeZone?: string | undefined };

/** Renders one letter run of a pattern for a date. */
export type FieldRenderer = (date: ZonedDate) => string;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const QUARTERS = ['1st quarter', '2nd quarter', '3rd quarter', '4th quarter'];
const DAY_MS = 86_400_000;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** A name: 1–3 letters the short form, 4 the full one, 5 the first letter. */
function named(full: string, count: number): string {
  if (count === 4) return full;
  if (count === 5) return full.charAt(0);
  return full.slice(0, 3);
}

/** Years before 1 count back from 1 BC, unsigned (the year of era). */
function yearOfEra(year: number): number {
  return year > 0 ? year : 1 - year;
}

/** `yy` is the last two digits; any other width pads the whole year. */
function yearText(year: number, count: number): string {
  return count === 2 ? pad(year % 100, 2) : pad(year, count);
}

/** Days since 1970-01-01 of a local calendar date. */
function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return Math.round(d.getTime() / DAY_MS);
}

function localDay(date: ZonedDate): number {
  return dayNumber(date.getFullYear(), date.getMonth(), date.getDate());
}

/** The Sunday on or before a day (US weeks). */
function weekStart(day: number): number {
  // 1970-01-01 was a Thursday (4).
  const weekday = (((day + 4) % 7) + 7) % 7;
  return day - weekday;
}

/** The US week-based year: week 1 is the week (Sunday to Saturday) that holds 1 January. */
function weekYear(date: ZonedDate): number {
  const year = date.getFullYear();
  const day = localDay(date);
  if (day >= weekStart(dayNumber(year + 1, 0, 1))) return year + 1;
  if (day >= weekStart(dayNumber(year, 0, 1))) return year;
  return year - 1;
}

function weekOfYear(date: ZonedDate): number {
  const first = weekStart(dayNumber(weekYear(date), 0, 1));
  return Math.round((weekStart(localDay(date)) - first) / 7) + 1;
}

/** Week of the month, US weeks: the days up to the first Saturday are week 1. */
function weekOfMonth(date: ZonedDate): number {
  const firstWeekday = new Date(Date.UTC(2000, 0, 1) + (dayNumber(date.getFullYear(), date.getMonth(), 1) - dayNumber(2000, 0, 1)) * DAY_MS).getUTCDay();
  let lastDayOfFirstWeek = -firstWeekday;
  if (lastDayOfFirstWeek <= 0) lastDayOfFirstWeek += 7;
  return Math.ceil((date.getDate() - lastDayOfFirstWeek) / 7) + 1;
}

function dayOfYear(date: ZonedDate): number {
  return localDay(date) - dayNumber(date.getFullYear(), 0, 1) + 1;
}

function millisOfDay(date: ZonedDate): number {
  return ((date.getHours() * 60 + date.getMinutes()) * 60 + date.getSeconds()) * 1000 + date.getMilliseconds();
}

function offsetMinutes(date: ZonedDate): number {
  return -date.getTimezoneOffset();
}

/** `+05`, `+0530`, `+05:30` from an offset in minutes; `withMinutes: 'optional'` drops `:00`/`00`. */
function offsetText(minutes: number, separator: '' | ':', withMinutes: 'always' | 'optional'): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hours = pad(Math.floor(abs / 60), 2);
  if (withMinutes === 'optional' && abs % 60 === 0) return `${sign}${hours}`;
  return `${sign}${hours}${separator}${pad(abs % 60, 2)}`;
}

/** ISO offsets: `X` writes `Z` at zero, `x` never does. 1: `+05`/`+0530`, 2 and 4: `+0530`, 3 and 5: `+05:30`. */
function isoOffset(count: number, zeroAsZ: boolean): FieldRenderer {
  return (date) => {
    const minutes = offsetMinutes(date);
    if (zeroAsZ && minutes === 0) return 'Z';
    if (count === 1) return offsetText(minutes, '', 'optional');
    return offsetText(minutes, count === 3 || count === 5 ? ':' : '', 'always');
  };
}

/** Java's localized offset: `GMT` at zero, else `GMT+10` / `GMT+5:30` (short) or `GMT+10:00` (full). */
function localizedOffset(full: boolean): FieldRenderer {
  return (date) => {
    const minutes = offsetMinutes(date);
    if (minutes === 0) return 'GMT';
    if (full) return `GMT${offsetText(minutes, ':', 'always')}`;
    const abs = Math.abs(minutes);
    const hours = `GMT${minutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}`;
    return abs % 60 === 0 ? hours : `${hours}:${pad(abs % 60, 2)}`;
  };
}

/**
 * Java prints a zone abbreviation (`AEST`), which needs locale data we do not want to depend on;
 * `UTC` for a zero offset (what the `z` matcher accepts) and the numeric offset otherwise.
 */
function zoneAbbreviation(date: ZonedDate): string {
  const minutes = offsetMinutes(date);
  return minutes === 0 ? 'UTC' : offsetText(minutes, ':', 'always');
}

function zoneId(date: ZonedDate): string {
  return date.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * The renderer of `count` repetitions of `letter`, or a GeneratorError for a run Java does not
 * define (`ddd`, `aa`, `ZZZZZZ`, …).
 */
export function fieldRenderer(letter: string, count: number): FieldRenderer {
  const bad = (): never => {
    throw new GeneratorError(`date pattern: unsupported letter run '${letter.repeat(count)}'`);
  };
  const upTo = (max: number, render: FieldRenderer): FieldRenderer => (count <= max ? render : bad());
  const number = (max: number, value: (date: ZonedDate) => number): FieldRenderer => upTo(max, (date) => pad(value(date), count));
  switch (letter) {
    case 'G':
      return upTo(5, (date) => {
        const ad = date.getFullYear() > 0;
        if (count === 4) return ad ? 'Anno Domini' : 'Before Christ';
        if (count === 5) return ad ? 'A' : 'B';
        return ad ? 'AD' : 'BC';
      });
    case 'y':
    case 'u':
      return (date) => yearText(yearOfEra(date.getFullYear()), count);
    case 'Y':
      return (date) => yearText(yearOfEra(weekYear(date)), count);
    case 'M':
    case 'L':
      return upTo(5, (date) => (count <= 2 ? pad(date.getMonth() + 1, count) : named(MONTHS[date.getMonth()] ?? '', count)));
    case 'Q':
    case 'q':
      return upTo(5, (date) => {
        const quarter = Math.floor(date.getMonth() / 3) + 1;
        if (count === 3) return `Q${quarter}`;
        if (count === 4) return QUARTERS[quarter - 1] ?? '';
        return pad(quarter, count === 2 ? 2 : 1);
      });
    case 'd':
      return number(2, (date) => date.getDate());
    case 'w':
      return number(2, weekOfYear);
    case 'h':
      return number(2, (date) => date.getHours() % 12 || 12);
    case 'H':
      return number(2, (date) => date.getHours());
    case 'k':
      return number(2, (date) => date.getHours() || 24);
    case 'K':
      return number(2, (date) => date.getHours() % 12);
    case 'm':
      return number(2, (date) => date.getMinutes());
    case 's':
      return number(2, (date) => date.getSeconds());
    case 'D':
      return number(3, dayOfYear);
    case 'E':
      return upTo(5, (date) => named(DAYS[date.getDay()] ?? '', Math.max(count, 3)));
    case 'e':
    case 'c':
      // Numbered from Sunday = 1 (US weeks); 3 letters and more are the day's name.
      return upTo(5, (date) => (count <= 2 ? pad(date.getDay() + 1, count) : named(DAYS[date.getDay()] ?? '', count)));
    case 'a':
      return count === 1 ? (date) => (date.getHours() < 12 ? 'AM' : 'PM') : bad();
    case 'S':
      return number(9, (date) => Math.trunc(date.getMilliseconds() * Math.pow(10, count - 3)));
    case 'X':
    case 'x':
      return upTo(5, isoOffset(count, letter === 'X'));
    case 'Z':
      if (count <= 3) return isoOffset(2, false);
      if (count === 4) return localizedOffset(true);
      return count === 5 ? isoOffset(5, true) : bad();
    case 'O':
      if (count === 1) return localizedOffset(false);
      return count === 4 ? localizedOffset(true) : bad();
    case 'W':
      return count === 1 ? (date) => String(weekOfMonth(date)) : bad();
    case 'F':
      return count === 1 ? (date) => String(Math.floor((date.getDate() - 1) / 7) + 1) : bad();
    case 'n':
      return (date) => pad(date.getMilliseconds() * 1_000_000, count);
    case 'A':
      return (date) => pad(millisOfDay(date), count);
    case 'N':
      return (date) => pad(millisOfDay(date) * 1_000_000, count);
    case 'z':
      return count <= 4 ? zoneAbbreviation : bad();
    case 'V':
      return count <= 2 ? zoneId : bad();
    default:
      return bad();
  }
}
