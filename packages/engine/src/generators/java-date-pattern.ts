import { GeneratorError } from './generator-error.js';
import { fieldRenderer, type FieldRenderer, type ZonedDate } from './java-date-fields.js';

export type { ZonedDate };

/**
 * Renders a date with a Java `DateTimeFormatter` pattern (the letters pact files use, matching.md
 * §3.8), English names, every letter Java knows except the locale-specific week fields, which
 * follow the US convention (weeks start on Sunday; week 1 holds 1 January).
 */
export function formatJavaPattern(date: ZonedDate, javaPattern: string): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  const compiled = compilePattern(javaPattern);
  if (compiled.numeric !== undefined) return renderNumeric(compiled.numeric, date);
  let out = '';
  for (const part of compiled.parts) out += part.kind === 'literal' ? part.text : part.render(date);
  return out;
}

type PatternPart = { kind: 'literal'; text: string } | { kind: 'field'; letter: string; count: number };

/** A Java pattern compiled once: literals and field renderers. */
type CompiledPart = { kind: 'literal'; text: string } | { kind: 'field'; letter: string; count: number; render: FieldRenderer };

/** `numeric`: the same pattern as literals and plain numeric fields, when it has nothing else. */
type CompiledPattern = { parts: CompiledPart[]; numeric: NumericPart[] | undefined };

const compiledPatterns = new Map<string, CompiledPattern>();
const PATTERN_CACHE_LIMIT = 200;

/** Tokenizing and validating a pattern is the same work for every date: done once per pattern. */
function compilePattern(javaPattern: string): CompiledPattern {
  const cached = compiledPatterns.get(javaPattern);
  if (cached) return cached;
  const parts = tokenizeJavaPattern(javaPattern).map((part): CompiledPart => (part.kind === 'literal' ? part : { ...part, render: fieldRenderer(part.letter, part.count) }));
  const compiled = { parts, numeric: numericParts(parts) };
  if (compiledPatterns.size >= PATTERN_CACHE_LIMIT) compiledPatterns.clear();
  compiledPatterns.set(javaPattern, compiled);
  return compiled;
}

/** A literal, or a numeric field (`field` of the date, zero-padded to `width`). */
type NumericPart = string | { field: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'fraction'; width: number };

/**
 * The usual generator patterns (`yyyy-MM-dd'T'HH:mm:ss.SSS`) are literals and numeric fields only;
 * they are rendered in one tight loop.
 */
function numericParts(parts: CompiledPart[]): NumericPart[] | undefined {
  const out: NumericPart[] = [];
  for (const part of parts) {
    if (part.kind === 'literal') {
      out.push(part.text);
      continue;
    }
    const field = NUMERIC_TOKENS.get(part.letter);
    // `yy` is the two-digit year; `M` beyond two letters is a name; `u` is read as `y`.
    if (field === undefined || (field === 'year' && part.count === 2) || (field !== 'year' && field !== 'fraction' && part.count > 2)) return undefined;
    out.push({ field, width: part.count });
  }
  return out;
}

const NUMERIC_TOKENS = new Map<string, Exclude<NumericPart, string>['field']>([
  ['y', 'year'],
  ['u', 'year'],
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
        // Years before 1 count back from 1 BC, unsigned (the year of era).
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
