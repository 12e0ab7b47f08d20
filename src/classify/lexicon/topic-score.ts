// Scores each topic by the hand-written keywords found in a text (see topics.ts).
import { TOPICS, type Topic } from '../../domain/labels.js';
import { normalizeTokens } from '../text/normalize.js';
import { buildPhraseIndex, findPhrases, type Word } from './match.js';
import { topicKeywordList } from './topics.js';

interface KeywordValue {
  topic: Topic;
  weight: number;
}

function buildIndex() {
  const entries: [string, KeywordValue[]][] = [];
  const merged = new Map<string, KeywordValue[]>();
  for (const k of topicKeywordList()) {
    // Phrases go through the same slang expansion as texts ("pju" -> "lampu jalan").
    const key = normalizeTokens(k.phrase).join(' ');
    if (!key) continue;
    const list = merged.get(key) ?? [];
    list.push({ topic: k.topic, weight: k.weight });
    merged.set(key, list);
  }
  for (const e of merged) entries.push(e);
  return buildPhraseIndex(entries);
}

const INDEX = buildIndex();

/** Keyword weight per topic, in TOPICS order; each distinct phrase counts once per text, damped by sqrt. */
export function topicKeywordScores(words: readonly Word[]): number[] {
  const seen = new Map<string, number>();
  const scores = new Array<number>(TOPICS.length).fill(0);
  for (const hit of findPhrases(words, INDEX)) {
    const key = words
      .slice(hit.start, hit.end)
      .map((w) => w.stem)
      .join(' ');
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    // Repeats add less and less: long letters repeat their subject, but one mention is the main evidence.
    const factor = 1 / Math.sqrt(n);
    for (const v of hit.value) scores[TOPICS.indexOf(v.topic)] += v.weight * factor;
  }
  return scores;
}
