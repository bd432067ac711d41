/**
 * Just enough of Java's DateTimeFormatter letters for the DSL: check that a date matcher's own
 * example fits its format (to catch `date('yyyy-MM-dd', '02/29/2024')` when the test is written),
 * and render "now" when a date matcher is given no example. Matching proper (range checks,
 * zone names) lives in the matching layer; this check is deliberately lenient where unsure.
 */

type Token = { letter: string; width: number } | { literal: string };

function tokenize(format: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < format.length) {
    const c = format.charAt(i);
    if (c === "'") {
      const close = format.indexOf("'", i + 1);
      const end = close < 0 ? format.length : close;
      // '' is an escaped quote
      tokens.push({ literal: end === i + 1 ? "'" : format.slice(i + 1, end) });
      i = end + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (format.charAt(j) === c) j++;
      tokens.push({ letter: c, width: j - i });
      i = j;
    } else {
      tokens.push({ literal: c });
      i++;
    }
  }
  return tokens;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const OFFSET = '[+-]\\d{2}(?::?\\d{2}(?::?\\d{2})?)?';

function tokenPattern(letter: string, width: number): string {
  switch (letter) {
    case 'y': case 'u': case 'Y':
      return width === 2 ? '\\d{1,2}' : `[+-]?\\d{1,${Math.max(width, 4)}}`;
    case 'M': case 'L':
      return width <= 2 ? '\\d{1,2}' : '[A-Za-z]{3,}';
    case 'd': case 'H': case 'h': case 'k': case 'K': case 'm': case 's': case 'W': case 'w':
      return '\\d{1,2}';
    case 'D':
      return '\\d{1,3}';
    case 'S':
      return `\\d{1,${width}}`;
    case 'n': case 'A': case 'N':
      return '\\d+';
    case 'a':
      return '[AaPp][Mm]';
    case 'E':
      return '[A-Za-z]{3,}';
    case 'X':
      return `(?:Z|${OFFSET})`;
    case 'x': case 'Z':
      return `(?:${OFFSET}|(?:GMT|UTC)(?:${OFFSET})?)`;
    default:
      // Zone names, quarters, eras, …: accept anything rather than reject a valid example.
      return '.+?';
  }
}

/** True when `value` has the shape of `format` (lenient; see the module comment). */
export function fitsJavaFormat(format: string, value: string): boolean {
  const source = tokenize(format)
    .map((t) => ('literal' in t ? escape(t.literal) : tokenPattern(t.letter, t.width)))
    .join('');
  return new RegExp(`^${source}$`).test(value);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Renders `date` (in UTC) with a Java format; letters it does not know are written as-is. */
export function renderJavaFormat(format: string, date: Date): string {
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  return tokenize(format)
    .map((t) => {
      if ('literal' in t) return t.literal;
      const w = t.width;
      switch (t.letter) {
        case 'y': case 'u': case 'Y':
          return w === 2 ? pad(date.getUTCFullYear() % 100, 2) : pad(date.getUTCFullYear(), w);
        case 'M': case 'L': {
          const m = date.getUTCMonth();
          if (w >= 4) return MONTHS[m] ?? '';
          if (w === 3) return (MONTHS[m] ?? '').slice(0, 3);
          return pad(m + 1, w);
        }
        case 'd': return pad(date.getUTCDate(), w);
        case 'H': return pad(date.getUTCHours(), w);
        case 'k': return pad(date.getUTCHours() || 24, w);
        case 'h': return pad(date.getUTCHours() % 12 || 12, w);
        case 'K': return pad(date.getUTCHours() % 12, w);
        case 'm': return pad(date.getUTCMinutes(), w);
        case 's': return pad(date.getUTCSeconds(), w);
        case 'S': return pad(date.getUTCMilliseconds(), 3).padEnd(w, '0').slice(0, w);
        case 'a': return date.getUTCHours() < 12 ? 'AM' : 'PM';
        case 'E': return w >= 4 ? (DAYS[date.getUTCDay()] ?? '') : (DAYS[date.getUTCDay()] ?? '').slice(0, 3);
        case 'X': return 'Z';
        case 'x': return w === 3 || w === 5 ? '+00:00' : '+0000';
        case 'Z': return w === 5 ? 'Z' : '+0000';
        default: return t.letter.repeat(w);
      }
    })
    .join('');
}
