// UTC offsets of time zones, from the runtime's own zone data (Intl): no time-zone library.

const offsetFormats = new Map<string, (date: Date) => string>();
const FORMAT_CACHE_LIMIT = 100;

function offsetFormat(zone: string | undefined): (date: Date) => string {
  const key = zone ?? '';
  let format = offsetFormats.get(key);
  if (format === undefined) {
    // `longOffset` gives the same shape for every zone: `5/19/2026, GMT-08:00` (`GMT` alone at zero).
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).format;
    if (offsetFormats.size >= FORMAT_CACHE_LIMIT) offsetFormats.clear();
    offsetFormats.set(key, format);
  }
  return format;
}

/** `+05:30` → 330, `-08` → -480, `+10:04:52` → 604.866… (historic offsets have seconds). */
function minutesOf(hours: string, minutes = '0', seconds = '0'): number {
  const h = Number(hours);
  const rest = Number(minutes) + Number(seconds) / 60;
  return h * 60 + (hours.startsWith('-') ? -rest : rest);
}

const OFFSET = /([+-]\d\d):?(\d\d)?(?::?(\d\d))?/;

/**
 * The UTC offset in minutes of `zone` (an IANA name or `±HH:MM`; the process's zone when
 * undefined) at `instant`: `480` for UTC+8. `NaN` for a zone the runtime does not know. Runtimes
 * whose Intl does not take offset zones (`+05:30`) get them parsed here.
 */
export function zoneOffset(zone: string | undefined, instant: number): number {
  try {
    const text = offsetFormat(zone)(new Date(instant)).split('GMT')[1] ?? '';
    if (text === '') return 0;
    const m = OFFSET.exec(text);
    return m?.[1] === undefined ? NaN : minutesOf(m[1], m[2], m[3]);
  } catch {
    const m = zone === undefined ? null : OFFSET.exec(zone);
    return m?.[1] === undefined ? NaN : minutesOf(m[1], m[2], m[3]);
  }
}
