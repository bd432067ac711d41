// application/x-www-form-urlencoded bodies: the query algorithm with body rules at `$.<name>`
// (matching.md §2.12). Unexpected parameters fail in requests and responses alike.
import { parseQueryString } from '../../model/query-string.js';
import type { Mismatch } from '../types.js';
import { compareParameters } from '../parameters.js';
import { renderSegment } from './body-path.js';
import type { BodyContext } from './context.js';

export function compareForm(expected: Buffer, actual: Buffer, ctx: BodyContext): Mismatch[] {
  const out: Mismatch[] = [];
  const e = parseQueryString(expected.toString('utf8'));
  const a = parseQueryString(actual.toString('utf8'));
  compareParameters(
    e,
    a,
    (name) => ctx.cursor.child(name).best()?.list,
    'form post parameter',
    (name, ev, av, mismatch) => out.push({ type: 'BodyMismatch', path: `$${renderSegment(name)}`, expected: ev, actual: av, mismatch: ctx.prefix + mismatch }),
  );
  return out;
}
