import { describe, expect, test } from 'vitest';
import { jsonEquals, jsonKind, jsonText, NumberLiteral, parseJsonLossless } from '../../src/matching/body/json-value.js';

describe('lossless JSON numbers', () => {
  test('1 and 1.0 are different kinds and not equal', () => {
    const a = parseJsonLossless('{"n": 1}') as { n: unknown };
    const b = parseJsonLossless('{"n": 1.0}') as { n: unknown };
    expect(jsonKind(a.n as number)).toBe('Integer');
    expect(b.n).toBeInstanceOf(NumberLiteral);
    expect(jsonKind(b.n as NumberLiteral)).toBe('Decimal');
    expect(jsonEquals(a.n as number, b.n as NumberLiteral)).toBe(false);
  });

  test('big integers keep their digits; exponents are decimals', () => {
    const v = parseJsonLossless('[12345678901234567890, 12345678901234567891, 1e3]') as NumberLiteral[];
    expect(jsonEquals(v[0] as NumberLiteral, v[1] as NumberLiteral)).toBe(false);
    expect(jsonKind(v[0] as NumberLiteral)).toBe('Integer');
    expect(jsonKind(v[2] as NumberLiteral)).toBe('Decimal');
    expect(jsonText(v)).toBe('[12345678901234567890,12345678901234567891,1e3]');
  });

  test('the lossless parser agrees with JSON.parse on structure and rejects bad JSON', () => {
    const text = '{"a": [1.0, "x\\"y", true, null, {"__proto__": 2}], "b": -0.50}';
    const v = parseJsonLossless(text) as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['a', 'b']);
    expect(Object.hasOwn((v.a as unknown[])[4] as object, '__proto__')).toBe(true);
    expect(() => parseJsonLossless('{"a": 1.0,}')).toThrow(SyntaxError);
    expect(() => parseJsonLossless('[1.0] x')).toThrow(SyntaxError);
  });

  test('duplicate keys keep the last value on the lossless path too, as JSON.parse does', () => {
    // The 1.0 sends this text through the lossless parser; without last-wins it would be a SyntaxError.
    const v = parseJsonLossless('{"a": "x", "a": 1.0}') as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['a']);
    expect(jsonText(v as { a: NumberLiteral })).toBe('{"a":1.0}');
  });

  test('plain literals stay plain numbers on the lossless path', () => {
    const v = parseJsonLossless('[1.0, 2.5, -3, 9007199254740993, 0.0000001]') as unknown[];
    expect(v[1]).toBe(2.5);
    expect(v[2]).toBe(-3);
    expect(v[3]).toBeInstanceOf(NumberLiteral);
    expect(jsonKind(v[3] as NumberLiteral)).toBe('Integer');
    expect(jsonKind(v[4] as NumberLiteral)).toBe('Decimal');
  });
});
