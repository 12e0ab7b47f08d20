// Scores every model of a classifier in one pass over a text's features. Features are integer ids
// (feature-index.ts) and all models' weights of a feature sit in one row, so scoring is array arithmetic rather
// than one string hash per feature and model; the sums are added in the same order as cnbScores and
// softmaxLogProbs, so the numbers are the same (tests/unit/classify/scorer.test.ts compares them).
import { cnbScoresFromSums, type CnbModel } from './cnb.js';
import { compile, type Table } from './compiled.js';
import { FeatureIndex, featureIds, IdCounter } from './feature-index.js';
import type { Word } from '../lexicon/match.js';
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

export type Scorer = (contentWords: readonly Word[]) => ScoredText;

/** A scorer over a text's content words (AnalyzedText.contentWords). */
export function createScorer(models: ModelSet): Scorer {
  const { index, tables } = compile(models);
  const { topic, urgency, type, topicSoftmax } = tables;
  return scorerOf(models, [topic!, urgency!, type!, ...(topicSoftmax ? [topicSoftmax] : [])], index);
}

/** Row `id` holds every model's weights of feature `id` (model m from offsets[m]; zeros where a model lacks
 *  the feature, whose bit in `known` is then clear). A text touches each of its rows once, where separate
 *  tables cost a cache miss per model and feature (they are megabytes, a text's features scattered over them). */
interface MergedTable {
  ks: number[];
  offsets: number[];
  width: number;
  known: Uint8Array;
  weights: Float64Array;
}

function merge(tables: readonly Table[]): MergedTable {
  const ks = tables.map((t) => t.k);
  const offsets = ks.map((_, m) => ks.slice(0, m).reduce((a, b) => a + b, 0));
  const width = ks.reduce((a, b) => a + b, 0);
  let size = 0;
  for (const { rows } of tables) for (const id of rows) size = Math.max(size, id + 1);
  const known = new Uint8Array(size);
  const weights = new Float64Array(size * width);
  tables.forEach(({ k, rows, weights: w }, m) => {
    rows.forEach((id, r) => {
      known[id] |= 1 << m;
      for (let c = 0; c < k; c++) weights[id * width + offsets[m] + c] = w[r * k + c];
    });
  });
  return { ks, offsets, width, known, weights };
}

/** The scorer over compiled tables (topic, urgency, type, then the softmax topic model if any). */
export function scorerOf(models: ModelSet, tables: readonly Table[], index: FeatureIndex): Scorer {
  const cnbs = [models.topic, models.urgency, models.type];
  const { ks, offsets, width, known, weights } = merge(tables);
  const size = known.length;
  const counter = new IdCounter(size);
  const ids: number[] = [];
  const acc = new Float64Array(width);

  return (contentWords) => {
    for (const id of featureIds(index, contentWords, ids))
      if (id >= 0 && id < size && known[id]) counter.add(id);
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
