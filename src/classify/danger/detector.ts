// The "danger now" detector: does the message describe an ongoing or unresolved threat to life, health or
// safety (urgency kritis)? Logistic regression over stemmed words plus the scoped cues of cues.ts (the crisis
// lexicon enters as a cue, not as a rule that overrides). A long letter is read as overlapping windows of two
// sentences and scored by its most dangerous window, so a greeting paragraph cannot dilute a later emergency.
import type { Word } from '../lexicon/match.js';
import { trainSoftmax, softmaxLogProbs, softmaxWeights, type SoftmaxModel } from '../model/softmax.js';
import { ngramFeatures, SENTENCE_BREAK } from '../text/features.js';
import { STOPWORDS } from '../text/stopwords.js';
import { windowCues } from './cues.js';

export interface DangerModel {
  model: SoftmaxModel;
  /** the same question over the cues alone: no vocabulary, so it carries over to voices the corpus lacks */
  cuesOnly?: SoftmaxModel;
  /** Platt scaling of the raw max-window probability's logit, fitted on a hold-out: p = σ(a·logit + b) */
  platt: { a: number; b: number };
  /** calibrated probability from which a message is kritis (chosen in src/classify/train.ts) */
  threshold: number;
}

const CLASSES = ['kritis', 'lain'];

function contentFeatures(words: readonly Word[]): string[] {
  const stems: string[] = [];
  for (const w of words) {
    if (w.token === SENTENCE_BREAK || STOPWORDS.has(w.token) || /^\d+$/.test(w.token)) continue;
    stems.push(w.stem);
  }
  return ngramFeatures(stems);
}

/** Cues are few next to a letter's words; repeated, they keep their weight in the length-normalized vector. */
const CUE_REPEAT = 3;

export function windowFeatures(words: readonly Word[]): string[] {
  const cues = windowCues(words);
  const out = contentFeatures(words);
  for (let r = 0; r < CUE_REPEAT; r++) out.push(...cues);
  return out;
}

function sentences(words: readonly Word[]): Word[][] {
  const out: Word[][] = [[]];
  for (const w of words) {
    if (w.token === SENTENCE_BREAK) {
      if (out[out.length - 1].length) out.push([]);
    } else out[out.length - 1].push(w);
  }
  if (!out[out.length - 1].length) out.pop();
  return out;
}

/** The whole text, then (for texts of three sentences or more) every pair of adjacent sentences. */
export function textWindows(words: readonly Word[]): Word[][] {
  const s = sentences(words);
  const all = s.flat();
  if (s.length < 3) return [all];
  const windows = [all];
  for (let i = 0; i + 1 < s.length; i++) windows.push([...s[i], ...s[i + 1]]);
  return windows;
}

const logit = (p: number) => Math.log(Math.max(1e-9, p) / Math.max(1e-9, 1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export interface DangerModels {
  model: SoftmaxModel;
  cuesOnly?: SoftmaxModel;
}

/** Raw (uncalibrated) probability of danger: per window the mean of the two models, maximum over windows. */
export function rawDanger(models: DangerModels, words: readonly Word[]): number {
  let best = 0;
  const known = softmaxWeights(models.model);
  for (const window of textWindows(words)) {
    const cues = windowCues(window);
    const full = contentFeatures(window);
    for (let r = 0; r < CUE_REPEAT; r++) full.push(...cues);
    // A window with no word the model knows (emoji, another language) says nothing; its bias alone is not danger.
    if (!full.some((f) => known.has(f))) continue;
    let p = Math.exp(softmaxLogProbs(models.model, full)[0]);
    if (models.cuesOnly) p = (p + Math.exp(softmaxLogProbs(models.cuesOnly, cues)[0])) / 2;
    if (p > best) best = p;
  }
  return best;
}

export function dangerProbability(danger: DangerModel, words: readonly Word[]): number {
  return sigmoid(danger.platt.a * logit(rawDanger(danger, words)) + danger.platt.b);
}

export interface DangerExample {
  words: Word[];
  kritis: boolean;
  weight: number;
}

/** Whole texts are examples; so is every window of a text that is not kritis (none of its parts is). */
export function trainDangerModels(examples: readonly DangerExample[], seed = 1): DangerModels {
  const docs: string[][] = [];
  const cueDocs: string[][] = [];
  const labels: string[] = [];
  const weights: number[] = [];
  for (const e of examples) {
    const windows = textWindows(e.words);
    const use = e.kritis ? windows.slice(0, 1) : windows;
    for (const [i, window] of use.entries()) {
      docs.push(windowFeatures(window));
      cueDocs.push(windowCues(window));
      labels.push(e.kritis ? 'kritis' : 'lain');
      weights.push(i === 0 ? e.weight : e.weight * 0.5);
    }
  }
  const opts = { sampleWeights: weights, seed, epochs: 8 };
  return {
    model: trainSoftmax(docs, labels, CLASSES, opts),
    cuesOnly: trainSoftmax(cueDocs, labels, CLASSES, { ...opts, minDocFreq: 5 }),
  };
}

/** Fits Platt's a, b by gradient descent on log-loss over held-out (raw probability, truth) pairs. */
export function fitPlatt(pairs: readonly { p: number; kritis: boolean }[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  if (!pairs.some((x) => x.kritis) || pairs.every((x) => x.kritis)) return { a, b };
  const xs = pairs.map((x) => logit(x.p));
  for (let step = 0; step < 2000; step++) {
    let ga = 0;
    let gb = 0;
    pairs.forEach((pair, i) => {
      const err = sigmoid(a * xs[i] + b) - (pair.kritis ? 1 : 0);
      ga += err * xs[i];
      gb += err;
    });
    a -= (0.5 * ga) / pairs.length;
    b -= (0.5 * gb) / pairs.length;
  }
  return { a: Math.round(a * 1e4) / 1e4, b: Math.round(b * 1e4) / 1e4 };
}
