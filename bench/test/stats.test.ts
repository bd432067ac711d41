import { describe, expect, it } from 'vitest';
import { medianDifferenceInterval, pairedDifferences, pairedMedianInterval } from '../src/stats.js';

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

describe('pairedMedianInterval', () => {
  it('takes out drift that moves both runs of a pair, which the unpaired interval cannot', () => {
    // The machine slows down and speeds up between repetitions; each pair sees the same state.
    const b = [1000, 1040, 980, 1100, 1010, 990, 1060];
    const a = b.map((v) => v + 160);
    expect(pairedDifferences(a, b, 1 / 16)).toEqual([10, 10, 10, 10, 10, 10, 10]);
    expect(pairedMedianInterval(a, b, 1 / 16)).toEqual({ low: 10, high: 10 });
    const unpaired = medianDifferenceInterval(a, b, 1 / 16);
    expect(unpaired.high - unpaired.low).toBeGreaterThan(1);
  });

  it('stays wide where the noise is each run of its own', () => {
    const b = [1000, 1000, 1000, 1000, 1000, 1000, 1000];
    const a = [1160, 1000, 1320, 1160, 1080, 1240, 1160];
    const { low, high } = pairedMedianInterval(a, b, 1 / 16);
    expect(low).toBeLessThanOrEqual(10);
    expect(high).toBeGreaterThanOrEqual(10);
    expect(high - low).toBeGreaterThan(1);
  });

  it('refuses runs that do not pair up', () => {
    expect(() => pairedDifferences([1, 2], [1])).toThrow('paired runs need as many of each (2 against 1)');
  });
});
