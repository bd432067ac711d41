import { describe, expect, it } from 'vitest';
import { generateValue, type GeneratorContext } from '../../src/generators/index.js';

/** Wednesday 1 May 2024, 13:45:10.123 UTC. */
const BASE = '2024-05-01T13:45:10.123Z';
const UTC: GeneratorContext = { baseDateTime: BASE, timeZone: 'UTC' };
const ISO = "yyyy-MM-dd'T'HH:mm:ss";

function dateTime(generator: Record<string, unknown>, context: GeneratorContext = UTC): unknown {
  return generateValue({ type: 'DateTime', ...generator }, 'example', context);
}

describe('Date, Time and DateTime defaults', () => {
  it('render the base instant with the default formats', () => {
    expect(generateValue({ type: 'Date' }, 'x', UTC)).toBe('2024-05-01');
    expect(generateValue({ type: 'Time' }, 'x', UTC)).toBe('13:45:10');
    expect(generateValue({ type: 'DateTime' }, 'x', UTC)).toBe('2024-05-01T13:45:10.123+0000');
  });

  it('render in the context zone, whatever zone the process runs in', () => {
    const sydney: GeneratorContext = { baseDateTime: BASE, timeZone: 'Australia/Sydney' };
    expect(generateValue({ type: 'Date' }, 'x', sydney)).toBe('2024-05-01');
    expect(generateValue({ type: 'Time' }, 'x', sydney)).toBe('23:45:10');
    expect(generateValue({ type: 'DateTime' }, 'x', sydney)).toBe('2024-05-01T23:45:10.123+1000');
  });

  it('use the current time without a base date', () => {
    const before = Date.now();
    const value = dateTime({ format: "yyyy-MM-dd'T'HH:mm:ss.SSSXXX" }, { timeZone: 'UTC' });
    const after = Date.now();
    const generated = Date.parse(value as string);
    expect(generated).toBeGreaterThanOrEqual(before);
    expect(generated).toBeLessThanOrEqual(after);
  });
});

describe('Java DateTimeFormatter patterns', () => {
  const cases: [string, string, GeneratorContext?][] = [
    ["yyyy-MM-dd'T'HH:mm:ssXXX", '2024-05-01T13:45:10Z'],
    ["yyyy-MM-dd'T'HH:mm:ssXXX", '2024-05-01T23:45:10+10:00', { baseDateTime: BASE, timeZone: '+10:00' }],
    ["yyyy-MM-dd'T'HH:mm:ss.SSSXXX", '2024-05-01T19:15:10.123+05:30', { baseDateTime: BASE, timeZone: '+05:30' }],
    ['X|XX|XXX|xxx|Z', '+0530|+0530|+05:30|+05:30|+0530', { baseDateTime: BASE, timeZone: '+05:30' }],
    ['X|XX|XXX|xx|Z|ZZZZZ', 'Z|Z|Z|+0000|+0000|Z'],
    ['O|OOOO|ZZZZ', 'GMT+5:30|GMT+05:30|GMT+05:30', { baseDateTime: BASE, timeZone: '+05:30' }],
    ['O|OOOO|ZZZZ', 'GMT|GMT|GMT'],
    ['dd/MM/yy', '01/05/24'],
    ['d/M/y', '1/5/2024'],
    ['EEE, dd MMM yyyy HH:mm:ss z', 'Wed, 01 May 2024 13:45:10 UTC'],
    ['EEEE d MMMM yyyy', 'Wednesday 1 May 2024'],
    ['hh:mm a', '01:45 PM'],
    ['h:mm:ss.SSS a', '1:45:10.123 PM'],
    ['HH:mm:ss.SSS', '13:45:10.123'],
    ['HH:mm:ss.SSSSSS', '13:45:10.123000'],
    ["yyyyMMdd'T'HHmmssZ", '20240501T134510+0000'],
    ["h 'o''clock'", "1 o'clock"],
    ["''yy''", "'24'"],
    ["'''quoted'''", "'quoted'"],
    ["yy''''", "24''"],
    ["'Day' D 'of' uuuu, QQQ", 'Day 122 of 2024, Q2'],
    ['VV', 'Europe/Paris', { baseDateTime: BASE, timeZone: 'Europe/Paris' }],
    ['yyyy-MM-dd HH:mm z', '2024-05-01 15:45 +02:00', { baseDateTime: BASE, timeZone: 'Europe/Paris' }],
    ['[yyyy-MM-dd]', '2024-05-01'],
  ];
  for (const [format, expected, context] of cases) {
    it(`'${format}' renders ${expected}`, () => {
      expect(dateTime({ format }, context)).toBe(expected);
    });
  }

  it('keeps the example for reserved or unknown letters and unterminated quotes', () => {
    expect(dateTime({ format: 'yyyy #' })).toBe('example');
    expect(dateTime({ format: 'yyyy bbb' })).toBe('example');
    expect(dateTime({ format: "yyyy 'T" })).toBe('example');
  });

  it('keeps the example for an unknown time zone or a base date that is not a date', () => {
    expect(dateTime({}, { baseDateTime: BASE, timeZone: 'Mars/Olympus' })).toBe('example');
    expect(dateTime({}, { baseDateTime: 'soon', timeZone: 'UTC' })).toBe('example');
  });
});

