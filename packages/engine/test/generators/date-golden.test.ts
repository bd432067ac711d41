// The Date/Time/DateTime generators render exactly what the date-fns based renderer rendered
// (test/generators/fixtures/date-golden.json, recorded by scripts/date-golden.mts before date-fns
// was replaced): every pattern letter and width, edge instants, nine zones, forty expressions.
//
// One deliberate exception: before standard time (years 1 and 44 BC here), zones ran on local mean
// time, an offset with seconds (London -00:01:15, Sydney +10:04:52). The recorded renderer dropped
// those seconds from the wall clock, and west of Greenwich with a zero hour (London) read the
// offset with the wrong sign. Those rows are checked against the true local mean time instead.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateTimeValue } from '../../src/generators/date-time.js';

interface Golden {
  patterns: string[];
  expressions: string[];
  expressionFormat: string;
  zones: string[];
  instants: string[];
  renderings: Record<string, Record<string, string[]>>;
}

const golden = JSON.parse(readFileSync(new URL('./fixtures/date-golden.json', import.meta.url), 'utf8')) as Golden;

function render(format: string, expression: string | undefined, instant: string, zone: string): string {
  try {
    const generator = expression === undefined ? { type: 'DateTime', format } : { type: 'DateTime', format, expression };
    return String(dateTimeValue('DateTime', generator, { baseDateTime: instant, timeZone: zone }));
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** True when the zone's offset at the instant has a seconds part (local mean time). */
function lmt(zone: string, instant: string): boolean {
  try {
    const text = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).format(new Date(instant));
    return /GMT[+-]\d\d:\d\d:\d\d/.test(text);
  } catch {
    return false;
  }
}

describe.each(golden.zones)('dates rendered in %s', (zone) => {
  const recorded = golden.instants.filter((instant) => !lmt(zone, instant));
  it.each(recorded)('at %s: every pattern and expression as recorded', (instant) => {
    const expected = golden.renderings[zone]?.[instant] ?? [];
    const actual = [
      ...golden.patterns.map((format) => render(format, undefined, instant, zone)),
      ...golden.expressions.map((expression) => render(golden.expressionFormat, expression, instant, zone)),
    ];
    const labels = [...golden.patterns, ...golden.expressions.map((e) => `expression '${e}'`)];
    const differences = labels.flatMap((label, i) => (actual[i] === expected[i] ? [] : [`${label}: ${actual[i]} (recorded ${expected[i]})`]));
    expect(differences).toEqual([]);
    expect(actual).toHaveLength(expected.length);
  });
});

describe('local mean time (offsets with seconds, before standard time)', () => {
  it('is rendered as the true wall clock, seconds included, with the sign of the offset', () => {
    expect(render("yyyy-MM-dd'T'HH:mm:ss G xxx", undefined, '0001-01-01T00:00:00.000Z', 'Europe/London')).toBe('0001-12-31T23:58:45 BC -00:01');
    expect(render("yyyy-MM-dd'T'HH:mm:ss xxx", undefined, '0001-01-01T00:00:00.000Z', 'Australia/Sydney')).toBe('0001-01-01T10:04:52 +10:04');
    expect(render("yyyy-MM-dd'T'HH:mm:ss", 'midnight', '0001-01-01T00:00:00.000Z', 'Australia/Sydney')).toBe('0001-01-01T00:00:00');
    expect(render("yyyy-MM-dd'T'HH:mm:ss", 'tomorrow', '1800-06-01T12:00:00.000Z', 'America/New_York')).toBe('1800-06-02T07:03:58');
  });

  it('leaves every other recorded rendering as it was', () => {
    const skipped = golden.zones.flatMap((zone) => golden.instants.filter((instant) => lmt(zone, instant)).map((instant) => `${zone} ${instant}`));
    // 6 zones × 2 ancient instants; UTC, a fixed offset and Etc/GMT+10 never had seconds.
    expect(skipped).toHaveLength(12);
  });
});
