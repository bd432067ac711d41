/**
 * Where a failure points when the test never called `pact`: the test's declaration, found in the
 * test file by its name (the plugin does not turn on `includeTaskLocation`).
 */
import { describe, expect, it } from 'vitest';
import { declarationIn } from '../src/failure-location.js';

const source = [
  "import { test, it } from 'vitest';",
  '',
  "test('gets a user', async () => {});",
  '  it.only("deletes a user (twice?)", () => {});',
  'describe(`x`, () => { test.skip(`lists users`, () => {}); });',
  "test.each([1, 2])('gets user %i', () => {});",
  "attest('spoofed', () => {});",
].join('\n');

describe('declarationIn', () => {
  it('finds a test by its name, with any quote and modifier, at the call (1-based line and column)', () => {
    expect(declarationIn(source, 'gets a user')).toEqual({ line: 3, column: 1 });
    expect(declarationIn(source, 'deletes a user (twice?)')).toEqual({ line: 4, column: 3 });
    expect(declarationIn(source, 'lists users')).toEqual({ line: 5, column: 23 });
  });

  it('finds nothing for a name the file does not spell out, or spells only outside a test call', () => {
    expect(declarationIn(source, 'gets user 1')).toBeUndefined();
    expect(declarationIn(source, 'spoofed')).toBeUndefined();
    expect(declarationIn('', 'gets a user')).toBeUndefined();
  });
});
