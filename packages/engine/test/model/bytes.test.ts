import { describe, expect, it } from 'vitest';
import { base64Bytes, base64Text, bytesEqual, concatBytes, hexText, indexOfBytes, isAsciiBytes, latin1Bytes, latin1Text, strictUtf8Text, utf8Bytes, utf8Text } from '../../src/model/bytes.js';
import { matchRequest } from '../../src/matching/index.js';

// The core's byte helpers replace Buffer methods; Node's Buffer is the reference they must agree with.
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

function randomBytes(random: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

describe('bytes', () => {
  const random = seeded(42);
  const samples = [
    new Uint8Array(0),
    Buffer.from('{"a":"plain ascii ~\\u0000\x7f"}'),
    Buffer.from('{"name":"Zoë","city":"東京","smile":"😀"}'),
    Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xc3, 0x22, 0x7d]),
    ...Array.from({ length: 40 }, (_, i) => randomBytes(random, i * 7 + (i % 3))),
    randomBytes(random, 100_000),
  ];

  it('decode and encode UTF-8, Latin-1, base64 and hex as Buffer does', () => {
    for (const bytes of samples) {
      const buffer = Buffer.from(bytes);
      expect(utf8Text(bytes)).toBe(buffer.toString('utf8'));
      expect(latin1Text(bytes)).toBe(buffer.toString('latin1'));
      expect(base64Text(bytes)).toBe(buffer.toString('base64'));
      expect(hexText(bytes)).toBe(buffer.toString('hex'));
      expect(Buffer.from(base64Bytes(buffer.toString('base64'))).equals(buffer)).toBe(true);
      expect(Buffer.from(latin1Bytes(buffer.toString('latin1'))).equals(buffer)).toBe(true);
      expect(isAsciiBytes(bytes)).toBe(bytes.every((byte) => byte < 0x80));
      const text = buffer.toString('utf8');
      expect(Buffer.from(utf8Bytes(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
  });

  it('decode base64 leniently, as Buffer does: white space skipped, URL-safe letters, stop at padding', () => {
    for (const text of ['aGVs\nbG8=', 'aGVsbG8', 'aGVsbG8=trailing', '_-8=', 'a', '']) {
      expect(Buffer.from(base64Bytes(text))).toEqual(Buffer.from(text, 'base64'));
    }
  });

  it('keep every small encoding intact while they share a slab', () => {
    const texts = Array.from({ length: 2000 }, (_, i) => `{"id":${i},"name":"Zoë ${'x'.repeat(i % 300)}"}`);
    const encoded = texts.map((text) => utf8Bytes(text));
    texts.forEach((text, i) => expect(utf8Text(encoded[i] as Uint8Array)).toBe(text));
    const large = 'y'.repeat(10_000);
    expect(utf8Text(utf8Bytes(large))).toBe(large);
  });

  it('tell strict UTF-8 from invalid bytes', () => {
    expect(strictUtf8Text(utf8Bytes('Zoë'))).toBe('Zoë');
    expect(strictUtf8Text(Uint8Array.from([0xff, 0xc3]))).toBeUndefined();
  });

  it('find, compare and join byte runs', () => {
    const haystack = utf8Bytes('--b\r\nx\r\n--b--');
    expect(indexOfBytes(haystack, utf8Bytes('--b'))).toBe(0);
    expect(indexOfBytes(haystack, utf8Bytes('--b'), 1)).toBe(Buffer.from(haystack).indexOf('--b', 1));
    expect(indexOfBytes(haystack, utf8Bytes('--c'))).toBe(-1);
    expect(indexOfBytes(utf8Bytes('aab'), utf8Bytes('ab'))).toBe(1);
    expect(bytesEqual(utf8Bytes('ab'), Uint8Array.from([0x61, 0x62]))).toBe(true);
    expect(bytesEqual(utf8Bytes('ab'), utf8Bytes('ac'))).toBe(false);
    expect(utf8Text(concatBytes([utf8Bytes('a'), utf8Bytes('b'), new Uint8Array(0), utf8Bytes('c')]))).toBe('abc');
  });

  it('a non-ASCII JSON request body is compared by its characters', () => {
    const expected = { method: 'POST', path: '/', headers: { 'Content-Type': 'application/json' }, body: { name: 'Zoë 東京' } };
    expect(matchRequest(expected, { ...expected, body: { name: 'Zoë 東京' } }, { spec: '3' })).toEqual([]);
    const mismatches = matchRequest(expected, { ...expected, body: { name: 'Zoe 東京' } }, { spec: '3' });
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({ type: 'BodyMismatch', path: '$.name' });
  });
});
