let zoneCache: { tz: string | undefined; zone: string | undefined } | undefined;

/**
 * The process's local time zone, resolved once per value of `TZ` (the only way it changes in a
 * running process). Left to the generators, it is resolved with a new `Intl.DateTimeFormat` per
 * generated date — most of the cost of a generated response.
 */
export function localZone(): string | undefined {
  const tz = process.env['TZ'];
  if (zoneCache === undefined || zoneCache.tz !== tz) {
    const zone: unknown = Intl.DateTimeFormat().resolvedOptions().timeZone;
    zoneCache = { tz, zone: typeof zone === 'string' && zone !== '' ? zone : undefined };
  }
  return zoneCache.zone;
}
