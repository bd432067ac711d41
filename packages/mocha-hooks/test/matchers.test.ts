// The adapter re-exports the matchers by name (ESM needs static names), so a matcher added to the
// engine would silently be missing here: every name of the engine's MatchersV3 must be exported.
import { MatchersV3 } from '@pactwright/engine';
import { expect, it } from 'vitest';
import * as exported from '../src/matchers.js';

it('re-exports every matcher of the engine, as the same function', () => {
  const names = Object.keys(MatchersV3);
  expect(names.length).toBeGreaterThan(30);
  expect(names.filter((name) => !(name in exported))).toEqual([]);
  for (const name of names) expect(exported[name as keyof typeof exported], name).toBe(MatchersV3[name as keyof typeof MatchersV3]);
  expect(exported.MatchersV3).toBe(MatchersV3);
});
