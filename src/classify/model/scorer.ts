// Scores every model of a classifier in one pass over a text's features: one hash lookup per feature instead of
// one per model (the lookups were most of the classification time). Same numbers as cnbScores/softmaxLogProbs.
import { cnbScoresFromSums, weightsOf, type CnbModel } from './cnb.js';
import { logProbsFromSums, softmaxWeights, type SoftmaxModel } from './softmax.js';
import type { Counts } from './vector.js';

export interface ScoredText {
  /** CNB logits (temperature applied) per class */
  topic: number[];
  urgency: number[];
  type: number[];
  /** natural-log probabilities of the second topic model, when the model file has one */
  topicSoftmax: number[] | null;
}

export interface ModelSet {
  topic: CnbModel;
  urgency: CnbModel;
  type: CnbModel;
  topicSoftmax?: SoftmaxModel;
}

type Row = (Float64Array | undefined)[];

export function createScorer(models: ModelSet): (counts: Counts) => ScoredText {
  const cnbs = [models.topic, models.urgency, models.type];
  const tables = [
    ...cnbs.map(weightsOf),
    models.topicSoftmax ? softmaxWeights(models.topicSoftmax) : new Map(),
  ];
  const sizes = [...cnbs, ...(models.topicSoftmax ? [models.topicSoftmax] : [])].map((m) => m.classes.length);
  const merged = new Map<string, Row>();
  tables.forEach((table, m) => {
    for (const [feature, weights] of table) {
      let row = merged.get(feature);
      if (!row) merged.set(feature, (row = new Array(tables.length).fill(undefined)));
      row[m] = weights;
    }
  });

  return (counts) => {
    const sums = sizes.map((k) => new Float64Array(k));
    const norms = new Float64Array(sizes.length);
    for (const [feature, count] of counts) {
      const row = merged.get(feature);
      if (!row) continue;
      const v = Math.log1p(count);
      for (let m = 0; m < sizes.length; m++) {
        const w = row[m];
        if (!w) continue;
        norms[m] += v * v;
        const sum = sums[m];
        for (let c = 0; c < w.length; c++) sum[c] += v * w[c];
      }
    }
    sums.forEach((sum, m) => {
      const norm = Math.sqrt(norms[m]) || 1;
      for (let c = 0; c < sum.length; c++) sum[c] /= norm;
    });
    const logits = (i: number) => cnbScoresFromSums(sums[i]).map((s) => s / cnbs[i].temperature);
    return {
      topic: logits(0),
      urgency: logits(1),
      type: logits(2),
      topicSoftmax: models.topicSoftmax ? logProbsFromSums(models.topicSoftmax, sums[3]) : null,
    };
  };
}
