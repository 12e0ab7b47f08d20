// Multinomial logistic regression (softmax) over the same sparse features as CNB, trained by AdaGrad with
// class weights and L2. CNB is a good prior on short texts; a discriminative model learns which of a long
// letter's many words actually decide the topic, so the two err differently and ensemble well.
import { asCounts, logTfVector, termCounts, weightedSum, type Counts } from './vector.js';
import { mulberry32 } from './random.js';

export interface SoftmaxModel {
  classes: string[];
  /** feature -> one weight per class (rounded; features whose weights all round to 0 are dropped) */
  weights: Record<string, number[]>;
  bias: number[];
}

export interface SoftmaxOptions {
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per update, scaled by the learning rate */
  l2?: number;
  /** drop features seen in fewer documents than this */
  minDocFreq?: number;
  /** per-document weights (e.g. corrections count more); default 1 */
  sampleWeights?: number[];
  /** deterministic shuffling */
  seed?: number;
}

/** Log-TF, L2-normalized document vector over the known features (the same shape CNB uses). */
function docVector(features: readonly string[], index: (f: string) => number): [number, number][] {
  return logTfVector(termCounts(features), (f) => {
    const i = index(f);
    return i < 0 ? undefined : i;
  });
}

function softmaxInPlace(z: Float64Array): void {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let c = 0; c < z.length; c++) sum += z[c] = Math.exp(z[c] - max);
  for (let c = 0; c < z.length; c++) z[c] /= sum;
}

export function trainSoftmax(
  docs: readonly string[][],
  labels: readonly string[],
  classes: readonly string[],
  opts: SoftmaxOptions = {},
): SoftmaxModel {
  const { epochs = 8, learningRate = 0.5, l2 = 1e-4, minDocFreq = 2, seed = 1 } = opts;
  const k = classes.length;
  const df = new Map<string, number>();
  for (const d of docs) for (const f of new Set(d)) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df.keys()].filter((f) => df.get(f)! >= minDocFreq).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = docs
    .map((d, i) => ({
      x: docVector(d, (f) => index.get(f) ?? -1),
      y: classes.indexOf(labels[i]),
      w: opts.sampleWeights?.[i] ?? 1,
    }))
    .filter((r) => r.y >= 0 && r.x.length > 0);
  // Balanced class weights: every class contributes the same total gradient, as CNB's complement does.
  const perClass = new Array<number>(k).fill(0);
  for (const r of rows) perClass[r.y] += r.w;
  const present = perClass.filter((n) => n > 0).length;
  const total = perClass.reduce((a, b) => a + b, 0);
  const classWeight = perClass.map((n) => (n ? total / (present * n) : 0));

  const W = new Float64Array(vocab.length * k);
  const G = new Float64Array(vocab.length * k).fill(1e-8); // AdaGrad squared-gradient sums
  const b = new Float64Array(k);
  const gb = new Float64Array(k).fill(1e-8);
  const z = new Float64Array(k);
  const random = mulberry32(seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const r of order.map((i) => rows[i])) {
      for (let c = 0; c < k; c++) z[c] = b[c];
      for (const [f, v] of r.x) for (let c = 0; c < k; c++) z[c] += W[f * k + c] * v;
      softmaxInPlace(z);
      const scale = r.w * classWeight[r.y];
      for (let c = 0; c < k; c++) {
        const g = scale * (z[c] - (c === r.y ? 1 : 0));
        gb[c] += g * g;
        b[c] -= (learningRate * g) / Math.sqrt(gb[c]);
        for (const [f, v] of r.x) {
          const at = f * k + c;
          const gw = g * v + l2 * W[at];
          G[at] += gw * gw;
          W[at] -= (learningRate * gw) / Math.sqrt(G[at]);
        }
      }
    }
  }
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    const w = Array.from(W.subarray(i * k, i * k + k), round);
    if (w.some((x) => x !== 0)) weights[f] = w;
  });
  return { classes: [...classes], weights, bias: Array.from(b, round) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

const compiled = new WeakMap<SoftmaxModel, Map<string, Float64Array>>();
export function softmaxWeights(model: SoftmaxModel): Map<string, Float64Array> {
  let map = compiled.get(model);
  if (!map) {
    map = new Map(Object.entries(model.weights).map(([f, w]) => [f, Float64Array.from(w)]));
    compiled.set(model, map);
  }
  return map;
}

/** Log-probabilities per class (natural log). */
export function softmaxLogProbs(model: SoftmaxModel, features: readonly string[] | Counts): number[] {
  const weights = softmaxWeights(model);
  const k = model.classes.length;
  return logProbsFromSums(model, weightedSum(asCounts(features), weights, k));
}

/** Log-probabilities from the weighted sums of a document's features (see vector.ts); `z` is reused. */
export function logProbsFromSums(model: SoftmaxModel, z: Float64Array): number[] {
  const k = model.classes.length;
  for (let c = 0; c < k; c++) z[c] += model.bias[c];
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (const v of z) sum += Math.exp(v - max);
  const logSum = max + Math.log(sum);
  return Array.from(z, (v) => v - logSum);
}
