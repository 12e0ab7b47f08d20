// Bootstrap 95% intervals for any figure computed from a sample of evaluation rows (percentile method,
// seeded so a report is reproducible).
import { mulberry32 } from '../model/random.js';

export interface Interval {
  value: number;
  low: number;
  high: number;
}

export function bootstrap<T>(
  rows: readonly T[],
  figure: (sample: readonly T[]) => number,
  resamples = 1000,
  seed = 7,
): Interval {
  const value = figure(rows);
  if (!rows.length) return { value, low: value, high: value };
  const random = mulberry32(seed);
  const values: number[] = [];
  const sample: T[] = new Array<T>(rows.length);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < rows.length; i++) sample[i] = rows[Math.floor(random() * rows.length)];
    const v = figure(sample);
    if (Number.isFinite(v)) values.push(v);
  }
  values.sort((x, y) => x - y);
  const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? value;
  return { value, low: at(0.025), high: at(0.975) };
}

export function formatInterval(i: Interval): string {
  return `${i.value.toFixed(3)} [${i.low.toFixed(3)}–${i.high.toFixed(3)}]`;
}
