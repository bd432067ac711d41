import { describe, expect, test } from 'vitest';
import { compileDatePattern, validateDate } from '../../src/matching/rules/datetime-pattern.js';

function ok(pattern: string, text: string): boolean {
  const p = compileDatePattern(pattern);
  if (p instanceof Error) throw p;
  return validateDate(p, text) === undefined;
}

describe('Java DateTimeFormatter pattern validation', () => {
  test.each([
    ['yyyy-MM-dd', '2024-02-29', true],
    ['yyyy-MM-dd', '2023-02-29', false],
    ['yyyy-MM-dd', '2023-02-30', false],
    ['yyyy-MM-dd', '2023-7-9', true],
    ['yyyy-MM-dd', '23/07/19', false],
    ['yyyy-MM-dd', '2023-13-01', false],
    ['yyyy-MM-dd', '2023-01-01T', false],
    ['HH:mm:ss', '23:59:60', true],
    // Day of year runs to 366; the days after 28 fall in the 5th aligned week (F) and late days can
    // be in the 6th week of the month (W), which the Date generator produces for these letters.
    ['yyyy-DDD', '2024-366', true],
    ['yyyy-DDD', '2024-359', true],
    ['yyyy-DDD', '2024-367', false],
    ['yyyy-MM-dd F', '2024-03-31 5', true],
    ['yyyy-MM W', '2024-03 6', true],
    ['HH:mm:ss', '24:00:00', false],
    ["yyyy-MM-dd'T'HH:mm:ssXXX", '2024-05-01T13:45:10Z', true],
    ["yyyy-MM-dd'T'HH:mm:ssXXX", '2024-05-01T13:45:10+10:00', true],
    ["yyyy-MM-dd'T'HH:mm:ssXXX", '2024-05-01T13:45:10.123Z', false],
    ["yyyy-MM-dd'T'HH:mm:ssXXX", '2024-05-01T13:45:10+1000', false],
    ["yyyy-MM-dd'T'HH:mm:ss.SSSZ", '2024-05-01T13:45:10.123+1000', true],
    ["yyyy-MM-dd'T'HH:mm:ss.SSSxxx", '2024-05-01T13:45:10.123Z', false],
    ['EEE, dd MMM yyyy HH:mm:ss z', 'Tue, 01 Oct 2024 10:00:00 GMT', true],
    ['EEEE d MMMM yyyy', 'monday 3 june 2024', true],
    ['dd/MM/yy', '01/12/24', true],
    ['h:mm a', '3:05 PM', true],
    ['h:mm a', '13:05 PM', false],
    ["'Q'Q yyyy", 'Q3 2024', true],
    ["yyyy-MM-dd'T'HH:mm:ss'['VV']'", '2024-01-01T00:00:00[Europe/Paris]', true],
    ["yyyy-MM-dd'T'HH:mm:ss'['VV']'", '2024-01-01T00:00:00[Mars/Olympus]', false],
    ["HH 'o''clock'", "10 o'clock", true],
  ])('%s vs %s → %s', (pattern, text, expected) => {
    expect(ok(pattern, text)).toBe(expected);
  });

  test('unknown letters are rejected as a pattern error', () => {
    expect(compileDatePattern('yyyy-bb')).toBeInstanceOf(Error);
  });
});
