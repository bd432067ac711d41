/**
 * Validates text against a Java `DateTimeFormatter` pattern (the letters pact files use for `date`,
 * `time` and `datetime` rules). Hand-written: no JS library validates these patterns strictly
 * (date-fns uses Unicode LDML letters, which differ for `u`, `e`, `X`, `Z`…, and parses leniently).
 * Behaviour follows matching.md §3.8: numeric fields take 1..n digits greedily and are
 * range-checked, the whole input must be consumed, and the day of month is checked against the month.
 */

type Field =
  | { kind: 'literal'; text: string }
  | { kind: 'number'; field: string; min: number; max: number; maxDigits: number; minDigits: number }
  | { kind: 'names'; field: string; names: readonly string[]; caseInsensitive: boolean }
  | { kind: 'offset'; style: OffsetStyle }
  | { kind: 'zoneName' }
  | { kind: 'zoneId' };

type OffsetStyle = { z: boolean; colon: 'none' | 'required' | 'optional'; minutes: 'required' | 'optional' | 'none'; seconds: boolean; gmt?: 'short' | 'long' };

export interface CompiledDatePattern {
  readonly fields: readonly Field[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));
const SHORT_DAYS = DAYS.map((d) => d.slice(0, 3));
const QUARTERS_LONG = ['1st quarter', '2nd quarter', '3rd quarter', '4th quarter'];
const QUARTERS_SHORT = ['q1', 'q2', 'q3', 'q4'];

const cache = new Map<string, CompiledDatePattern | Error>();

/** Compiles a pattern (cached); an `Error` names an unsupported or malformed pattern. */
export function compileDatePattern(pattern: string): CompiledDatePattern | Error {
  let hit = cache.get(pattern);
  if (hit === undefined) {
    try {
      hit = { fields: tokenize(pattern) };
    } catch (e) {
      hit = e instanceof Error ? e : new Error(String(e));
    }
    if (cache.size > 500) cache.clear();
    cache.set(pattern, hit);
  }
  return hit;
}

function tokenize(pattern: string): Field[] {
  const fields: Field[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i] ?? '';
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        fields.push({ kind: 'literal', text: "'" });
        i += 2;
        continue;
      }
      if (end < 0) throw new Error(`Unterminated quote in pattern '${pattern}'`);
      // '' inside a quoted section is an escaped quote.
      let text = '';
      let j = i + 1;
      for (;;) {
        const close = pattern.indexOf("'", j);
        if (close < 0) throw new Error(`Unterminated quote in pattern '${pattern}'`);
        text += pattern.slice(j, close);
        if (pattern[close + 1] === "'") {
          text += "'";
          j = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      fields.push({ kind: 'literal', text });
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      if (c === '[' || c === ']' || c === '{' || c === '}' || c === '#') throw new Error(`Unsupported pattern character '${c}'`);
      fields.push({ kind: 'literal', text: c });
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === c) n++;
    fields.push(letterField(c, n));
    i += n;
  }
  return fields;
}

function num(field: string, minDigits: number, maxDigits: number, min: number, max: number): Field {
  return { kind: 'number', field, minDigits, maxDigits, min, max };
}

function names(field: string, list: readonly string[]): Field {
  return { kind: 'names', field, names: list, caseInsensitive: true };
}

