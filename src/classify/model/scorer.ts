// Scores every model of a classifier in one pass over a text's features. Features are integer ids
// (feature-index.ts) and all models' weights of a feature sit in one row, so scoring is array arithmetic rather
// than one string hash per feature and model; the sums are added in the same order as cnbScores and
// softmaxLogProbs, so the numbers are the same (tests/unit/classify/scorer.test.ts compares them).
import type { CnbModel } from './cnb.js';
import { compile, type Table } from './compiled.js';
import { FeatureIndex, featureIds } from './feature-index.js';
import { IdCounter } from './id-counter.js';
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
  /** weight = weights[at] / divisors[column]: small integers when every weight is one over a power of ten
   *  (training rounds them so), a quarter of the memory of doubles and the same numbers after the division
   *  (correctly rounded, as parsing the decimal was); else the doubles themselves over divisors of 1 */
  weights: Int16Array | Float64Array;
  divisors: Float64Array;
}

/** The power of ten that makes every weight a 16-bit integer, or 0. */
function scaleOf(w: Float64Array): number {
  for (const scale of [100, 1000, 10000]) {
    let ok = true;
    for (let i = 0; i < w.length && ok; i++) {
      const q = Math.round(w[i] * scale);
      ok = q / scale === w[i] && Math.abs(q) <= 32767;
    }
    if (ok) return scale;
  }
  return 0;
}

function merge(tables: readonly Table[]): MergedTable {
  const ks = tables.map((t) => t.k);
  const offsets = ks.map((_, m) => ks.slice(0, m).reduce((a, b) => a + b, 0));
  const width = ks.reduce((a, b) => a + b, 0);
  let size = 0;
  for (const { rows } of tables) for (const id of rows) size = Math.max(size, id + 1);
  const scales = tables.map((t) => scaleOf(t.weights));
  const asIntegers = scales.every((s) => s > 0);
  const known = new Uint8Array(size);
  const weights = asIntegers ? new Int16Array(size * width) : new Float64Array(size * width);
  const divisors = new Float64Array(width);
  tables.forEach(({ k, rows, weights: w }, m) => {
    const scale = asIntegers ? scales[m] : 1;
    divisors.fill(scale, offsets[m], offsets[m] + k);
    rows.forEach((id, r) => {
      known[id] |= 1 << m;
      for (let c = 0; c < k; c++) {
        const x = w[r * k + c];
        weights[id * width + offsets[m] + c] = asIntegers ? Math.round(x * scale) : x;
      }
    });
  });
  return { ks, offsets, width, known, weights, divisors };
}

/** The scorer over compiled tables (topic, urgency, type, then the softmax topic model if any). */
export function scorerOf(models: ModelSet, tables: readonly Table[], index: FeatureIndex): Scorer {
  const cnbs = [models.topic, models.urgency, models.type];
  const { ks, offsets, width, known, weights, divisors } = merge(tables);
  const size = known.length;
  const counter = new IdCounter(size);
  const ids: number[] = [];
  const acc = new Float64Array(width);
  const norms = new Float64Array(ks.length);

  return (contentWords) => {
    for (const id of featureIds(index, contentWords, ids))
      if (id >= 0 && id < size && known[id]) counter.add(id);
    acc.fill(0);
    norms.fill(0);
    for (const id of counter.order) {
      const v = Math.log1p(counter.count(id));
      // The whole row at once: a model that lacks the feature has zeros there, and adding 0 leaves a sum as
      // it was, so each class's sum is what adding only the known features gives.
      for (let c = 0, at = id * width; c < width; c++, at++) acc[c] += v * (weights[at] / divisors[c]);
      const bits = known[id];
      for (let m = 0; m < ks.length; m++) if (bits & (1 << m)) norms[m] += v * v;
    }
    counter.clear();
    return {
      topic: logits(0),
      urgency: logits(1),
      type: logits(2),
      topicSoftmax: models.topicSoftmax ? logProbsFromSums(models.topicSoftmax, normalized(3)) : null,
    };
  };

  /** Model m's sums divided by the norm of the features it knows. */
  function normalized(m: number): Float64Array {
    const sum = acc.slice(offsets[m], offsets[m] + ks[m]);
    const norm = Math.sqrt(norms[m]) || 1;
    for (let c = 0; c < sum.length; c++) sum[c] /= norm;
    return sum;
  }

  /** cnbScoresFromSums(normalized(m)) over the temperature, in one loop (the same operations in order). */
  function logits(m: number): number[] {
    const sum = normalized(m);
    let total = 0;
    for (let c = 0; c < sum.length; c++) total += -sum[c];
    const mean = total / sum.length;
    const out = new Array<number>(sum.length);
    for (let c = 0; c < sum.length; c++) out[c] = (-sum[c] - mean) / cnbs[m].temperature;
    return out;
  }
}
