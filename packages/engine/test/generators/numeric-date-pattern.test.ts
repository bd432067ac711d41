import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { describe, expect, it } from 'vitest';
import { formatJavaPattern, toDateFnsPattern } from '../../src/generators/java-date-pattern.js';
import { wallClockAt } from '../../src/generators/wall-clock-date.js';

// Patterns of literals and numeric fields only are rendered without date-fns `format`; the text
// must stay exactly what date-fns prints for the translated pattern.
const PATTERNS = [
  "yyyy-MM-dd'T'HH:mm:ss",
  "yyyy-MM-dd'T'HH:mm:ss.SSS",
  'y yyy yyyyy M d H m s',
  'S SS SSSS SSSSSS SSSSSSSSS',
  "uuuu/MM/dd 'at' HH''mm''ss",
  "''yyyy''",
  'yyyyMMddHHmmss',
];

const INSTANTS = [
  '2024-02-29T09:05:03.007Z',
  '1999-12-31T23:59:59.999Z',
  '0099-07-04T00:00:00.000Z',
  '0000-01-01T12:00:00.120Z',
  '-000042-03-01T01:02:03.004Z',
  '+012345-06-07T08:09:10.011Z',
].map((text) => new Date(text).getTime());

const DATE_FNS_OPTIONS = { useAdditionalDayOfYearTokens: true, useAdditionalWeekYearTokens: true } as const;

describe('numeric date patterns', () => {
  for (const pattern of PATTERNS) {
    it(`render '${pattern}' as date-fns does`, () => {
      for (const instant of INSTANTS) {
        for (const date of [wallClockAt(instant, '+05:30') as Date, new TZDate(instant, 'America/St_Johns')]) {
          expect(formatJavaPattern(date, pattern), new Date(instant).toISOString()).toBe(format(date, toDateFnsPattern(date, pattern), DATE_FNS_OPTIONS));
        }
      }
    });
  }

  it('refuse an invalid date as date-fns does', () => {
    expect(() => formatJavaPattern(new Date(Number.NaN), 'yyyy-MM-dd')).toThrow(RangeError);
  });
});
