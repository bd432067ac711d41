// The package forwards each matcher by name (test code runs in Jest's registry, the engine outside
// it), so a matcher added to the engine would silently be missing here: every name of the engine's
// MatchersV3 must be exported, and outside a Jest environment each forwards to the engine's own.
import { createRequire } from 'node:module';
import { MatchersV3 } from '@pactwright/engine';
import { expect, it } from 'vitest';

const exported = createRequire(import.meta.url)('@pactwright/jest-env') as Record<string, unknown>;

it('exports every matcher of the engine, each building what the engine builds', () => {
  const names = Object.keys(MatchersV3);
  expect(names.length).toBeGreaterThan(30);
  expect(names.filter((name) => typeof exported[name] !== 'function' && typeof exported[name] !== 'object')).toEqual([]);
  expect(Object.keys(exported['MatchersV3'] as object)).toEqual(expect.arrayContaining(names));
  const like = exported['like'] as typeof MatchersV3.like;
  expect(like({ id: 1 })).toEqual(MatchersV3.like({ id: 1 }));
});
