// Trains the danger detector for a model file: fit on 4/5 of the labelled texts, calibrate (Platt) on the
// remaining 1/5, then refit on everything with the same calibration.
import type { LabelledExample } from '../corpus.js';
import { analyzeText } from '../text/features.js';
import { fitPlatt, rawDanger, trainDangerModels, type DangerExample, type DangerModel } from './detector.js';

/** Calibrated probability from which a message is kritis. Rule: among thresholds whose recall on the project's
 *  own set (data/eval) is ≥ 0.92 (the 0.90 target plus a margin for voices it lacks), the one with the best
 *  precision, checked on corpus cross-validation (`npm run eval -- --cv`); never chosen on shared/eval. */
export const DANGER_THRESHOLD = 0.08;

export function trainDanger(examples: readonly LabelledExample[], threshold = DANGER_THRESHOLD): DangerModel {
  const rows: DangerExample[] = examples
    .filter((e) => e.urgency !== undefined)
    .map((e) => ({
      words: analyzeText(e.text).words,
      kritis: e.urgency === 'kritis',
      weight: e.weight ?? 1,
    }));
  const held = rows.filter((_, i) => i % 5 === 4);
  const probe = trainDangerModels(rows.filter((_, i) => i % 5 !== 4));
  const platt = fitPlatt(held.map((r) => ({ p: rawDanger(probe, r.words), kritis: r.kritis })));
  return { ...trainDangerModels(rows), platt, threshold };
}
