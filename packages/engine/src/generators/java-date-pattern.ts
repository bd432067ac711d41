// Per-function modules: see date-expression.ts.
import type * as DateFnsFormat from 'date-fns/format';
import { getWeekOfMonth } from 'date-fns/getWeekOfMonth';
import { GeneratorError } from './generator-error.js';
import { loadOnFirstUse } from '../load-on-first-use.js';

// date-fns `format` is its heaviest module; the common numeric patterns never need it.
const dateFnsFormat = loadOnFirstUse<typeof DateFnsFormat>('date-fns/format');

/**
 * Renders a date with a Java `DateTimeFormatter` pattern (the letters pact files use, matching.md
 * §3.8) by translating it into one date-fns pattern. Letters date-fns has no token for (zone
 * names, nano fields) are rendered here and spliced in as quoted literals.
 */
export function formatJavaPattern(date: ZonedDate, javaPattern: string): string {
  const compiled = compilePattern(javaPattern);
  if (compiled.numeric !== undefined) {
    // date-fns refuses an invalid date the same way.
    if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
    return renderNumeric(compiled.numeric, date);
  }
  return dateFnsFormat().format(date, compiled.fixed ?? joinParts(compiled.parts, date), FORMAT_OPTIONS);
}

const FORMAT_OPTIONS = { useAdditionalDayOfYearTokens: true, useAdditionalWeekYearTokens: true } as const;

/** A date with local fields in the zone being rendered (a `TZDate` or a `WallClockDate`). */
export type ZonedDate = Date & { readonly timeZone?: string | undefined };

type PatternPart = { kind: 'literal'; text: string } | { kind: 'field'; letter: string; count: number };

/** A Java pattern translated once: literals, date-fns tokens, and letters rendered here. */
type CompiledPart = { kind: 'literal'; text: string } | { kind: 'token'; token: string } | Custom;

/**
 * `fixed`: the whole date-fns pattern, when no letter is rendered here (the usual case).
 * `numeric`: the same pattern as literals and plain numeric fields, when it has nothing else.
 */
type CompiledPattern = { parts: CompiledPart[]; fixed: string | undefined; numeric: NumericPart[] | undefined };

const compiledPatterns = new Map<string, CompiledPattern>();
const PATTERN_CACHE_LIMIT = 200;

/** Translates a Java pattern to a date-fns pattern; `date` is needed for the letters rendered here. */
export function toDateFnsPattern(date: ZonedDate, javaPattern: string): string {
  const compiled = compilePattern(javaPattern);
  return compiled.fixed ?? joinParts(compiled.parts, date);
}

function joinParts(parts: CompiledPart[], date: ZonedDate | undefined): string {
  let out = '';
  // Adjacent literals must become one quoted run: `'a''b'` would read as `a'b` in date-fns.
  let literal = '';
  for (const part of parts) {
    if (part.kind === 'literal') literal += part.text;
    else if (part.kind === 'custom') literal += date === undefined ? '' : part.render(date);
    else {
      out += quote(literal) + part.token;
      literal = '';
    }
  }
  return out + quote(literal);
}

/** Tokenizing and validating a pattern is the same work for every date: done once per pattern. */
function compilePattern(javaPattern: string): CompiledPattern {
  const cached = compiledPatterns.get(javaPattern);
  if (cached) return cached;
  const parts = tokenizeJavaPattern(javaPattern).map((part): CompiledPart => {
    if (part.kind === 'literal') return part;
    const token = dateFnsToken(part.letter, part.count);
    return typeof token === 'string' ? { kind: 'token', token } : token;
  });
  const compiled = {
    parts,
    fixed: parts.some((p) => p.kind === 'custom') ? undefined : joinParts(parts, undefined),
    numeric: numericParts(parts),
  };
  if (compiledPatterns.size >= PATTERN_CACHE_LIMIT) compiledPatterns.clear();
  compiledPatterns.set(javaPattern, compiled);
  return compiled;
}

