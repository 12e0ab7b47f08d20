// The danger detector as classification runs it: the same windows, cues and numbers as readDanger in
// detector.ts (tests/unit/classify/fast-path.test.ts compares them), but each sentence's words become
// feature ids once, and a window adds up its sentences' ids instead of re-joining their feature strings. Ids
// come through the shared feature index, which reads a typing slip of a known stem as that stem
// (model/spelling.ts); detector.ts, which training uses, reads every word as written.
import type { Word } from '../lexicon/match.js';
import { FeatureIndex, featureIds } from '../model/feature-index.js';
import { IdCounter } from '../model/id-counter.js';
import type { Table } from '../model/compiled.js';
import { cuesOfMarks, mergeMarks, sentenceMarks, type Marks } from './cues.js';
import {
  binary,
  CUE_REPEAT,
  cueProbability,
  isContentWord,
  logit,
  pairIsWindow,
  sentences,
  sigmoid,
  WORD_MODEL_SHARE,
  type DangerModel,
} from './detector.js';

export interface DangerReading {
  probability: number;
  /** crisis-lexicon level rank of the whole text (-1: no phrase) */
  lexRank: number;
}
export type DangerReader = (words: readonly Word[]) => DangerReading;

interface Sentence {
  ids: number[];
  /** content words, known to the model or not (pairIsWindow in detector.ts) */
  words: number;
  marks: Marks;
}

/** Words from analyzeText know whether they are content; others are tested as the detector's training does. */
const isContent = (w: Word & { content?: boolean }) => w.content ?? isContentWord(w);

/** `table` is the detector's full model compiled over `index` (the index the classifier's scorer shares). */
export function createDangerReader(danger: DangerModel, table: Table, index: FeatureIndex): DangerReader {
  // One weight per feature, kritis minus the other class, as binary() in detector.ts computes it.
  const rowOf = new Int32Array(index.size).fill(-1);
  const weights = new Float64Array(table.rows.length);
  table.rows.forEach((id, r) => {
    rowOf[id] = r;
    weights[r] = table.weights[2 * r] - table.weights[2 * r + 1];
  });
  const bias = danger.model.bias[0] - danger.model.bias[1];
  const cuesOnly = danger.cuesOnly ? binary(danger.cuesOnly) : null;
  const counter = new IdCounter(index.size);
  const known = (id: number) => id >= 0 && id < rowOf.length && rowOf[id] >= 0;

  const cueIds = new Map<string, number>();
  const cueId = (cue: string) => {
    let id = cueIds.get(cue);
    if (id === undefined) cueIds.set(cue, (id = index.id(cue)));
    return id;
  };

  function sentence(words: readonly Word[]): Sentence {
    const content: Word[] = [];
    for (const w of words) if (isContent(w)) content.push(w);
    return {
      ids: featureIds(index, content).filter(known),
      words: content.length,
      marks: sentenceMarks(words),
    };
  }

  /** windowProbability of the full model over the parts' features followed by the cues, repeated. */
  function probability(parts: readonly Sentence[], cues: readonly string[]): number | null {
    for (const p of parts) for (const id of p.ids) counter.add(id);
    for (let r = 0; r < CUE_REPEAT; r++) {
      for (const cue of cues) {
        const id = cueId(cue);
        if (known(id)) counter.add(id);
      }
    }
    if (!counter.order.length) return null;
    let sum = 0;
    let norm = 0;
    for (const id of counter.order) {
      const v = Math.log1p(counter.count(id));
      norm += v * v;
      sum += v * weights[rowOf[id]];
    }
    counter.clear();
    return sigmoid(sum / Math.sqrt(norm) + bias);
  }

  function window(parts: readonly Sentence[]): { p: number | null; lexRank: number } {
    const marks = mergeMarks(parts.map((s) => s.marks));
    const cues = cuesOfMarks(marks);
    let p = probability(parts, cues);
    if (p !== null && cuesOnly) {
      p = WORD_MODEL_SHARE * p + (1 - WORD_MODEL_SHARE) * cueProbability(cuesOnly, cues);
    }
    return { p, lexRank: marks.lexRank };
  }

  return (words) => {
    const s = sentences(words).map(sentence);
    const whole = window(s);
    let best = whole.p ?? 0;
    if (s.length >= 3) {
      for (let i = 0; i + 1 < s.length; i++) {
        if (!pairIsWindow(s[i].words, s[i + 1].words)) continue;
        const p = window([s[i], s[i + 1]]).p;
        if (p !== null && p > best) best = p;
      }
    }
    return { probability: sigmoid(danger.platt.a * logit(best) + danger.platt.b), lexRank: whole.lexRank };
  };
}
