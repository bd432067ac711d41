// Dev tool: records what the Date/Time/DateTime generators render, for every Java pattern letter
// and width they accept, at instants chosen to reach the edges (year and week-year boundaries,
// leap days, noon and midnight, DST changes, years before 1), in zones with whole, half and
// three-quarter-hour offsets, and with relative expressions that cross DST changes. The file it
// writes (test/generators/fixtures/date-golden.json) was made with the date-fns based renderer
// that the engine used until 0.1; test/generators/date-golden.test.ts holds every later renderer
// to exactly the same output. Run: npx tsx scripts/date-golden.mts
import { writeFileSync } from 'node:fs';
import { dateTimeValue } from '../src/generators/date-time.js';

const LETTERS: Record<string, number[]> = {
  G: [1, 2, 3, 4, 5], y: [1, 2, 3, 4, 5], u: [1, 2, 4], Y: [1, 2, 4], M: [1, 2, 3, 4, 5], L: [1, 2, 3, 4, 5],
  Q: [1, 2, 3, 4, 5], q: [1, 2, 3, 4, 5], d: [1, 2], w: [1, 2], h: [1, 2], H: [1, 2], k: [1, 2], K: [1, 2],
  m: [1, 2], s: [1, 2], D: [1, 2, 3], E: [1, 2, 3, 4, 5], e: [1, 2, 3, 4, 5], c: [1, 3, 4, 5], a: [1],
  S: [1, 2, 3, 4, 5, 6, 7, 8, 9], X: [1, 2, 3, 4, 5], x: [1, 2, 3, 4, 5], Z: [1, 2, 3, 4, 5], O: [1, 4],
  W: [1], F: [1], n: [1, 3, 9], A: [1, 8], N: [1, 12], z: [1, 4], V: [2],
};
const PATTERNS = [
  ...Object.entries(LETTERS).flatMap(([letter, counts]) => counts.map((n) => letter.repeat(n))),
  "yyyy-MM-dd'T'HH:mm:ss.SSSxx",
  "yyyy-MM-dd'T'HH:mm:ss.SSSXXX",
  'EEE, dd MMM yyyy HH:mm:ss z',
  "h 'o''clock' a, EEEE d MMMM yyyy G",
  "[yyyy-MM-dd]'T'HH:mm",
  "''",
  "YYYY-'W'ww-e",
];
const INSTANTS = [
  '2024-02-29T12:00:00.123Z', '2024-12-29T23:59:59.999Z', '2021-01-01T00:00:00.000Z', '2020-12-31T11:30:00.007Z',
  '2024-03-31T01:30:00.000Z', '2024-10-06T16:15:45.500Z', '1969-07-20T20:17:40.000Z', '0001-01-01T00:00:00.000Z',
  '-000044-03-15T10:00:00.000Z', '2038-01-19T03:14:07.000Z',
];
const ZONES = ['UTC', 'Australia/Sydney', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Pacific/Chatham', 'Europe/London', '+05:30', 'Etc/GMT+10'];
const EXPRESSIONS = [
  'now', 'today', 'tomorrow', 'yesterday', 'midnight', 'noon', '+ 1 day', '- 2 days', '+ 3 hours', '- 90 minutes', '+ 45 seconds',
  '+ 250 milliseconds', '+ 1 week', '+ 1 fortnight', '+ 1 month', '- 1 month', '+ 13 months', '+ 1 year', 'next day', 'last day',
  'next week', 'next month', 'last year', 'next monday', 'last friday', 'next sunday', 'next january', 'last december',
  'next february', "3 o'clock pm", "11 o'clock am", "12 o'clock am", "12 o'clock pm", "0 o'clock", "23 o'clock",
  'tomorrow @ noon', 'yesterday @ midnight + 2 hours', 'last month @ midnight', 'next friday @ 5 o\'clock pm', '+ 1 day - 1 hour',
];

const render = (format: string, expression: string | undefined, instant: string, zone: string): string => {
  try {
    const generator = expression === undefined ? { type: 'DateTime', format } : { type: 'DateTime', format, expression };
    return String(dateTimeValue('DateTime', generator, { baseDateTime: instant, timeZone: zone }));
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
};
const EXPRESSION_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX EEE";
// renderings[zone][instant] = the PATTERNS rendered at that instant, then the EXPRESSIONS applied to it.
const renderings: Record<string, Record<string, string[]>> = {};
let count = 0;
for (const zone of ZONES) {
  renderings[zone] = {};
  for (const instant of INSTANTS) {
    const row = [...PATTERNS.map((f) => render(f, undefined, instant, zone)), ...EXPRESSIONS.map((e) => render(EXPRESSION_FORMAT, e, instant, zone))];
    renderings[zone][instant] = row;
    count += row.length;
  }
}
const out = new URL('../test/generators/fixtures/date-golden.json', import.meta.url);
writeFileSync(out, `${JSON.stringify({ patterns: PATTERNS, expressions: EXPRESSIONS, expressionFormat: EXPRESSION_FORMAT, zones: ZONES, instants: INSTANTS, renderings }, null, 1)}\n`);
console.log(`${count} renderings written to ${out.pathname}`);
