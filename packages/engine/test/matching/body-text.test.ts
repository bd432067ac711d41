import { describe, expect, it } from 'vitest';
import { bodyText } from '../../src/matching/body/utf8.js';
import { matchRequest } from '../../src/matching/index.js';

describe('body text', () => {
  it('is what UTF-8 decoding gives, for ASCII, other characters and invalid bytes', () => {
    const samples = [
      Buffer.from('{"a":"plain ascii ~\\u0000\x7f"}'),
      Buffer.from('{"name":"Zoë","city":"東京","smile":"😀"}'),
      Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xc3, 0x22, 0x7d]),
      Buffer.alloc(0),
    ];
    for (const bytes of samples) expect(bodyText(bytes)).toBe(bytes.toString('utf8'));
  });

  it('of a non-ASCII JSON request body is compared by its characters', () => {
    const expected = { method: 'POST', path: '/', headers: { 'Content-Type': 'application/json' }, body: { name: 'Zoë 東京' } };
    expect(matchRequest(expected, { ...expected, body: { name: 'Zoë 東京' } }, { spec: '3' })).toEqual([]);
    const mismatches = matchRequest(expected, { ...expected, body: { name: 'Zoe 東京' } }, { spec: '3' });
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({ type: 'BodyMismatch', path: '$.name' });
  });
});
