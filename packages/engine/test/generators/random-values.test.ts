import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateValue } from '../../src/generators/index.js';

const DRAWS = 200;

function draws<T>(produce: () => T): T[] {
  return Array.from({ length: DRAWS }, produce);
}

describe('RandomInt', () => {
  it('defaults to integers in [0, 10], reaching both bounds', () => {
    const values = draws(() => generateValue({ type: 'RandomInt' }, 5));
    for (const v of values) {
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(10);
    }
    expect(values).toContain(0);
    expect(values).toContain(10);
  });

  it('keeps every draw within an inclusive [min, max]', () => {
    const values = draws(() => generateValue({ type: 'RandomInt', min: -3, max: 3 }, 0));
    expect(new Set(values)).toEqual(new Set([-3, -2, -1, 0, 1, 2, 3]));
  });

  it('stays within any integer bounds (property, 200 runs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 1e12 }), (min, width) => {
        const max = min + width;
        const value = generateValue({ type: 'RandomInt', min, max }, 0);
        return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
      }),
      { numRuns: 200 },
    );
  });

  it('reads numeric strings as bounds and returns one value when min equals max', () => {
    expect(generateValue({ type: 'RandomInt', min: '42', max: '42' }, 0)).toBe(42);
  });

  it('produces a string when the example is a string', () => {
    const value = generateValue({ type: 'RandomInt', min: 100, max: 999 }, '123');
    expect(value).toMatch(/^[1-9]\d{2}$/);
  });

  it('keeps the example when min is greater than max or a bound is not a number', () => {
    expect(generateValue({ type: 'RandomInt', min: 10, max: 1 }, 7)).toBe(7);
    expect(generateValue({ type: 'RandomInt', min: 'low' }, 7)).toBe(7);
    expect(generateValue({ type: 'RandomInt', max: 1.5 }, 7)).toBe(7);
  });
});

describe('RandomDecimal', () => {
  it('defaults to 10 digits with an inner point, as a string for a string example', () => {
    for (const v of draws(() => generateValue({ type: 'RandomDecimal' }, 'x'))) {
      expect(v).toMatch(/^(0|[1-9]\d*)\.\d*[1-9]$/);
      expect(String(v).replace('.', '')).toHaveLength(10);
    }
  });

  it('is a number keeping its digit count when the example is a number', () => {
    for (const v of draws(() => generateValue({ type: 'RandomDecimal', digits: 6 }, 1.5))) {
      expect(typeof v).toBe('number');
      expect(String(v)).toMatch(/^(0|[1-9]\d*)\.\d+$/);
      expect(String(v).replace('.', '')).toHaveLength(6);
    }
  });

  it('gives a single digit for digits 1 and keeps the example for digits 0', () => {
    expect(generateValue({ type: 'RandomDecimal', digits: 1 }, 'x')).toMatch(/^\d$/);
    expect(generateValue({ type: 'RandomDecimal', digits: 0 }, 2.5)).toBe(2.5);
  });
});

describe('RandomHexadecimal', () => {
  it('defaults to 10 upper-case hex digits', () => {
    for (const v of draws(() => generateValue({ type: 'RandomHexadecimal' }, 'ab'))) expect(v).toMatch(/^[0-9A-F]{10}$/);
  });

  it('allows more digits than there are hex characters (repetition allowed)', () => {
    expect(generateValue({ type: 'RandomHexadecimal', digits: 40 }, 'ab')).toMatch(/^[0-9A-F]{40}$/);
  });
});

describe('RandomString', () => {
  it('defaults to 10 alphanumeric characters and honours size', () => {
    for (const v of draws(() => generateValue({ type: 'RandomString' }, 'x'))) expect(v).toMatch(/^[A-Za-z0-9]{10}$/);
    expect(generateValue({ type: 'RandomString', size: 3 }, 'x')).toMatch(/^[A-Za-z0-9]{3}$/);
    expect(generateValue({ type: 'RandomString', size: 0 }, 'x')).toBe('');
  });

  it('keeps the example for a negative size', () => {
    expect(generateValue({ type: 'RandomString', size: -1 }, 'x')).toBe('x');
  });
});

describe('RandomBoolean', () => {
  it('draws JSON booleans, both of them', () => {
    const values = draws(() => generateValue({ type: 'RandomBoolean' }, 'true'));
    expect(new Set(values)).toEqual(new Set([true, false]));
  });
});

describe('Uuid', () => {
  const HEX = '[0-9a-f]';
  const HYPHENATED = `${HEX}{8}-${HEX}{4}-4${HEX}{3}-[89ab]${HEX}{3}-${HEX}{12}`;

  it('defaults to lower-case hyphenated v4 UUIDs, all different', () => {
    const values = draws(() => generateValue({ type: 'Uuid' }, 'x'));
    for (const v of values) expect(v).toMatch(new RegExp(`^${HYPHENATED}$`));
    expect(new Set(values).size).toBe(DRAWS);
  });

  it('renders each named format', () => {
    expect(generateValue({ type: 'Uuid', format: 'simple' }, 'x')).toMatch(/^[0-9a-f]{32}$/);
    expect(generateValue({ type: 'Uuid', format: 'upper-case-hyphenated' }, 'x')).toMatch(new RegExp(`^${HYPHENATED}$`, 'i'));
    expect(generateValue({ type: 'Uuid', format: 'upper-case-hyphenated' }, 'x')).toMatch(/^[0-9A-F-]{36}$/);
    expect(generateValue({ type: 'Uuid', format: 'URN' }, 'x')).toMatch(new RegExp(`^urn:uuid:${HYPHENATED}$`));
  });

  it('keeps the example for an unknown format', () => {
    expect(generateValue({ type: 'Uuid', format: 'braces' }, 'x')).toBe('x');
  });
});

describe('generateValue on what it cannot generate', () => {
  it('keeps the example for an unknown generator type, and gives null when there is no example', () => {
    expect(generateValue({ type: 'Teleport' }, 'x')).toBe('x');
    expect(generateValue({ type: 'Teleport' }, undefined)).toBeNull();
  });
});
