// Scores every model of a classifier in one pass over a text's features. Features are integer ids
// (feature-index.ts) and each model's weights one flat array, so scoring is array lookups rather than one
// string hash per feature; the sums are added in the same order as cnbScores/softmaxLogProbs, so the numbers
// are the same (tests/unit/classify/scorer.test.ts compares them).
import { cnbScoresFromSums, type CnbModel } from './cnb.js';
import { FeatureIndex, featureIds, IdCounter } from './feature-index.js';
import { logProbsFromSums, type SoftmaxModel } from './softmax.js';

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

/** One model's weights by feature id: row `rowOf[id]` (-1: the model lacks the feature) of k weights. */
export interface WeightTable {
  k: number;
  rowOf: Int32Array;
  weights: Float64Array;
}

/** A model's weights as parallel lists: features[i] has the k weights weights[i*k .. i*k+k). */
export interface FlatWeights {
  features: readonly string[];
  weights: Float64Array;
  k: number;
}

export function flatten(weights: Record<string, readonly number[]>, k: number): FlatWeights {
  const features = Object.keys(weights);
  const flat = new Float64Array(features.length * k);
  features.forEach((f, i) => flat.set(weights[f], i * k));
  return { features, weights: flat, k };
}

/** Tables for several models over one shared index: every model's features are added first, so that rowOf
 *  spans the whole index. */
export function tablesOf(index: FeatureIndex, models: readonly FlatWeights[]): WeightTable[] {
  const ids = models.map((m) => m.features.map((f) => index.add(f)));
  return models.map(({ k, weights }, m) => {
    const rowOf = new Int32Array(index.size).fill(-1);
    ids[m].forEach((id, row) => (rowOf[id] = row));
    return { k, rowOf, weights };
  });
}

/** The weights of topic, urgency, type and (when present) the softmax topic model, in scoring order. */
export function flatModels(models: ModelSet): FlatWeights[] {
  const all = [
    models.topic,
    models.urgency,
    models.type,
    ...(models.topicSoftmax ? [models.topicSoftmax] : []),
  ];
  return all.map((m) => flatten(m.weights, m.classes.length));
}

export type Scorer = (stems: readonly string[]) => ScoredText;

/** A scorer over a text's content stems (AnalyzedText.content); `index` may be shared with other models. */
export function createScorer(models: ModelSet, index = new FeatureIndex()): Scorer {
  return scorerOf(models, tablesOf(index, flatModels(models)), index);
}

/** All models' weights of a feature side by side (row = feature id, model m at offsets[m]), with a bit per
 *  model that knows the feature: one text touches each row once, where separate tables cost a cache miss per
 *  model and feature (the tables are megabytes, a text's features scattered over them). */
interface MergedTable {
  ks: number[];
  offsets: number[];
  width: number;
  known: Uint8Array;
  weights: Float64Array;
}

function merge(tables: readonly WeightTable[], size: number): MergedTable {
  const ks = tables.map((t) => t.k);
  const offsets = ks.map((_, m) => ks.slice(0, m).reduce((a, b) => a + b, 0));
  const width = ks.reduce((a, b) => a + b, 0);
  const known = new Uint8Array(size);
  const weights = new Float64Array(size * width);
  tables.forEach(({ k, rowOf, weights: w }, m) => {
    for (let id = 0; id < Math.min(size, rowOf.length); id++) {
      const row = rowOf[id];
      if (row < 0) continue;
      known[id] |= 1 << m;
      weights.set(w.subarray(row * k, row * k + k), id * width + offsets[m]);
    }
  });
  return { ks, offsets, width, known, weights };
}

/** The scorer over tables already laid out by tablesOf, whose features are the first ids of the index. */
export function scorerOf(models: ModelSet, tables: readonly WeightTable[], index: FeatureIndex): Scorer {
  const cnbs = [models.topic, models.urgency, models.type];
  const { ks, offsets, width, known, weights } = merge(tables, index.size);
  const size = known.length;
  const counter = new IdCounter(index.size);
  const ids: number[] = [];

  const acc = new Float64Array(width);
  return (stems) => {
    for (const id of featureIds(index, stems, ids)) if (id < size && known[id]) counter.add(id);
    acc.fill(0);
    const norms = new Float64Array(ks.length);
    for (const id of counter.order) {
      const v = Math.log1p(counter.count(id));
      // The whole row at once: a model that lacks the feature has zeros there, and adding 0 leaves a sum as
      // it was, so each class's sum is what adding only the known features gives.
      for (let c = 0, at = id * width; c < width; c++, at++) acc[c] += v * weights[at];
      const bits = known[id];
      for (let m = 0; m < ks.length; m++) if (bits & (1 << m)) norms[m] += v * v;
    }
    counter.clear();
    const sums = ks.map((k, m) => {
      const sum = acc.slice(offsets[m], offsets[m] + k);
      const norm = Math.sqrt(norms[m]) || 1;
      for (let c = 0; c < k; c++) sum[c] /= norm;
      return sum;
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
