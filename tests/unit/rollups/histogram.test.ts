import { describe, expect, it } from 'vitest';
import {
  bucketBounds,
  bucketIndex,
  histogramPercentile,
  type Histogram,
} from '../../../src/rollups/histogram.js';

const histogramOf = (values: number[]): Histogram => {
  const h: Histogram = {};
  for (const v of values) h[bucketIndex(v)] = (h[bucketIndex(v)] ?? 0) + 1;
  return h;
};

describe('response-time histogram', () => {
  it('has one-minute buckets below 64 minutes and 32 per power of two above', () => {
    expect(bucketBounds(bucketIndex(0.2))).toEqual([0, 1]);
    expect(bucketBounds(bucketIndex(63.9))).toEqual([63, 64]);
    expect(bucketBounds(bucketIndex(64))).toEqual([64, 66]);
    expect(bucketBounds(bucketIndex(300))).toEqual([296, 304]);
    expect(bucketBounds(bucketIndex(3840))).toEqual([3840, 3904]);
  });

  it('keeps every value inside its bucket, the midpoint within 0.5 minute or 1/64 of it', () => {
    for (let v = 0; v < 600_000; v = v * 1.013 + 0.37) {
      const [lo, hi] = bucketBounds(bucketIndex(v));
      expect(v).toBeGreaterThanOrEqual(lo);
      expect(v).toBeLessThan(hi);
      expect(Math.abs((lo + hi) / 2 - v)).toBeLessThanOrEqual(Math.max(0.5, v / 64) + 1e-9);
    }
  });

  it('answers nearest-rank percentiles as bucket midpoints, null when empty', () => {
    const h = histogramOf([5, 10, 20, 40, 3840]);
    expect(histogramPercentile(h, 50)).toBe(20.5);
    expect(histogramPercentile(h, 90)).toBe(3872);
    expect(histogramPercentile(h, 0)).toBe(5.5);
    expect(histogramPercentile({}, 50)).toBeNull();
  });
});
