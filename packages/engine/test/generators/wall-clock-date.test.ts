import { describe, expect, it } from 'vitest';
import { formatJavaPattern } from '../../src/generators/java-date-pattern.js';
import { fromWallTime, toWallTime, wallClockAt } from '../../src/generators/wall-clock-date.js';

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

/** The zone's wall clock at an instant as the runtime's own Intl data gives it: `2024-03-31 02:59:59`. */
function intlWallClock(instant: number, zone: string | undefined): string {
  // Node 20's Intl takes no offset zones (`+05:30`): their wall clock is the instant moved by the offset.
  const fixed = zone === undefined ? null : /^([+-])(\d\d):(\d\d)$/.exec(zone);
  if (fixed) {
    const minutes = (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3]));
    return new Date(instant + minutes * 60_000).toISOString().slice(0, 19).replace('T', ' ');
  }
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

describe('wall-clock dates', () => {
  for (const zone of ZONES) {
    it(`in ${zone}: read the zone's wall clock as Intl does, and render every letter`, () => {
      for (const instant of INSTANTS) {
        const wallClock = wallClockAt(instant, zone);
        expect(wallClock).toBeDefined();
        expect(formatJavaPattern(wallClock as Date, 'yyyy-MM-dd HH:mm:ss'), `${new Date(instant).toISOString()}`).toBe(intlWallClock(instant, zone));
        for (const pattern of PATTERNS) expect(formatJavaPattern(wallClock as Date, pattern)).not.toBe('');
        // Back from the wall clock to the same instant (none of these instants is in an overlap).
        expect(fromWallTime(toWallTime(instant, zone), zone)).toBe(instant);
      }
    });
  }

  it('in the process zone when no zone is named', () => {
    const instant = INSTANTS[0] as number;
    expect(formatJavaPattern(wallClockAt(instant, undefined) as Date, 'yyyy-MM-dd HH:mm:ss')).toBe(intlWallClock(instant, undefined));
  });

  it('a wall time that occurs twice is the earlier instant; one that never occurs moves forward by the gap', () => {
    // Paris: 2024-10-27 02:30 happens at 00:30Z (summer) and 01:30Z (winter); 2024-03-31 02:30 never happens.
    expect(new Date(fromWallTime(Date.UTC(2024, 9, 27, 2, 30), 'Europe/Paris')).toISOString()).toBe('2024-10-27T00:30:00.000Z');
    expect(new Date(fromWallTime(Date.UTC(2024, 2, 31, 2, 30), 'Europe/Paris')).toISOString()).toBe('2024-03-31T01:30:00.000Z');
    expect(intlWallClock(fromWallTime(Date.UTC(2024, 2, 31, 2, 30), 'Europe/Paris'), 'Europe/Paris')).toBe('2024-03-31 03:30:00');
  });

  it('count calendar fields from the wall clock even when the zone changed its offset that year', () => {
    // Kathmandu moved from +05:30 to +05:45 on 1986-01-01; a count through instants gives day 167.
    const instant = new Date('1986-06-15T10:20:00Z').getTime();
    expect(formatJavaPattern(wallClockAt(instant, 'Asia/Kathmandu') as Date, 'yyyy-MM-dd D')).toBe('1986-06-15 166');
  });

  it('are undefined for an unknown zone', () => {
    expect(wallClockAt(0, 'Mars/Olympus_Mons')).toBeUndefined();
  });
});
