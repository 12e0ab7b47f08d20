import { describe, expect, it } from 'vitest';
import { confusionTable, scoreLabels } from '../../../src/classify/metrics.js';

describe('evaluation metrics', () => {
  const pairs: [string, string][] = [
    ['a', 'a'],
    ['a', 'b'],
    ['b', 'b'],
    ['b', 'b'],
  ];

  it('computes accuracy, per-class precision/recall/F1 and macro-F1 over the classes present', () => {
    const s = scoreLabels(pairs, ['a', 'b', 'c']);
    expect(s.accuracy).toBe(0.75);
    const a = s.perClass.find((c) => c.label === 'a')!;
    const b = s.perClass.find((c) => c.label === 'b')!;
    expect([a.precision, a.recall]).toEqual([1, 0.5]);
    expect(b.precision).toBeCloseTo(2 / 3);
    expect(b.recall).toBe(1);
    expect(s.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2);
  });

  it('prints a confusion table with gold rows and predicted columns', () => {
    const table = confusionTable(pairs, ['a', 'b']).split('\n');
    expect(table[1]).toMatch(/a\s+1\s+1$/);
    expect(table[2]).toMatch(/b\s+0\s+2$/);
  });
});
