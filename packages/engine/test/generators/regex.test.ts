import { describe, expect, it } from 'vitest';
import { generateValue } from '../../src/generators/index.js';

const DRAWS = 50;

/** Whole-string semantics, as pact regex matchers apply them. */
function fullMatch(source: string, flags = ''): RegExp {
  return new RegExp(`^(?:${source})$`, flags);
}

describe('Regex generator', () => {
  const patterns: [string, RegExp][] = [
    ['\\d{4}-\\d{2}', fullMatch('\\d{4}-\\d{2}')],
    ['[A-Z]{3}', fullMatch('[A-Z]{3}')],
    ['^\\d+$', fullMatch('\\d+')],
    ['^[a-z]+@[a-z]+\\.com$', fullMatch('[a-z]+@[a-z]+\\.com')],
    ['(foo|bar)baz', fullMatch('(foo|bar)baz')],
    ['[0-9a-f]{8}-[0-9a-f]{4}', fullMatch('[0-9a-f]{8}-[0-9a-f]{4}')],
    ['\\w{5,8}', fullMatch('\\w{5,8}')],
    ['^[+-]?\\d{1,3}(,\\d{3})*$', fullMatch('[+-]?\\d{1,3}(,\\d{3})*')],
    ['[^abc]{4}', fullMatch('[^abc]{4}')],
    ['a*b+c?', fullMatch('a*b+c?')],
    ['price \\d+\\.\\d{2}\\$', fullMatch('price \\d+\\.\\d{2}\\$')],
    ['[A-Z]{2}\\d{2} ?[A-Z]{3}', fullMatch('[A-Z]{2}\\d{2} ?[A-Z]{3}')],
    ['(?i)[a-c]{3}', fullMatch('[a-c]{3}', 'i')],
    ['(\\d)-\\1', fullMatch('(\\d)-\\1')],
  ];

  for (const [source, check] of patterns) {
    it(`produces strings matching /${source}/`, () => {
      for (let i = 0; i < DRAWS; i++) {
        const value = generateValue({ type: 'Regex', regex: source }, 'example');
        expect(typeof value).toBe('string');
        expect(value).toMatch(check);
      }
    });
  }

  it('drops the anchors instead of emitting them', () => {
    expect(generateValue({ type: 'Regex', regex: '^ab$' }, 'x')).toBe('ab');
    expect(generateValue({ type: 'Regex', regex: '^ab' }, 'x')).toBe('ab');
  });

  it('caps unbounded repeats at 20 extra repetitions', () => {
    for (let i = 0; i < 200; i++) {
      const value = generateValue({ type: 'Regex', regex: 'a+' }, 'x') as string;
      expect(value.length).toBeGreaterThanOrEqual(1);
      expect(value.length).toBeLessThanOrEqual(21);
    }
  });

  it('keeps the example for an invalid regex, a missing regex, or one it cannot satisfy', () => {
    expect(generateValue({ type: 'Regex', regex: '[' }, 'keep')).toBe('keep');
    expect(generateValue({ type: 'Regex' }, 'keep')).toBe('keep');
    // A lookahead that contradicts the text: randexp ignores lookarounds, the check catches it.
    expect(generateValue({ type: 'Regex', regex: '(?=x)y' }, 'keep')).toBe('keep');
  });

  it('refuses huge explicit counts instead of building the string', () => {
    // Drawn, these would be valid matches of 10^8 / 10^7 characters; refused, the example stays.
    expect(generateValue({ type: 'Regex', regex: 'a{100000000}' }, 'keep')).toBe('keep');
    expect(generateValue({ type: 'Regex', regex: '(ab){2,5000000}' }, 'keep')).toBe('keep');
    // The refusal is about the count, not the pattern: a small explicit count is drawn.
    expect(generateValue({ type: 'Regex', regex: 'a{1000}' }, 'keep')).toBe('a'.repeat(1000));
  });
});

describe('Regex generator and the regex matcher', () => {
  it('understands the Ruby escapes pact regexes use, as the matchers do', () => {
    for (let i = 0; i < DRAWS; i++) expect(generateValue({ type: 'Regex', regex: '\\h{6}' }, 'x')).toMatch(/^[0-9a-fA-F]{6}$/);
  });
});
