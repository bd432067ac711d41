import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { PactBuilder } from '../../src/dsl/builder.js';
import { like, regex, reify } from '../../src/index.js';
import type { HttpInteraction } from '../../src/model/types.js';

// Jest and Vitest's vmThreads run test files in their own realm: values made there must be accepted.
describe('values made in another realm (a test runner vm context)', () => {
  const foreign = runInNewContext('({ body: { id: 1, tags: ["a"], nested: { ok: true } }, params: { id: 7 }, pattern: /\\d+/ })') as {
    body: { id: number; tags: string[]; nested: { ok: boolean } };
    params: { id: number };
    pattern: RegExp;
  };

  it('builds an interaction from foreign plain objects', () => {
    const seen: HttpInteraction[] = [];
    new PactBuilder((i) => seen.push(i))
      .given('a state', foreign.params)
      .uponReceiving('a foreign request')
      .withRequest({ method: 'POST', path: '/x', body: like(foreign.body) })
      .willRespondWith({ status: 200, body: foreign.body });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.providerStates).toEqual([{ name: 'a state', params: { id: 7 } }]);
    expect(seen[0]?.request.matchingRules?.body).toHaveProperty('$');
  });

  it('accepts a foreign RegExp and reifies foreign objects', () => {
    expect(regex(foreign.pattern, '42')).toMatchObject({ regex: '\\d+', value: '42' });
    expect(reify(like(foreign.body))).toEqual({ id: 1, tags: ['a'], nested: { ok: true } });
  });
});
