import { describe, expect, it } from 'vitest';
import { bootstrap } from '../../../src/classify/evaluation/bootstrap.js';
import {
  dangerAveragePrecision,
  kritisPrecision,
  kritisRecall,
  prCurve,
  reliability,
} from '../../../src/classify/evaluation/figures.js';
import type { EvalRow } from '../../../src/classify/evaluation/rows.js';
import { formatLabelledClasses, labelledClassTable } from '../../../src/classify/evaluation/error-classes.js';

const row = (gold: string, danger: number, urgency = danger >= 0.5 ? 'kritis' : 'normal'): EvalRow => ({
  goldUrgency: gold,
  goldTopic: 'bencana',
  topic: 'bencana',
  urgency,
  topicConfidence: 0.9,
  danger,
});

describe('evaluation figures', () => {
  const rows = [
    row('kritis', 0.9),
    row('kritis', 0.4),
    row('normal', 0.6),
    row('normal', 0.1),
    row('tinggi', 0.2),
  ];

  it('kritis recall and precision at the decision and at a threshold', () => {
    expect(kritisRecall(rows)).toBe(0.5);
    expect(kritisPrecision(rows)).toBe(0.5);
    expect(kritisRecall(rows, 0.3)).toBe(1);
    expect(kritisPrecision(rows, 0.3)).toBeCloseTo(2 / 3);
  });

  it('average precision: the mean precision at each emergency, reading from the most dangerous down', () => {
    // Ranked 0.9 (kritis), 0.6, 0.4 (kritis), 0.2, 0.1: precision 1/1 at the first, 2/3 at the second.
    expect(dangerAveragePrecision(rows)).toBeCloseTo((1 + 2 / 3) / 2);
    expect(dangerAveragePrecision([row('kritis', 0.2), row('normal', 0.1)])).toBe(1);
  });

  it('the precision/recall curve trades recall for precision as the threshold rises', () => {
    const curve = prCurve(rows);
    const low = curve.find((p) => p.threshold === 0.1)!;
    const high = curve.find((p) => p.threshold === 0.7)!;
    expect(low.recall).toBe(1);
    expect(high.recall).toBe(0.5);
    expect(high.precision).toBe(1);
  });

  it('a bootstrap interval brackets the figure and is reproducible', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      row(i % 4 === 0 ? 'kritis' : 'normal', i % 8 === 0 ? 0.9 : 0.1),
    );
    const a = bootstrap(many, (r) => kritisRecall(r), 300);
    const b = bootstrap(many, (r) => kritisRecall(r), 300);
    expect(a).toEqual(b);
    expect(a.value).toBe(0.5);
    expect(a.low).toBeLessThan(0.5);
    expect(a.high).toBeGreaterThan(0.5);
    expect(bootstrap([row('kritis', 0.9)], (r) => kritisRecall(r), 50)).toMatchObject({ low: 1, high: 1 });
  });

  it('a reliability table puts each score in its bin with the observed rate', () => {
    const bins = reliability([
      { confidence: 0.95, correct: true },
      { confidence: 0.9, correct: false },
      { confidence: 0.1, correct: false },
    ]);
    expect(bins[4]).toMatchObject({ n: 2, accuracy: 0.5 });
    expect(bins[0]).toMatchObject({ n: 1, accuracy: 0 });
  });

  it('a set whose rows name their class gets recall per kritis class and false alarms per look-alike class', () => {
    const table = labelledClassTable(
      [row('kritis', 0.9), row('kritis', 0.1), row('normal', 0.8), row('normal', 0.1), row('tinggi', 0.1)],
      ['threat', 'threat', 'resolved', 'resolved', undefined],
    );
    expect(table).toEqual([
      { name: '(none)', rows: 1, goldKritis: 0, found: 0, called: 0, correct: 0 },
      { name: 'resolved', rows: 2, goldKritis: 0, found: 0, called: 1, correct: 0 },
      { name: 'threat', rows: 2, goldKritis: 2, found: 1, called: 1, correct: 1 },
    ]);
    const text = formatLabelledClasses('blind', table);
    expect(text).toContain('labelled classes, blind');
    expect(text).toMatch(/threat\s+2\s+1 \/ 2\s+\(R 0\.500\)/);
  });
});
