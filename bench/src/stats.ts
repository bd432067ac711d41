export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** A seeded pseudo-random generator (mulberry32): the same resamples, so the same interval, every time. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function resample(values: readonly number[], random: () => number): number[] {
  return values.map(() => values[Math.floor(random() * values.length)] as number);
}

/**
 * A 90% bootstrap interval of `(median(a) − median(b)) × scale`: both samples resampled with
 * replacement `iterations` times. With five runs a side it is wide, and that is the point: it says
 * how far a difference of two medians on a noisy machine can be trusted.
 */
export function medianDifferenceInterval(a: readonly number[], b: readonly number[], scale = 1, iterations = 2000): { low: number; high: number } {
  if (a.length === 0 || b.length === 0) return { low: Number.NaN, high: Number.NaN };
  const random = seededRandom(0x5eed);
  const differences: number[] = [];
  for (let i = 0; i < iterations; i++) differences.push((median(resample(a, random)) - median(resample(b, random))) * scale);
  return { low: percentile(differences, 5), high: percentile(differences, 95) };
}

/**
 * `(a[i] − b[i]) × scale` for each repetition `i`: runs of two projects made side by side, so that
 * what moved the machine between repetitions (a slow stretch, another tenant) moves both runs of a
 * pair and drops out of their difference.
 */
export function pairedDifferences(a: readonly number[], b: readonly number[], scale = 1): number[] {
  if (a.length !== b.length) throw new Error(`paired runs need as many of each (${a.length} against ${b.length})`);
  return a.map((value, i) => (value - (b[i] as number)) * scale);
}

/**
 * A 90% bootstrap interval of the median of {@link pairedDifferences}: the pairs resampled with
 * replacement, each kept whole. Narrower than {@link medianDifferenceInterval} where the noise is
 * drift that both runs of a pair share; as wide where it is not.
 */
export function pairedMedianInterval(a: readonly number[], b: readonly number[], scale = 1, iterations = 2000): { low: number; high: number } {
  const differences = pairedDifferences(a, b, scale);
  if (differences.length === 0) return { low: Number.NaN, high: Number.NaN };
  const random = seededRandom(0x5eed);
  const medians: number[] = [];
  for (let i = 0; i < iterations; i++) medians.push(median(resample(differences, random)));
  return { low: percentile(medians, 5), high: percentile(medians, 95) };
}
