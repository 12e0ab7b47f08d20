import { describe, expect, it } from 'vitest';
import { medianAndP90, percentile } from '../../../src/reports/percentile.js';

describe('percentile', () => {
  it('interpolates the median of an even count', () => {
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5);
  });

  it('gives the middle value of an odd count regardless of order', () => {
    expect(percentile([30, 5, 12], 50)).toBe(12);
  });

  it('puts p90 near the slow tail', () => {
    const minutes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100];
    expect(percentile(minutes, 90)).toBeCloseTo(9 + 0.1 * 91, 5);
  });

  it('returns the only value for every percentile of one sample', () => {
    expect(percentile([42], 50)).toBe(42);
    expect(percentile([42], 90)).toBe(42);
  });

  it('says null, not zero, when there is no data', () => {
    expect(percentile([], 50)).toBeNull();
    expect(medianAndP90([])).toEqual({ p50Minutes: null, p90Minutes: null });
  });

  it('ignores non-finite values', () => {
    expect(percentile([Number.NaN, 10, Number.POSITIVE_INFINITY, 20], 50)).toBe(15);
  });

  it('rejects a percentile outside 0..100', () => {
    expect(() => percentile([1], 120)).toThrow(RangeError);
  });

  it('rounds report minutes to hundredths, so a 3-second answer is not reported as zero', () => {
    expect(medianAndP90([0.05, 0.05])).toEqual({ p50Minutes: 0.05, p90Minutes: 0.05 });
    expect(medianAndP90([1.2345, 1.2345])).toEqual({ p50Minutes: 1.23, p90Minutes: 1.23 });
  });
});
