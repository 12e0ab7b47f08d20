import { describe, expect, it } from 'vitest';
import { assess, chooseBaseline, mad, median } from '../../../src/crisis/assess.js';

const w = (total: number, kritis = 0) => ({ total, kritis });

describe('crisis assessment', () => {
  it('uses median and MAD, so one odd week does not move the baseline', () => {
    expect(median([1, 0, 2, 0, 1, 0, 0, 1])).toBe(0.5);
    expect(mad([10, 11, 12, 12, 13, 14, 60])).toBe(1);
  });

  it('falls back from weeks to days to a prior as history is missing', () => {
    expect(chooseBaseline([w(3), w(4), w(5)], []).source).toBe('hour_of_week');
    expect(chooseBaseline([w(3), w(4)], [w(1), w(2), w(3)]).source).toBe('hour_of_day');
    expect(chooseBaseline([w(3)], [w(1)]).source).toBe('prior');
  });

  it('fires on a surge far above a quiet hour, not on a busy hour at its usual level', () => {
    const quiet = chooseBaseline([w(1), w(0), w(2), w(0), w(1), w(0), w(0), w(1)], []);
    expect(assess(w(12), quiet)).toMatchObject({ fire: true, reasons: ['volume'], expected: 0.5 });
    const busy = chooseBaseline([w(12), w(10), w(14), w(11), w(13), w(12), w(10), w(12)], []);
    expect(assess(w(14), busy).fire).toBe(false);
    expect(assess(w(30), busy).fire).toBe(true);
  });

  it('needs a minimum count even with no history, and fires on a rise in kritis', () => {
    const none = chooseBaseline([], []);
    expect(assess(w(7), none).fire).toBe(false);
    expect(assess(w(8), none)).toMatchObject({ fire: true, source: 'prior' });
    const quiet = chooseBaseline([w(2), w(3), w(2), w(2)], []);
    expect(assess(w(4, 3), quiet)).toMatchObject({ fire: true, reasons: ['kritis'] });
    expect(assess(w(4, 2), quiet).fire).toBe(false);
  });
});