describe('date expressions', () => {
  const cases: [string, string][] = [
    ['now', '2024-05-01T13:45:10'],
    ['today', '2024-05-01T13:45:10'],
    ['', '2024-05-01T13:45:10'],
    ['+ 2 days', '2024-05-03T13:45:10'],
    ['+2 days', '2024-05-03T13:45:10'],
    ['- 1 week', '2024-04-24T13:45:10'],
    ['+ 3 months', '2024-08-01T13:45:10'],
    ['+ 1 year - 2 days', '2025-04-29T13:45:10'],
    ['yesterday', '2024-04-30T13:45:10'],
    ['tomorrow @ noon', '2024-05-02T12:00:00'],
    ['TOMORROW @ NOON', '2024-05-02T12:00:00'],
    ['last month @ midnight + 2 hours', '2024-04-01T02:00:00'],
    ['@ midnight', '2024-05-01T00:00:00'],
    ['today @ + 90 minutes', '2024-05-01T15:15:10'],
    ['@ - 10 seconds', '2024-05-01T13:45:00'],
    ['next hour', '2024-05-01T14:45:10'],
    ['next fortnight', '2024-05-15T13:45:10'],
    ['next friday', '2024-05-03T13:45:10'],
    ['next wednesday', '2024-05-08T13:45:10'],
    ['last monday @ noon', '2024-04-29T12:00:00'],
    ['next may', '2025-05-01T13:45:10'],
    ['last december', '2023-12-01T13:45:10'],
    ['next year', '2025-05-01T13:45:10'],
    ["tomorrow @ 3 o'clock pm", '2024-05-02T15:00:00'],
    ["@ 12 o'clock am", '2024-05-01T00:00:00'],
    ["@ 7 o'clock", '2024-05-01T07:00:00'],
  ];
  for (const [expression, expected] of cases) {
    it(`'${expression}' gives ${expected}`, () => {
      expect(dateTime({ format: ISO, expression })).toBe(expected);
    });
  }

  it('apply to Date and Time generators too', () => {
    expect(generateValue({ type: 'Date', expression: '+ 2 days' }, 'x', UTC)).toBe('2024-05-03');
    expect(generateValue({ type: 'Time', expression: '@ noon + 30 minutes' }, 'x', UTC)).toBe('12:30:00');
    expect(generateValue({ type: 'Time', expression: '+ 2 hours', format: 'HH:mm' }, 'x', UTC)).toBe('15:45');
  });

  it("count days and midnights in the context zone's wall clock, across a DST change", () => {
    // 9 March 2024 12:00 in New York (EST); DST starts on the 10th.
    const newYork: GeneratorContext = { baseDateTime: '2024-03-09T17:00:00Z', timeZone: 'America/New_York' };
    expect(dateTime({ format: "yyyy-MM-dd'T'HH:mm:ssXXX", expression: '+ 1 day' }, newYork)).toBe('2024-03-10T12:00:00-04:00');
    expect(dateTime({ format: "yyyy-MM-dd'T'HH:mm:ssXXX", expression: 'tomorrow @ midnight' }, newYork)).toBe(
      '2024-03-10T00:00:00-05:00',
    );
    // 00:45 on 2 May at +11:00 while still 1 May in UTC: "tomorrow" is the 3rd.
    const plus11: GeneratorContext = { baseDateTime: BASE, timeZone: '+11:00' };
    expect(dateTime({ format: "yyyy-MM-dd'T'HH:mm:ssXXX", expression: 'tomorrow @ midnight' }, plus11)).toBe(
      '2024-05-03T00:00:00+11:00',
    );
  });

  it('keeps the example for expressions it cannot read', () => {
    for (const expression of ['sometime soon', '+ 2 fortnights ago', '+ days', 'next blue moon', "13 o'clock pm", '+ 1.5 days']) {
      expect(dateTime({ format: ISO, expression })).toBe('example');
    }
  });
});
