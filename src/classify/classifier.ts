// Combines the trained models with the hand-written lexicons, the gazetteer and PII detection.
import {
  MESSAGE_TYPES,
  TOPICS,
  type Classification,
  type MessageType,
  type Topic,
} from '../domain/labels.js';
import { regionOfCleaned, regionOfTokens } from './gazetteer.js';
import { decideUrgency } from './urgency.js';
import { createDangerReader } from './danger/reader.js';
import { topicKeywordScores } from './lexicon/topic-score.js';
import { typeCues, typeFromCues } from './lexicon/type-cues.js';
import { softmax } from './model/cnb.js';
import { compiledModel } from './model/compiled.js';
import { scorerOf } from './model/scorer.js';
import type { ModelFile } from './model/model-file.js';
import { detectPii } from './pii.js';
import { analyzeText } from './text/features.js';

export interface Classifier {
  readonly version: string;
  classify(text: string): Classification;
  /** calibrated probability that the text describes danger now (null for models without the detector) */
  danger(text: string): number | null;
}

function isFlat(xs: readonly number[]): boolean {
  return xs.every((x) => Math.abs(x - xs[0]) < 1e-9);
}

function argmax(xs: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i] > xs[best]) best = i;
  return best;
}

const LAINNYA = TOPICS.indexOf('lainnya');

/** Platt mapping of a probability (src/classify/train.ts, TOPIC_CONFIDENCE_PLATT). */
function calibrated(p: number, platt?: { a: number; b: number }): number {
  if (!platt) return p;
  const x = Math.log(Math.max(1e-9, p) / Math.max(1e-9, 1 - p));
  return 1 / (1 + Math.exp(-(platt.a * x + platt.b)));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Divides by the square root of all keyword evidence, so a long letter naming many sectors does not
 *  outvote the model, while a short message with one decisive keyword still counts fully. */
function scaleKeywords(k: number[]): number[] {
  const total = k.reduce((a, b) => a + b, 0);
  return total ? k.map((x) => x / Math.sqrt(total)) : k;
}

export function createClassifier(model: ModelFile): Classifier {
  const version = model.version;
  // Build the lookup tables now, so that loading pays for them rather than the first message: every model's
  // features share one index, so a text's stems become ids once.
  const { index, tables } = compiledModel(model);
  const scored = [tables.topic!, tables.urgency!, tables.type!];
  if (model.topicSoftmax) scored.push(tables.topicSoftmax!);
  const score = scorerOf(model, scored, index);
  const readDanger = model.danger ? createDangerReader(model.danger, tables.danger!, index) : null;
  regionOfCleaned(''); // loads the gazetteer
  const second = model.topicSoftmax;
  const secondWeight = model.topicSoftmaxWeight ?? 0;
  return {
    version,
    danger: (text) => (readDanger ? readDanger(analyzeText(text).words).probability : null),
    classify(text: string): Classification {
      const { cleaned, words, tokens, contentWords } = analyzeText(text);
      const cues = typeCues(cleaned);

      // Topic: model logits plus a bonus for hand-written keywords (robust on vocabulary the corpus lacks).
      const keywords = scaleKeywords(topicKeywordScores(words));
      const scored = score(contentWords);
      const cnbLogits = scored.topic;
      const lrLogProbs = second && !isFlat(cnbLogits) ? scored.topicSoftmax : null;
      const topicLogits = cnbLogits.map(
        (l, i) =>
          l + (lrLogProbs ? secondWeight * lrLogProbs[i] : 0) + model.topicKeywordWeight * keywords[i],
      );
      const topicProbs = softmax(topicLogits);
      // Nothing the model or the keywords know (a greeting, emoji only, another language): lainnya.
      let topicIndex = isFlat(topicLogits) ? LAINNYA : argmax(topicProbs);
      // "lainnya" is for messages about no public-service sector; a text with sector keywords is not that.
      if (topicIndex === LAINNYA && keywords.some((k, i) => i !== LAINNYA && k > 0)) {
        topicIndex = argmax(topicProbs.map((p, i) => (i === LAINNYA ? -1 : p)));
      }

      // Type: unambiguous surface cues win; otherwise the model.
      const typeProbs = softmax(scored.type);
      const cueType = typeFromCues(cues);
      const modelType = isFlat(typeProbs) ? 'pengaduan' : (MESSAGE_TYPES[argmax(typeProbs)] as MessageType);
      let type: MessageType = cueType ?? modelType;
      const typeConfidence = cueType
        ? Math.max(0.8, typeProbs[MESSAGE_TYPES.indexOf(cueType)])
        : Math.max(...typeProbs);

      const decided = decideUrgency(
        softmax(scored.urgency),
        words,
        type,
        model.danger,
        readDanger ?? undefined,
      );
      const urgency = decided.urgency;
      let urgencyConfidence = decided.confidence;
      // A spam word in a report of danger now (a loan shark's threat) makes it a complaint, not an advert.
      if (type === 'spam' && urgency === 'kritis') type = 'pengaduan';
      if (type === 'spam') {
        topicIndex = TOPICS.indexOf('lainnya');
        urgencyConfidence = typeConfidence;
      }
      const region = regionOfTokens(cleaned, tokens);
      return {
        topic: TOPICS[topicIndex] as Topic,
        urgency,
        type,
        region: region.region,
        pii: detectPii(text),
        confidence: {
          topic: round(calibrated(topicProbs[topicIndex], model.topicCalibration)),
          urgency: round(urgencyConfidence),
          type: round(typeConfidence),
          region: round(region.confidence),
        },
        modelVersion: version,
      };
    },
  };
}
