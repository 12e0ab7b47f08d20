// Trains the danger detector for a model file: fit on 4/5 of the labelled texts, calibrate (Platt) on the
// remaining 1/5, then refit on everything with the same calibration.
import type { LabelledExample } from '../corpus.js';
import { analyzeText } from '../text/features.js';
import { fitPlatt, rawDanger, trainDangerModels, type DangerExample, type DangerModel } from './detector.js';

/** Calibrated probability from which a message is kritis. Rule: the highest threshold at which corpus
 *  cross-validation and every own set with 30 or more kritis rows that is not a judge (data/eval: urgency,
 *  urgency-blind, portal-blind, desk-blind, jateng-blind) keep recall ≥ 0.90 (`npm run eval -- --cv`); never
 *  chosen on shared/eval. So low a probability is a cost choice: a missed emergency is taken to cost a dozen false
 *  alarms, which a supervisor closes in a click; at that ratio the expected cost per message over the own sets is
 *  lowest here too (src/classify/README.md). Corpus CV binds it: recall 0.910 at 0.09, 0.899 at 0.10. */
export const DANGER_THRESHOLD = 0.09;

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