function letterField(c: string, n: number): Field {
  switch (c) {
    case 'y':
    case 'u':
    case 'Y':
      return num('year', 1, n === 2 ? 2 : Math.max(n, n === 1 ? 1 : 4), 0, Number.MAX_SAFE_INTEGER);
    case 'M':
    case 'L':
      if (n <= 2) return num('month', 1, 2, 1, 12);
      return names('monthName', n === 3 ? SHORT_MONTHS : MONTHS);
    case 'd':
      return num('day', 1, 2, 1, 31);
    case 'D':
      return num('dayOfYear', 1, 3, 1, 366);
    case 'Q':
    case 'q':
      if (n <= 2) return num('quarter', 1, 1, 1, 4);
      return names('quarter', n === 3 ? QUARTERS_SHORT : QUARTERS_LONG);
    case 'w':
      return num('week', 1, 2, 1, 56);
    case 'W':
      return num('weekOfMonth', 1, 1, 0, 6);
    case 'F':
      return num('alignedWeek', 1, 1, 1, 5);
    case 'E':
      return names('dayName', n <= 3 ? SHORT_DAYS : DAYS);
    case 'e':
    case 'c':
      if (n <= 2) return num('dayOfWeek', 1, 1, 1, 7);
      return names('dayName', n === 3 ? SHORT_DAYS : DAYS);
    case 'a':
      return names('ampm', ['am', 'pm']);
    case 'H':
      return num('hour', 1, 2, 0, 23);
    case 'k':
      return num('hour', 1, 2, 1, 24);
    case 'K':
      return num('hour', 1, 2, 0, 11);
    case 'h':
      return num('hour', 1, 2, 1, 12);
    case 'm':
      return num('minute', 1, 2, 0, 59);
    case 's':
      return num('second', 1, 2, 0, 60);
    case 'S':
      return num('fraction', 1, n, 0, Number.MAX_SAFE_INTEGER);
    case 'n':
    case 'A':
    case 'N':
      return num('nanos', 1, 19, 0, Number.MAX_SAFE_INTEGER);
    case 'X':
    case 'x':
      return { kind: 'offset', style: isoOffsetStyle(n, c === 'X') };
    case 'Z':
      if (n <= 3) return { kind: 'offset', style: { z: false, colon: 'none', minutes: 'required', seconds: false } };
      if (n === 4) return { kind: 'offset', style: { z: false, colon: 'required', minutes: 'optional', seconds: false, gmt: 'long' } };
      return { kind: 'offset', style: { z: true, colon: 'required', minutes: 'required', seconds: false } };
    case 'O':
      return { kind: 'offset', style: { z: false, colon: 'required', minutes: n === 4 ? 'required' : 'optional', seconds: false, gmt: n === 4 ? 'long' : 'short' } };
    case 'z':
      if (n > 3) throw new Error("Pattern letter 'zzzz' is not supported");
      return { kind: 'zoneName' };
    case 'V':
      return { kind: 'zoneId' };
    case 'G':
      return names('era', n === 4 ? ['anno domini', 'before christ'] : ['ad', 'bc']);
    default:
      throw new Error(`Unknown pattern letter '${c}'`);
  }
}

function isoOffsetStyle(n: number, z: boolean): OffsetStyle {
  switch (n) {
    case 1:
      return { z, colon: 'none', minutes: 'optional', seconds: false };
    case 2:
      return { z, colon: 'none', minutes: 'required', seconds: false };
    case 3:
      return { z, colon: 'required', minutes: 'required', seconds: false };
    case 4:
      return { z, colon: 'none', minutes: 'required', seconds: true };
    default:
      return { z, colon: 'required', minutes: 'required', seconds: true };
  }
}

