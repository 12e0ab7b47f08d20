// The "danger now" detector: does the message describe an ongoing or unresolved threat to life, health or
// safety (urgency kritis)? Logistic regression over stemmed words plus the scoped cues of cues.ts (the crisis
// lexicon enters as a cue, not as a rule that overrides). A long letter is read as overlapping windows of two
// sentences and scored by its most dangerous window, so a greeting paragraph cannot dilute a later emergency.
import type { Word } from '../lexicon/match.js';
import { trainSoftmax, type SoftmaxModel } from '../model/softmax.js';
import { ngramFeatures, SENTENCE_BREAK } from '../text/features.js';
import { STOPWORDS } from '../text/stopwords.js';
import { cuesOfMarks, mergeMarks, sentenceMarks, type Marks } from './cues.js';

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

/** A word the detector counts: not a sentence end, a stopword or a number. */
export const isContentWord = (w: Word) =>
  w.token !== SENTENCE_BREAK && !STOPWORDS.has(w.token) && !/^\d+$/.test(w.token);

/** Cues are few next to a letter's words; repeated, they keep their weight in the length-normalized vector. */
export const CUE_REPEAT = 3;

export function sentences(words: readonly Word[]): Word[][] {
  const out: Word[][] = [[]];
  for (const w of words) {
    if (w.token === SENTENCE_BREAK) {
      if (out[out.length - 1].length) out.push([]);
    } else out[out.length - 1].push(w);
  }
  if (!out[out.length - 1].length) out.pop();
  return out.flatMap(splitLong);
}

/** Many citizens write a whole letter with commas only, or none: one "sentence" would then be the only window
 *  and its greeting would dilute the emergency. A run longer than this many words is read as chunks of about
 *  CHUNK_WORDS, which pair into windows as sentences do (with periods stripped, urgency-blind's average precision
 *  fell 0.944 -> 0.929 without chunks, 0.943 -> 0.941 with them; src/classify/README.md). */
const MAX_SENTENCE_WORDS = 24;
const CHUNK_WORDS = 16;

function splitLong(sentence: Word[]): Word[][] {
  if (sentence.length <= MAX_SENTENCE_WORDS) return [sentence];
  const size = Math.ceil(sentence.length / Math.ceil(sentence.length / CHUNK_WORDS));
  const out: Word[][] = [];
  for (let i = 0; i < sentence.length; i += size) out.push(sentence.slice(i, i + size));
  return out;
}

/** A window: the words of one or more adjacent sentences, with their merged marks. */
export interface Window {
  features: string[];
  cues: string[];
  /** crisis-lexicon level rank of the window (-1: no phrase) */
  lexRank: number;
}

interface Sentence {
  content: string[];
  words: number;
  marks: Marks;
}

function window(parts: readonly Sentence[]): Window {
  const marks = mergeMarks(parts.map((p) => p.marks));
  const cues = cuesOfMarks(marks);
  const features = parts.flatMap((p) => p.content);
  for (let r = 0; r < CUE_REPEAT; r++) features.push(...cues);
  return { features, cues, lexRank: marks.lexRank };
}

/** Content words a pair of sentences needs to be read as a window of its own. A pair with fewer ("Wassalamualaikum
 *  wr. wb.") has almost no feature the model weighs, so its probability is the model's bias, which is no evidence
 *  of danger; read as a window, such pairs put every long letter's score at the threshold. */
export const MIN_WINDOW_WORDS = 5;

/** Whether two sentences with these content word counts form a window (texts of three sentences or more). */
export const pairIsWindow = (a: number, b: number) => a + b >= MIN_WINDOW_WORDS;

/** The whole text, then (for texts of three sentences or more) every pair of adjacent sentences with enough
 *  words. Each sentence is analysed once; a window merges its sentences' words and marks. */
export function textWindows(words: readonly Word[]): Window[] {
  const s = sentences(words).map((w) => {
    const content = w.filter(isContentWord);
    return {
      content: ngramFeatures(content.map((c) => c.stem)),
      words: content.length,
      marks: sentenceMarks(w),
    };
  });
  const windows = [window(s)];
  if (s.length >= 3) {
    for (let i = 0; i + 1 < s.length; i++) {
      if (pairIsWindow(s[i].words, s[i + 1].words)) windows.push(window([s[i], s[i + 1]]));
    }
  }
  return windows;
}

export const logit = (p: number) => Math.log(Math.max(1e-9, p) / Math.max(1e-9, 1 - p));
export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export interface DangerModels {
  model: SoftmaxModel;
  cuesOnly?: SoftmaxModel;
}

