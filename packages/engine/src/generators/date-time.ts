import { TZDate } from '@date-fns/tz';
import type { Generator, JsonValue } from '../model/types.js';
import { stringAttribute } from './attributes.js';
import type { GeneratorContext } from './context.js';
import { applyDateExpression } from './date-expression.js';
import { GeneratorError } from './generator-error.js';
import { formatJavaPattern, type ZonedDate } from './java-date-pattern.js';
import { wallClockAt } from './wall-clock-date.js';

/**
 * Default formats when a generator has none (matching.md §5.1). The DateTime default mirrors the
 * official implementation (`2024-05-01T13:45:10.123+1000`), whose offset has no colon.
 */
const DEFAULT_FORMATS: Record<'Date' | 'Time' | 'DateTime', string> = {
  Date: 'yyyy-MM-dd',
  Time: 'HH:mm:ss',
  DateTime: "yyyy-MM-dd'T'HH:mm:ss.SSSxx",
};

/** `Date`, `Time`, `DateTime`: the base instant moved by `expression`, rendered with `format`. */
export function dateTimeValue(type: 'Date' | 'Time' | 'DateTime', generator: Generator, context: GeneratorContext): JsonValue {
  const pattern = stringAttribute(generator, 'format') ?? DEFAULT_FORMATS[type];
  const expression = stringAttribute(generator, 'expression');
  const instant = baseInstant(context);
  const zone = context.timeZone ?? systemTimeZone();
  let date: ZonedDate;
  if (expression === undefined) {
    // Rendering one instant needs its offset once; a TZDate looks the zone up on every field write.
    const wallClock = wallClockAt(instant, zone);
    if (wallClock === undefined) throw new GeneratorError(`unknown time zone '${zone ?? ''}'`);
    date = wallClock;
  } else {
    // Date arithmetic may cross a DST change, so it needs the zone itself.
    date = applyDateExpression(zonedDate(instant, zone), expression);
    if (Number.isNaN(date.getTime())) throw new GeneratorError(`${type}: expression '${expression}' gives no valid date`);
  }
  return formatJavaPattern(date, pattern);
}

function baseInstant(context: GeneratorContext): number {
  const raw = context.baseDateTime;
  const instant = raw === undefined ? Date.now() : new Date(raw).getTime();
  if (Number.isNaN(instant)) throw new GeneratorError(`baseDateTime ${JSON.stringify(raw)} is not a date`);
  return instant;
}

function zonedDate(instant: number, zone: string | undefined): TZDate {
  const date = zone === undefined ? new TZDate(instant) : new TZDate(instant, zone);
  if (Number.isNaN(date.getTimezoneOffset())) throw new GeneratorError(`unknown time zone '${zone ?? ''}'`);
  return date;
}

/** Named, so `VV` can print it; undefined only where Intl has no zone data. */
function systemTimeZone(): string | undefined {
  const zone: unknown = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return typeof zone === 'string' && zone !== '' ? zone : undefined;
}
