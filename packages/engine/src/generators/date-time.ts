import type { Generator, JsonValue } from '../model/types.js';
import { stringAttribute } from './attributes.js';
import type { GeneratorContext } from './context.js';
import { applyDateExpression } from './date-expression.js';
import { GeneratorError } from './generator-error.js';
import { formatJavaPattern } from './java-date-pattern.js';
import { wallClockAt } from './wall-clock-date.js';
import { zoneOffset } from './zone-offset.js';

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
  // Date arithmetic may cross a DST change, so it works in the zone itself; rendering needs the
  // offset at the final instant only (wallClockAt refuses an unknown zone).
  let at = instant;
  if (expression !== undefined) {
    if (Number.isNaN(zoneOffset(zone, instant))) throw new GeneratorError(`unknown time zone '${zone ?? ''}'`);
    at = applyDateExpression(instant, zone, expression);
  }
  if (!Number.isFinite(at) || Math.abs(at) > 8.64e15) throw new GeneratorError(`${type}: expression '${expression ?? ''}' gives no valid date`);
  const date = wallClockAt(at, zone);
  if (date === undefined) throw new GeneratorError(`unknown time zone '${zone ?? ''}'`);
  return formatJavaPattern(date, pattern);
}

function baseInstant(context: GeneratorContext): number {
  const raw = context.baseDateTime;
  const instant = raw === undefined ? Date.now() : new Date(raw).getTime();
  if (Number.isNaN(instant)) throw new GeneratorError(`baseDateTime ${JSON.stringify(raw)} is not a date`);
  return instant;
}

/** Named, so `VV` can print it; undefined only where Intl has no zone data. */
function systemTimeZone(): string | undefined {
  const zone: unknown = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return typeof zone === 'string' && zone !== '' ? zone : undefined;
}
