// The `include` rule: the value's text contains a substring.
import { msg } from '../messages.js';

export function includeText(a: string, substring: string): string | undefined {
  return a.includes(substring) ? undefined : msg.include(a, substring);
}
