// application/x-www-form-urlencoded bodies: the query algorithm with body rules at `$.<name>`
// (matching.md §2.12). Unexpected parameters fail in requests and responses alike.
import { parseQueryString } from '../../model/query-string.js';
import type { Mismatch } from '../types.js';
import { compareParameters } from '../parameters.js';
import { withShownValues } from '../shown-values.js';
import { renderSegment } from './body-path.js';
import type { BodyContext } from './context.js';
import { refused } from './refused.js';
import { msg } from '../messages.js';
import { utf8Text } from '../../model/bytes.js';

/** `&`-separated segments (an upper bound on fields), counted up to just past `stop`. */
function countFields(text: string, stop: number): number {
  let n = 1;
  for (let i = text.indexOf('&'); i !== -1 && n <= stop; i = text.indexOf('&', i + 1)) n++;
  return n;
}

export function compareForm(expected: Uint8Array, actual: Uint8Array, ctx: BodyContext): Mismatch[] {
  const out: Mismatch[] = [];
  const actualText = utf8Text(actual);
  const fields = countFields(actualText, ctx.limits.maxFormFields);
  if (fields > ctx.limits.maxFormFields) {
    return refused(ctx, msg.tooMany('form fields', fields, ctx.limits.maxFormFields, 'maxFormFields'));
  }
  const e = parseQueryString(utf8Text(expected));
  const a = parseQueryString(actualText);
  compareParameters(
    e,
    a,
    (name) => ctx.cursor.child(name).best()?.list,
    'form post parameter',
    (name, ev, av, mismatch, shown) => out.push(withShownValues({ type: 'BodyMismatch', path: `$${renderSegment(name)}`, expected: ev, actual: av, mismatch: ctx.prefix + mismatch }, () => shown)),
  );
  return out;
}
