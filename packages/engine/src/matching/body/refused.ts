// The one mismatch a body past an input limit gets: no expected/actual text (the body was never
// walked, and may be megabytes), the limit's message, and where it was reached.
import type { Mismatch } from '../types.js';
import type { BodyContext } from './context.js';

export function refused(ctx: BodyContext, mismatch: string, path = '$'): Mismatch[] {
  return [{ type: 'BodyMismatch', path, expected: null, actual: null, mismatch: ctx.prefix + mismatch }];
}
