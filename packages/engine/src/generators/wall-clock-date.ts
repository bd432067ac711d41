import { zoneOffset } from './zone-offset.js';

/**
 * A date whose local fields are the wall clock of one fixed UTC offset: it stores the instant
 * shifted by the offset and reads its local fields through the UTC ones, so the process's own zone
 * never reinterprets them. Only the fields are meaningful (`getTime()` is the shifted instant):
 * it is what the Java pattern renderer reads.
 */
export class WallClockDate extends Date {
  constructor(
    shiftedTime: number,
    private readonly offsetMinutes: number,
    /** The zone name `VV` prints. */
    readonly timeZone: string | undefined,
  ) {
    super(shiftedTime);
    readLocalFieldsAsUtc();
  }

  override getTimezoneOffset(): number {
    // An offset with seconds (historic zones) is cut to whole minutes, towards zero.
    return Math.trunc(-this.offsetMinutes);
  }
}

let localFieldsReadUtc = false;

/**
 * Makes the local getters and setters their UTC counterparts (getHours -> getUTCHours, ...). Done
 * at the first date, not as the module loads: every process that starts the engine would pay for
 * it (about 0.3 ms of a cold start, measured), and only date generators need it.
 */
function readLocalFieldsAsUtc(): void {
  if (localFieldsReadUtc) return;
  localFieldsReadUtc = true;
  const local = /^(get|set)(?!UTC)/;
  for (const name of Object.getOwnPropertyNames(Date.prototype)) {
    if (!local.test(name)) continue;
    const utc: unknown = Reflect.get(Date.prototype, name.replace(local, '$1UTC'));
    if (typeof utc === 'function') Object.defineProperty(WallClockDate.prototype, name, { value: utc, writable: true, configurable: true });
  }
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
    offset = zoneOffset(zone, instant);
    if (Number.isNaN(offset)) return undefined;
    if (zone !== undefined && FIXED_ZONE.test(zone) && fixedOffsets.size < 100) fixedOffsets.set(zone, offset);
  }
  // The wall clock moves by the offset rounded to whole seconds.
  return new WallClockDate(instant + Math.round(offset * 60) * 1000, offset, zone);
}

/** The wall-clock time (UTC fields = the zone's local fields) of `instant` in `zone`. */
export function toWallTime(instant: number, zone: string | undefined): number {
  return instant + Math.round(zoneOffset(zone, instant) * 60) * 1000;
}

/**
 * The instant whose wall clock in `zone` reads `wall`. A wall time that occurs twice (clocks going
 * back) is the earlier instant; one that never occurs (clocks going forward) is moved forward by
 * the gap, so `02:30` on a spring-forward night is `03:30`.
 */
export function fromWallTime(wall: number, zone: string | undefined): number {
  const DAY = 86_400_000;
  const before = Math.round(zoneOffset(zone, wall - DAY) * 60) * 1000;
  const after = Math.round(zoneOffset(zone, wall + DAY) * 60) * 1000;
  const fits = (offset: number): boolean => toWallTime(wall - offset, zone) === wall;
  const candidates = [wall - before, wall - after].filter((instant, i) => fits(i === 0 ? before : after));
  if (candidates.length > 0) return Math.min(...candidates);
  // In a gap, or the offset changed twice within the day: take the offset in force at the guess.
  const guess = wall - Math.round(zoneOffset(zone, wall - before) * 60) * 1000;
  return fits(wall - guess) ? guess : wall - before;
}