/** A literal, or a numeric field rendered as date-fns renders its token (`field` of the date, zero-padded to `width`). */
type NumericPart = string | { field: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'fraction'; width: number };

/**
 * The usual generator patterns (`yyyy-MM-dd'T'HH:mm:ss.SSS`) are literals and numeric fields only;
 * rendering those directly skips date-fns `format`, which re-tokenizes the pattern and copies the
 * date on every call. Any other letter keeps the date-fns path.
 */
function numericParts(parts: CompiledPart[]): NumericPart[] | undefined {
  const out: NumericPart[] = [];
  for (const part of parts) {
    if (part.kind === 'literal') out.push(part.text);
    else if (part.kind === 'custom') return undefined;
    else {
      const field = NUMERIC_TOKENS.get(part.token.charAt(0));
      // `yy` is the two-digit year; `M` beyond two letters and `yo`-style tokens are words.
      if (field === undefined || part.token === 'yy' || /[^ymdHMsS]/.test(part.token) || (field === 'month' && part.token.length > 2)) return undefined;
      out.push({ field, width: part.token.length });
    }
  }
  return out;
}

const NUMERIC_TOKENS = new Map<string, Exclude<NumericPart, string>['field']>([
  ['y', 'year'],
  ['M', 'month'],
  ['d', 'day'],
  ['H', 'hour'],
  ['m', 'minute'],
  ['s', 'second'],
  ['S', 'fraction'],
]);

function renderNumeric(parts: NumericPart[], date: ZonedDate): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    let value: number;
    switch (part.field) {
      case 'year': {
        // As date-fns: years before 1 count back from 1 BC, unsigned.
        const year = date.getFullYear();
        value = year > 0 ? year : 1 - year;
        break;
      }
      case 'month':
        value = date.getMonth() + 1;
        break;
      case 'day':
        value = date.getDate();
        break;
      case 'hour':
        value = date.getHours();
        break;
      case 'minute':
        value = date.getMinutes();
        break;
      case 'second':
        value = date.getSeconds();
        break;
      case 'fraction':
        value = Math.trunc(date.getMilliseconds() * Math.pow(10, part.width - 3));
        break;
    }
    out += String(value).padStart(part.width, '0');
  }
  return out;
}

/** Splits a Java pattern into letter runs and literals (`'quoted'`, `''`, punctuation). */
export function tokenizeJavaPattern(pattern: string): PatternPart[] {
  const parts: PatternPart[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern.charAt(i);
    if (ch === "'") {
      const { text, next } = readQuoted(pattern, i);
      parts.push({ kind: 'literal', text });
      i = next;
    } else if (/[A-Za-z]/.test(ch)) {
      let end = i + 1;
      while (pattern.charAt(end) === ch) end++;
      parts.push({ kind: 'field', letter: ch, count: end - i });
      i = end;
    } else if (ch === '[' || ch === ']') {
      // Optional-section brackets: every field is available when formatting, so the section is printed.
      i++;
    } else if (ch === '#' || ch === '{' || ch === '}') {
      throw new GeneratorError(`date pattern '${pattern}': '${ch}' is reserved`);
    } else {
      parts.push({ kind: 'literal', text: ch });
      i++;
    }
  }
  return parts;
}

function readQuoted(pattern: string, start: number): { text: string; next: number } {
  if (pattern.charAt(start + 1) === "'") return { text: "'", next: start + 2 };
  let text = '';
  let i = start + 1;
  for (;;) {
    if (i >= pattern.length) throw new GeneratorError(`date pattern '${pattern}': unterminated quote`);
    const ch = pattern.charAt(i);
    if (ch === "'") {
      if (pattern.charAt(i + 1) !== "'") return { text, next: i + 1 };
      text += "'";
      i += 2;
    } else {
      text += ch;
      i++;
    }
  }
}

/**
 * date-fns escapes like Java: text in single quotes, `''` for a quote. Text made only of quotes
 * is written as bare `''` pairs, because date-fns reads a leading `''` as a quote before it looks
 * for a quoted run (`''''` would print two).
 */