/** `undefined` when `text` conforms to the pattern, else a short reason. */
export function validateDate(pattern: CompiledDatePattern, text: string): string | undefined {
  const values: Record<string, number> = {};
  let pos = 0;
  for (const f of pattern.fields) {
    switch (f.kind) {
      case 'literal':
        if (!text.startsWith(f.text, pos)) return `expected '${f.text}' at position ${pos}`;
        pos += f.text.length;
        break;
      case 'number': {
        let end = pos;
        while (end < text.length && end - pos < f.maxDigits && isDigit(text.charCodeAt(end))) end++;
        if (end - pos < f.minDigits) return `expected digits for ${f.field} at position ${pos}`;
        const v = Number(text.slice(pos, end));
        if (v < f.min || v > f.max) return `${f.field} value ${v} is out of range ${f.min}-${f.max}`;
        values[f.field] = v;
        pos = end;
        break;
      }
      case 'names': {
        const rest = text.slice(pos).toLowerCase();
        // Longest first so "june" is not taken as "jun" + leftover.
        const idx = f.names
          .map((name, i) => ({ name, i }))
          .sort((a, b) => b.name.length - a.name.length)
          .find((x) => rest.startsWith(x.name));
        if (!idx) return `expected a ${f.field} at position ${pos}`;
        if (f.field === 'monthName') values.month = idx.i + 1;
        pos += idx.name.length;
        break;
      }
      case 'offset': {
        const used = matchOffset(f.style, text, pos);
        if (typeof used === 'string') return used;
        pos = used;
        break;
      }
      case 'zoneName': {
        const m = /^[A-Z]{3,4}/.exec(text.slice(pos));
        if (!m || !isKnownZoneAbbreviation(m[0])) return `expected a time zone name at position ${pos}`;
        pos += m[0].length;
        break;
      }
      case 'zoneId': {
        const m = /^[A-Za-z_]+(?:\/[A-Za-z_+\-0-9]+)*/.exec(text.slice(pos));
        if (!m || !isKnownZoneId(m[0])) return `expected a time zone id at position ${pos}`;
        pos += m[0].length;
        break;
      }
    }
  }
  if (pos !== text.length) return `unexpected trailing text '${text.slice(pos)}'`;
  const day = values.day;
  const month = values.month;
  if (day !== undefined && month !== undefined) {
    const max = daysInMonth(month, values.year);
    if (day > max) return `day ${day} is not valid for month ${month}`;
  }
  return undefined;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function daysInMonth(month: number, year: number | undefined): number {
  if (month === 2) {
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Returns the new position, or a reason string. */
function matchOffset(style: OffsetStyle, text: string, start: number): number | string {
  let pos = start;
  if (style.gmt) {
    const prefix = text.slice(pos, pos + 3);
    if (prefix !== 'GMT' && prefix !== 'UTC') {
      return `expected GMT or UTC at position ${pos}`;
    }
    pos += 3;
    if (pos === text.length || (text[pos] !== '+' && text[pos] !== '-')) return pos;
  }
  if (style.z && text[pos] === 'Z') return pos + 1;
  const sign = text[pos];
  if (sign !== '+' && sign !== '-') return `expected an offset at position ${pos}`;
  pos++;
  const hourDigits = style.gmt === 'short' ? /^\d{1,2}/ : /^\d{2}/;
  const h = hourDigits.exec(text.slice(pos));
  if (!h || Number(h[0]) > 18) return `invalid offset hours at position ${pos}`;
  pos += h[0].length;
  const part = (): boolean => {
    let p = pos;
    if (style.colon !== 'none') {
      if (text[p] !== ':') return false;
      p++;
    }
    const m = /^\d{2}/.exec(text.slice(p));
    if (!m || Number(m[0]) > 59) return false;
    pos = p + 2;
    return true;
  };
  if (style.minutes !== 'none') {
    if (part()) {
      if (style.seconds) part();
    } else if (style.minutes === 'required') {
      return `invalid offset minutes at position ${pos}`;
    }
  }
  return pos;
}

let zoneIds: Set<string> | undefined;

function isKnownZoneId(id: string): boolean {
  zoneIds ??= new Set(Intl.supportedValuesOf('timeZone'));
  return zoneIds.has(id) || id === 'UTC' || id === 'Z';
}

const ZONE_ABBREVIATIONS = new Set(['UTC', 'GMT', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AKST', 'AKDT', 'HST', 'AEST', 'AEDT', 'ACST', 'ACDT', 'AWST', 'NZST', 'NZDT', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'WEST', 'BST', 'IST', 'JST', 'KST', 'HKT', 'SGT', 'MSK', 'SAST', 'WAT', 'CAT', 'EAT', 'ART', 'BRT', 'CLT', 'PET', 'COT', 'AST', 'ADT', 'NST', 'NDT', 'ICT', 'PHT', 'WIB', 'PKT', 'NPT', 'AFT']);

function isKnownZoneAbbreviation(name: string): boolean {
  return ZONE_ABBREVIATIONS.has(name);
}

/** Defaults of the `date`, `time` and `datetime` rules. */
export const DEFAULT_DATE_PATTERN = 'yyyy-MM-dd';
export const DEFAULT_TIME_PATTERN = 'HH:mm:ss';
export const DEFAULT_DATETIME_PATTERN = "yyyy-MM-dd'T'HH:mm:ssXXX";