/** A two-class model as one weight per feature (kritis minus the other class), compiled once per model. */
interface Binary {
  weights: Map<string, number>;
  bias: number;
}
const compiled = new WeakMap<SoftmaxModel, Binary>();
export function binary(model: SoftmaxModel): Binary {
  let b = compiled.get(model);
  if (!b) {
    const weights = new Map<string, number>();
    for (const [f, w] of Object.entries(model.weights)) weights.set(f, w[0] - w[1]);
    b = { weights, bias: model.bias[0] - model.bias[1] };
    compiled.set(model, b);
  }
  return b;
}

/** P(kritis) of one window: log-TF, L2-normalized over known features, as the softmax model was trained;
 *  null when the window has no feature the model knows. */
export function windowProbability(model: Binary, features: readonly string[]): number | null {
  const counts = new Map<string, number>();
  for (const f of features) if (model.weights.has(f)) counts.set(f, (counts.get(f) ?? 0) + 1);
  if (!counts.size) return null;
  let sum = 0;
  let norm = 0;
  for (const [f, c] of counts) {
    const v = Math.log1p(c);
    norm += v * v;
    sum += v * model.weights.get(f)!;
  }
  return sigmoid(sum / Math.sqrt(norm) + model.bias);
}

/** The cue model's P(kritis) of a window: windowProbability for features that each occur once (a window's cues
 *  are distinct), without counting them; the bias alone when the window has no known cue. */
export function cueProbability(model: Binary, cues: readonly string[]): number {
  let sum = 0;
  let known = 0;
  for (const cue of cues) {
    const w = model.weights.get(cue);
    if (w === undefined) continue;
    sum += w;
    known++;
  }
  return sigmoid((known ? sum / Math.sqrt(known) : 0) + model.bias);
}

/** A window's probability is this share of the word model's and the rest of the cue model's. An even mean was
 *  right while the word model over-fitted the corpus; regularized (DANGER_L2) it ranks better on the blind sets,
 *  and 0.85 had the best mean average precision over the four own sets with kritis rows (0.5: 0.898, 0.7: 0.903,
 *  0.85: 0.906, word model alone: 0.896, which lost most on the set with the fewest emergencies). */
export const WORD_MODEL_SHARE = 0.85;

/** Raw (uncalibrated) probability of danger: per window the two models mixed, maximum over windows. */
export function rawDanger(models: DangerModels, words: readonly Word[]): number {
  return rawDangerOfWindows(models, textWindows(words));
}

function rawDangerOfWindows(models: DangerModels, windows: readonly Window[]): number {
  let best = 0;
  const full = binary(models.model);
  const cuesOnly = models.cuesOnly ? binary(models.cuesOnly) : null;
  for (const { features, cues } of windows) {
    // A window with no word the model knows (emoji, another language) says nothing; its bias alone is not danger.
    let p = windowProbability(full, features);
    if (p === null) continue;
    if (cuesOnly) p = WORD_MODEL_SHARE * p + (1 - WORD_MODEL_SHARE) * cueProbability(cuesOnly, cues);
    if (p > best) best = p;
  }
  return best;
}

/** Calibrated danger probability, and the crisis lexicon's level rank of the whole text (read on the way). */
export function readDanger(
  danger: DangerModel,
  words: readonly Word[],
): { probability: number; lexRank: number } {
  const windows = textWindows(words);
  const raw = rawDangerOfWindows(danger, windows);
  return { probability: sigmoid(danger.platt.a * logit(raw) + danger.platt.b), lexRank: windows[0].lexRank };
}

export function dangerProbability(danger: DangerModel, words: readonly Word[]): number {
  return readDanger(danger, words).probability;
}

export interface DangerExample {
  words: Word[];
  kritis: boolean;
  weight: number;
}

/** L2 penalty of both detector models: 100 times the topic models'. Weaker, the word model learned the corpus's
 *  own phrasing and scored unseen voices near its bias; 3e-3 to 3e-2 gave the same gain in average precision on
 *  every set in data/eval (src/classify/README.md, issue 14), 1e-2 is the middle. */
const DANGER_L2 = 1e-2;

/** Whole texts are examples; so is every window of a text that is not kritis (none of its parts is). */
export function trainDangerModels(examples: readonly DangerExample[], seed = 1): DangerModels {
  const docs: string[][] = [];
  const cueDocs: string[][] = [];
  const labels: string[] = [];
  const weights: number[] = [];
  for (const e of examples) {
    const windows = textWindows(e.words);
    const use = e.kritis ? windows.slice(0, 1) : windows;
    for (const [i, w] of use.entries()) {
      docs.push(w.features);
      cueDocs.push(w.cues);
      labels.push(e.kritis ? 'kritis' : 'lain');
      weights.push(i === 0 ? e.weight : e.weight * 0.5);
    }
  }
  const opts = { sampleWeights: weights, seed, epochs: 8, l2: DANGER_L2 };
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
