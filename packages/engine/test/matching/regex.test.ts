import { describe, expect, test } from 'vitest';
import { compilePactRegex, regexMismatch } from '../../src/matching/rules/regex.js';

describe('compilePactRegex', () => {
  test('matches the whole string only', () => {
    expect(regexMismatch('alligator named .{4}', 'alligator named brent')).toBe("Expected 'alligator named brent' to match 'alligator named .{4}'");
    expect(regexMismatch('\\d+', '123')).toBeUndefined();
    expect(regexMismatch('\\d+', '123a')).toBeDefined();
    expect(regexMismatch('a|b', 'a')).toBeUndefined();
  });

  test('accepts escapes that unicode mode rejects', () => {
    expect(regexMismatch('add\\-item', 'add-item')).toBeUndefined();
  });

  test('translates Ruby syntax: \\h, \\A, \\z, (?i)', () => {
    expect(regexMismatch('\\h{4}', 'beEF')).toBeUndefined();
    expect(regexMismatch('[\\h-]+', 'ab-12')).toBeUndefined();
    expect(regexMismatch('\\Aabc\\z', 'abc')).toBeUndefined();
    expect(regexMismatch('(?i)abc', 'ABC')).toBeUndefined();
  });

  test('invalid patterns are reported, compiled once', () => {
    expect(compilePactRegex('(')).toBeInstanceOf(Error);
    expect(regexMismatch('(', 'x')).toMatch(/^'\(' is not a valid regular expression - /);
    expect(compilePactRegex('x+')).toBe(compilePactRegex('x+'));
  });
});
