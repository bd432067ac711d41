import { tzOffset } from '@date-fns/tz';

/**
 * A date whose local fields are the wall clock of one fixed UTC offset: it stores the instant
 * shifted by the offset and reads and writes its local fields through the UTC ones, like
 * `@date-fns/tz`'s `TZDate` but without a time-zone database lookup on every construction and
 * field write (date-fns `format` constructs several copies per call). Only the fields are
 * meaningful — `getTime()` is the shifted instant — so it is for rendering, and for calendar
 * arithmetic only where the offset cannot change (a fixed-offset zone).
 */
export class WallClockDate extends Date {
  constructor(
    shiftedTime: number,
    private readonly offsetMinutes: number,
    /** The zone name `VV` prints. */
    readonly timeZone: string | undefined,
  ) {
    super(shiftedTime);
  }

  override getTimezoneOffset(): number {
    // As TZDate: an offset with seconds (historic zones) is cut to whole minutes, towards zero.
    return Math.trunc(-this.offsetMinutes);
  }

  /** date-fns builds its intermediate dates through this, so they stay in the same offset. */
  [Symbol.for('constructDateFrom')](value: Date | number | string): WallClockDate {
    return new WallClockDate(+new Date(value), this.offsetMinutes, this.timeZone);
  }
}

// Local getters and setters become their UTC counterparts (getHours -> getUTCHours, ...).
const LOCAL = /^(get|set)(?!UTC)/;
for (const name of Object.getOwnPropertyNames(Date.prototype)) {
  if (!LOCAL.test(name)) continue;
  const utc: unknown = Reflect.get(Date.prototype, name.replace(LOCAL, '$1UTC'));
  if (typeof utc === 'function') Object.defineProperty(WallClockDate.prototype, name, { value: utc, writable: true, configurable: true });
}

/** Zone names whose offset never changes (spellings Intl reports or users commonly pass). */
const FIXED_ZONE = /^(?:[+-]\d\d(?::?\d\d)?|(?:Etc\/)?(?:UTC|UCT|GMT|GMT0|GMT[+-]0|Universal|Zulu|Greenwich)|Etc\/GMT[+-]\d{1,2})$/;
const fixedOffsets = new Map<string, number>();

/**
 * The wall clock of `zone` (the process's zone when undefined) at `instant`, or `undefined` for
 * an unknown zone. Fixed-offset zones are looked up once; other zones once per call.
 */
export function wallClockAt(instant: number, zone: string | undefined): WallClockDate | undefined {
  let offset = zone === undefined ? undefined : fixedOffsets.get(zone);
  if (offset === undefined) {
    offset = tzOffset(zone, new Date(instant));
    if (Number.isNaN(offset)) return undefined;
    if (zone !== undefined && FIXED_ZONE.test(zone) && fixedOffsets.size < 100) fixedOffsets.set(zone, offset);
  }
  // As TZDate: the wall clock moves by the offset rounded to whole seconds.
  return new WallClockDate(instant + Math.round(offset * 60) * 1000, offset, zone);
}
