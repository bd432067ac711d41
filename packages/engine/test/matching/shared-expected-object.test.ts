import { describe, expect, it } from 'vitest';
import { matchRequest } from '../../src/matching/index.js';

// Several actual elements are compared with the same expected object; each must still be judged
// by the rules of its own path, on every request.
describe('an expected list element compared at several indexes', () => {
  const expected = {
    method: 'POST',
    path: '/orders',
    headers: { 'Content-Type': 'application/json' },
    body: { items: [{ sku: 'SKU-1', qty: 1 }] },
    matchingRules: {
      body: {
        '$.items': { matchers: [{ match: 'type', min: 1 }] },
        '$.items[0].sku': { matchers: [{ match: 'regex', regex: '^SKU-\\d$' }] },
      },
    },
  };
  const request = (items: unknown[]) => ({ ...expected, matchingRules: undefined, body: { items } });

  it('applies an index rule only at its index', () => {
    for (let round = 0; round < 2; round++) {
      expect(matchRequest(expected, request([{ sku: 'SKU-2', qty: 5 }, { sku: 'anything', qty: 7 }]), { spec: '3' })).toEqual([]);
    }
    const mismatches = matchRequest(expected, request([{ sku: 'bad', qty: 5 }, { sku: 'SKU-3', qty: 'x' }]), { spec: '3' });
    expect(mismatches.map((m) => (m.type === 'BodyMismatch' ? m.path : m.type)).sort()).toEqual(['$.items[0].sku', '$.items[1].qty']);
  });

  it('keeps the strict key check for every element', () => {
    const mismatches = matchRequest(expected, request([{ sku: 'SKU-2', qty: 5 }, { sku: 'SKU-3', qty: 1, extra: true }]), { spec: '3' });
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({ type: 'BodyMismatch', path: '$.items[1]' });
  });
});