function quote(text: string): string {
  if (text === '') return '';
  if (/^'+$/.test(text)) return "''".repeat(text.length);
  return `'${text.replaceAll("'", "''")}'`;
}

type Custom = { kind: 'custom'; render: (date: ZonedDate) => string };

function dateFnsToken(letter: string, count: number): string | Custom {
  const bad = (): never => {
    throw new GeneratorError(`date pattern: unsupported letter run '${letter.repeat(count)}'`);
  };
  const upTo = (max: number, token = letter): string => (count <= max ? token.repeat(count) : bad());
  switch (letter) {
    case 'G':
      return upTo(5);
    case 'y':
    case 'u':
      return 'y'.repeat(count);
    case 'Y':
      return 'Y'.repeat(count);
    case 'M':
    case 'L':
    case 'Q':
    case 'q':
      return upTo(5);
    case 'd':
    case 'w':
    case 'h':
    case 'H':
    case 'k':
    case 'K':
    case 'm':
    case 's':
      return upTo(2);
    case 'D':
      return upTo(3);
    case 'E':
      return count <= 3 ? 'EEE' : upTo(5);
    case 'e':
    case 'c':
      return upTo(5);
    case 'a':
      return count === 1 ? 'a' : bad();
    case 'S':
      return upTo(9);
    case 'X':
    case 'x':
      return upTo(5);
    case 'Z':
      if (count <= 3) return 'xx';
      if (count === 4) return { kind: 'custom', render: (date) => localizedOffset(date, true) };
      return count === 5 ? 'XXX' : bad();
    case 'O':
      if (count === 1) return { kind: 'custom', render: (date) => localizedOffset(date, false) };
      return count === 4 ? { kind: 'custom', render: (date) => localizedOffset(date, true) } : bad();
    case 'W':
      return count === 1 ? { kind: 'custom', render: (date) => String(getWeekOfMonth(date)) } : bad();
    case 'F':
      return count === 1 ? { kind: 'custom', render: (date) => String(Math.floor((date.getDate() - 1) / 7) + 1) } : bad();
    case 'n':
      return { kind: 'custom', render: (date) => pad(date.getMilliseconds() * 1_000_000, count) };
    case 'A':
      return { kind: 'custom', render: (date) => pad(millisOfDay(date), count) };
    case 'N':
      return { kind: 'custom', render: (date) => pad(millisOfDay(date) * 1_000_000, count) };
    case 'z':
      return count <= 4 ? { kind: 'custom', render: zoneAbbreviation } : bad();
    case 'V':
      return count <= 2 ? { kind: 'custom', render: zoneId } : bad();
    default:
      return bad();
  }
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function millisOfDay(date: ZonedDate): number {
  return ((date.getHours() * 60 + date.getMinutes()) * 60 + date.getSeconds()) * 1000 + date.getMilliseconds();
}

function offsetText(date: ZonedDate): string {
  const minutes = -date.getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

/** Java's localized offset: `GMT` at zero, else `GMT+10` / `GMT+5:30` (short) or `GMT+10:00` (full). */
function localizedOffset(date: ZonedDate, full: boolean): string {
  const minutes = -date.getTimezoneOffset();
  if (minutes === 0) return 'GMT';
  if (full) return `GMT${offsetText(date)}`;
  const abs = Math.abs(minutes);
  const hours = `GMT${minutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}`;
  return abs % 60 === 0 ? hours : `${hours}:${pad(abs % 60, 2)}`;
}

/**
 * Java prints a zone abbreviation (`AEST`), which needs locale data we do not want to depend on;
 * `UTC` for a zero offset (what the `z` matcher accepts) and the numeric offset otherwise.
 */
function zoneAbbreviation(date: ZonedDate): string {
  return date.getTimezoneOffset() === 0 ? 'UTC' : offsetText(date);
}

function zoneId(date: ZonedDate): string {
  return date.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}
