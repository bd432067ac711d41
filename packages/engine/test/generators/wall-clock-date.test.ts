import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { formatJavaPattern } from '../../src/generators/java-date-pattern.js';
import { wallClockAt } from '../../src/generators/wall-clock-date.js';

// Every Java letter the generators support, in one pattern per group so a failure names its letters.
const PATTERNS = [
  "yyyy-MM-dd'T'HH:mm:ss.SSSXXX",
  'G u yy Y YYYY QQQ qqqq MMMM LLL',
  'D DDD d w W F E EEEE e c',
  'a h hh H k K m s S SSSSSS n A N',
  'x xx xxx X XX XXX Z ZZZZ ZZZZZ O OOOO z zzzz VV',
  "''yyyy'' 'at' HH''mm",
];

const ZONES = ['UTC', 'Etc/GMT+5', '+05:30', '-03:00', 'Europe/Paris', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Kathmandu'];

// Around DST changes, year ends and a leap day.
const INSTANTS = [
  '2024-03-31T00:59:59.999Z',
  '2024-03-31T01:00:00.000Z',
  '2024-10-27T00:30:00.001Z',
  '2024-12-31T23:30:00.000Z',
  '2024-02-29T12:00:00.000Z',
  '2021-01-03T05:00:00.000Z',
].map((text) => new Date(text).getTime());

describe('wall-clock dates render as the zone-aware TZDate does', () => {
  for (const zone of ZONES) {
    it(`in ${zone}`, () => {
      for (const instant of INSTANTS) {
        const wallClock = wallClockAt(instant, zone);
        expect(wallClock).toBeDefined();
        for (const pattern of PATTERNS) {
          expect(formatJavaPattern(wallClock as Date, pattern), `${new Date(instant).toISOString()} ${pattern}`).toBe(
            formatJavaPattern(new TZDate(instant, zone), pattern),
          );
        }
      }
    });
  }

  it('in the process zone when no zone is named', () => {
    const instant = INSTANTS[0] as number;
    expect(formatJavaPattern(wallClockAt(instant, undefined) as Date, PATTERNS[0] as string)).toBe(
      formatJavaPattern(new TZDate(instant), PATTERNS[0] as string),
    );
  });

  it('count calendar fields from the wall clock even when the zone changed its offset that year', () => {
    // Kathmandu moved from +05:30 to +05:45 on 1986-01-01; TZDate counts this as day 167.
    const instant = new Date('1986-06-15T10:20:00Z').getTime();
    expect(formatJavaPattern(wallClockAt(instant, 'Asia/Kathmandu') as Date, 'yyyy-MM-dd D')).toBe('1986-06-15 166');
  });

  it('are undefined for an unknown zone', () => {
    expect(wallClockAt(0, 'Mars/Olympus_Mons')).toBeUndefined();
  });
});
