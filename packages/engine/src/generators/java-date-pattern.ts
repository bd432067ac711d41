import type { TZDate } from '@date-fns/tz';
// Per-function modules: see date-expression.ts.
import { format } from 'date-fns/format';
import { getWeekOfMonth } from 'date-fns/getWeekOfMonth';
import { GeneratorError } from './generator-error.js';

/**
 * Renders a date with a Java `DateTimeFormatter` pattern (the letters pact files use, matching.md
 * §3.8) by translating it into one date-fns pattern. Letters date-fns has no token for (zone
 * names, nano fields) are rendered here and spliced in as quoted literals.
 */
export function formatJavaPattern(date: TZDate, javaPattern: string): string {
  return format(date, toDateFnsPattern(date, javaPattern), {
    useAdditionalDayOfYearTokens: true,
    useAdditionalWeekYearTokens: true,
  });
}

type PatternPart = { kind: 'literal'; text: string } | { kind: 'field'; letter: string; count: number };

/** Translates a Java pattern to a date-fns pattern; `date` is needed for the letters rendered here. */
export function toDateFnsPattern(date: TZDate, javaPattern: string): string {
  let out = '';
  // Adjacent literals must become one quoted run: `'a''b'` would read as `a'b` in date-fns.
  let literal = '';
  for (const part of tokenizeJavaPattern(javaPattern)) {
    const token = part.kind === 'literal' ? undefined : dateFnsToken(part.letter, part.count);
    if (part.kind === 'literal') literal += part.text;
    else if (typeof token === 'object') literal += token.render(date);
    else {
      out += quote(literal) + (token ?? '');
      literal = '';
    }
  }
  return out + quote(literal);
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

type Custom = { render: (date: TZDate) => string };

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
      if (count === 4) return { render: (date) => localizedOffset(date, true) };
      return count === 5 ? 'XXX' : bad();
    case 'O':
      if (count === 1) return { render: (date) => localizedOffset(date, false) };
      return count === 4 ? { render: (date) => localizedOffset(date, true) } : bad();
    case 'W':
      return count === 1 ? { render: (date) => String(getWeekOfMonth(date)) } : bad();
    case 'F':
      return count === 1 ? { render: (date) => String(Math.floor((date.getDate() - 1) / 7) + 1) } : bad();
    case 'n':
      return { render: (date) => pad(date.getMilliseconds() * 1_000_000, count) };
    case 'A':
      return { render: (date) => pad(millisOfDay(date), count) };
    case 'N':
      return { render: (date) => pad(millisOfDay(date) * 1_000_000, count) };
    case 'z':
      return count <= 4 ? { render: zoneAbbreviation } : bad();
    case 'V':
      return count <= 2 ? { render: zoneId } : bad();
    default:
      return bad();
  }
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function millisOfDay(date: TZDate): number {
  return ((date.getHours() * 60 + date.getMinutes()) * 60 + date.getSeconds()) * 1000 + date.getMilliseconds();
}

function offsetText(date: TZDate): string {
  const minutes = -date.getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

/** Java's localized offset: `GMT` at zero, else `GMT+10` / `GMT+5:30` (short) or `GMT+10:00` (full). */
function localizedOffset(date: TZDate, full: boolean): string {
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
function zoneAbbreviation(date: TZDate): string {
  return date.getTimezoneOffset() === 0 ? 'UTC' : offsetText(date);
}

function zoneId(date: TZDate): string {
  return date.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}
