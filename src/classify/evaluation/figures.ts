// Figures of a set of evaluated rows: topic accuracy / macro-F1, kritis precision / recall (at the classifier's
// own decision or at a danger threshold), the precision/recall curve and a reliability table.
import { TOPICS } from '../../domain/labels.js';
import { scoreLabels } from '../metrics.js';
import type { EvalRow } from './rows.js';

export function topicAccuracy(rows: readonly EvalRow[]): number {
  const r = rows.filter((x) => x.goldTopic);
  return r.length ? r.filter((x) => x.goldTopic === x.topic).length / r.length : NaN;
}

export function topicMacroF1(rows: readonly EvalRow[]): number {
  const pairs = rows.filter((x) => x.goldTopic).map((x): [string, string] => [x.goldTopic!, x.topic]);
  return pairs.length ? scoreLabels(pairs, TOPICS).macroF1 : NaN;
}

const isKritis = (x: EvalRow, threshold?: number) =>
  threshold === undefined ? x.urgency === 'kritis' : (x.danger ?? 0) >= threshold;

export function kritisRecall(rows: readonly EvalRow[], threshold?: number): number {
  const gold = rows.filter((x) => x.goldUrgency === 'kritis');
  return gold.length ? gold.filter((x) => isKritis(x, threshold)).length / gold.length : NaN;
}

export function kritisPrecision(rows: readonly EvalRow[], threshold?: number): number {
  const said = rows.filter((x) => x.goldUrgency && isKritis(x, threshold));
  return said.length ? said.filter((x) => x.goldUrgency === 'kritis').length / said.length : NaN;
}

/** Average precision of the danger score over the rows with an urgency: the mean precision at each gold kritis
 *  row when rows are read from the most dangerous down. Independent of the threshold, so it compares detectors
 *  whose calibrations differ (src/classify/README.md, issue 14). */
export function dangerAveragePrecision(rows: readonly EvalRow[]): number {
  const scored = rows.filter((x) => x.goldUrgency && x.danger !== null);
  const gold = scored.filter((x) => x.goldUrgency === 'kritis').length;
  if (!gold) return NaN;
  let found = 0;
  let sum = 0;
  [...scored]
    .sort((a, b) => b.danger! - a.danger!)
    .forEach((x, i) => {
      if (x.goldUrgency !== 'kritis') return;
      found++;
      sum += found / (i + 1);
    });
  return sum / gold;
}

export const CURVE_THRESHOLDS = [
  0.03, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9,
];

export function prCurve(
  rows: readonly EvalRow[],
): { threshold: number; precision: number; recall: number }[] {
  const urgent = rows.filter((x) => x.goldUrgency);
  return CURVE_THRESHOLDS.map((threshold) => ({
    threshold,
    precision: kritisPrecision(urgent, threshold),
    recall: kritisRecall(urgent, threshold),
  }));
}

/** Confidence bins with the share that was right: a calibrated score has accuracy ≈ mean confidence per bin. */
export function reliability(
  pairs: readonly { confidence: number; correct: boolean }[],
  bins = 5,
): { from: number; to: number; n: number; meanConfidence: number; accuracy: number }[] {
  return Array.from({ length: bins }, (_, b) => {
    const from = b / bins;
    const to = (b + 1) / bins;
    const inBin = pairs.filter(
      (p) => p.confidence >= from && (p.confidence < to || (b === bins - 1 && p.confidence <= 1)),
    );
    const mean = (f: (p: (typeof pairs)[number]) => number) =>
      inBin.length ? inBin.reduce((a, p) => a + f(p), 0) / inBin.length : NaN;
    return {
      from,
      to,
      n: inBin.length,
      meanConfidence: mean((p) => p.confidence),
      accuracy: mean((p) => +p.correct),
    };
  });
}
