import type { Mismatch } from './types.js';

/**
 * The one order problems are listed in, wherever they appear (`matchRequest`, a 500's body,
 * `mockServerMismatches`, the readable report): the request line, then as a message reads: status,
 * query, headers, the body's content type, the body. Inside a part by location: query parameter,
 * header name (in any case), body path; at one location in the order found (a count before the
 * items, rules in their order). The official server lists query and header problems from a hash
 * map; without a fixed order one failure would print differently from run to run.
 */
const PART_ORDER: Record<Mismatch['type'], number> = {
  MethodMismatch: 0,
  PathMismatch: 1,
  StatusMismatch: 2,
  QueryMismatch: 3,
  HeaderMismatch: 4,
  BodyTypeMismatch: 5,
  BodyMismatch: 6,
};

function locationKey(mismatch: Mismatch): string {
  switch (mismatch.type) {
    case 'QueryMismatch':
      return mismatch.parameter;
    case 'HeaderMismatch':
      return mismatch.key.toLowerCase();
    case 'BodyMismatch':
      return mismatch.path;
    default:
      return '';
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares two problems by the one order (see above). */
export function byMismatchOrder(a: Mismatch, b: Mismatch): number {
  return PART_ORDER[a.type] - PART_ORDER[b.type] || compareText(locationKey(a), locationKey(b));
}

/** The problems in the one order, as a new list (the sort is stable). */
export function orderMismatches(mismatches: readonly Mismatch[]): Mismatch[] {
  return mismatches.length < 2 ? [...mismatches] : [...mismatches].sort(byMismatchOrder);
}
