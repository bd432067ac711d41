import { describe, expect, it } from 'vitest';
import { formatJavaPattern } from '../../src/generators/java-date-pattern.js';
import { wallClockAt } from '../../src/generators/wall-clock-date.js';

// Patterns of literals and numeric fields only are rendered in one tight loop; the text must stay
// exactly what the per-letter renderers print. A trailing era field (`G`) sends the same pattern
// down the general path, and its text is cut off again.
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

describe('numeric date patterns', () => {
  for (const pattern of PATTERNS) {
    it(`render '${pattern}' as the per-letter renderers do`, () => {
      for (const instant of INSTANTS) {
        for (const date of [wallClockAt(instant, '+05:30') as Date, wallClockAt(instant, 'America/St_Johns') as Date]) {
          const general = formatJavaPattern(date, `${pattern}'|'G`).replace(/\|(AD|BC)$/, '');
          expect(formatJavaPattern(date, pattern), new Date(instant).toISOString()).toBe(general);
        }
      }
    });
  }

  it('refuse an invalid date', () => {
    expect(() => formatJavaPattern(new Date(Number.NaN), 'yyyy-MM-dd')).toThrow(RangeError);
  });
});
