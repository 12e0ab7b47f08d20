// Urgency of a classified message: the CNB urgency model and the crisis lexicon decide rendah..tinggi; whether
// it is kritis is the danger detector's question (danger/detector.ts). Models written before the detector
// existed keep the older rule: the crisis lexicon as a floor.
import { URGENCIES, type MessageType, type Urgency } from '../domain/labels.js';
import { readDanger, type DangerModel } from './danger/detector.js';
import { crisisLevelOfWords, urgencyOfRank, urgencyRank } from './lexicon/crisis.js';
import type { Word } from './lexicon/match.js';

const MODEL_KRITIS_MIN = 0.5;

function isFlat(xs: readonly number[]): boolean {
  return xs.every((x) => Math.abs(x - xs[0]) < 1e-9);
}

export interface UrgencyDecision {
  urgency: Urgency;
  confidence: number;
  /** calibrated probability of danger now, when the model has a detector */
  danger: number | null;
}

function modelRankOf(probs: readonly number[], from = 0): number {
  if (isFlat(probs)) return 1; // ties (no known words) go to the lower level, as the labelling tie rule says
  let best = from;
  for (let i = from + 1; i < probs.length; i++) if (probs[i] > probs[best]) best = i;
  return urgencyRank(URGENCIES[best]);
}

/** keepDanger: thanks or a spam word ("pinjol ngancam mau datang") in a text that also reports danger now stay
 *  kritis: the detector read the whole text, the type cue only a word. */
function applyType(rank: number, type: MessageType, keepDanger: boolean): number {
  const dangerNow = keepDanger && rank === 3;
  if (type === 'spam' && !dangerNow) return 0;
  if (type === 'apresiasi' && !dangerNow) return 0;
  if (type === 'pengaduan' && rank === 0) return 1; // a complaint is at least normal
  return rank;
}

/** `read` is the classifier's compiled danger reader (danger/reader.ts); it gives readDanger's numbers. */
export function decideUrgency(
  probs: readonly number[],
  words: readonly Word[],
  type: MessageType,
  danger: DangerModel | undefined,
  read: (words: readonly Word[]) => { probability: number; lexRank: number } = (w) => readDanger(danger!, w),
): UrgencyDecision {
  if (danger) {
    const { probability: p, lexRank: lexiconRank } = read(words);
    // Below kritis: the urgency model's best non-kritis level, floored by the lexicon (capped at tinggi).
    const base = Math.min(2, Math.max(modelRankOf(probs, 1), lexiconRank));
    const rank = applyType(p >= danger.threshold ? 3 : base, type, true);
    const rest = probs.slice(1).reduce((a, b) => a + b, 0) || 1;
    const share = rank >= 1 && rank <= 3 && rank !== 3 ? probs[3 - rank] / rest : 1;
    const confidence = rank === 3 ? p : (1 - p) * Math.max(share, lexiconRank === rank ? 0.9 : 0);
    return { urgency: urgencyOfRank(rank), confidence, danger: p };
  }
  const crisis = crisisLevelOfWords(words);
  const lexiconRank = crisis.level ? urgencyRank(crisis.level) : -1;
  const modelRank = modelRankOf(probs);
  let rank = Math.max(modelRank, lexiconRank);
  if (rank === 3 && lexiconRank < 3 && probs[0] < MODEL_KRITIS_MIN) rank = 2;
  let confidence = lexiconRank >= modelRank ? 0.9 : Math.max(...probs);
  if (type === 'permintaan_informasi' && lexiconRank < 3) rank = Math.min(rank, 2);
  rank = applyType(rank, type, false);
  if (type === 'spam' || type === 'apresiasi') confidence = Math.max(confidence, 0.8);
  return { urgency: urgencyOfRank(rank), confidence, danger: null };
}
