import { describe, expect, it } from 'vitest';
import { medianDifferenceInterval } from '../src/stats.js';

describe('medianDifferenceInterval', () => {
  it('is a single point when neither sample varies', () => {
    expect(medianDifferenceInterval([110, 110, 110], [100, 100, 100], 0.5)).toEqual({ low: 5, high: 5 });
  });

  it('holds the true shift between two noisy samples, and is as wide as their noise allows', () => {
    const b = [1000, 1040, 980, 1100, 1010, 990, 1060];
    const a = b.map((v) => v + 160);
    const { low, high } = medianDifferenceInterval(a, b, 1 / 16);
    expect(low).toBeLessThanOrEqual(10);
    expect(high).toBeGreaterThanOrEqual(10);
    expect(high - low).toBeGreaterThan(1);
    expect(medianDifferenceInterval(a, b, 1 / 16)).toEqual({ low, high });
  });
});
