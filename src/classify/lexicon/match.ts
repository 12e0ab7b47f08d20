// Phrase matching over normalized words, where each phrase word may match the surface token or its stem.
// Surface forms keep meaning that stemming loses (Sastrawi stems "meninggal" to "tinggal").
import { analyzeText } from '../text/features.js';

export interface Word {
  token: string;
  stem: string;
}
export interface PhraseIndex<T> {
  /** first word -> phrases starting with it (as word lists), longest first */
  byFirst: Map<string, { words: string[]; value: T }[]>;
}

export function toWords(text: string): Word[] {
  return analyzeText(text).words;
}

export function buildPhraseIndex<T>(entries: Iterable<[string, T]>): PhraseIndex<T> {
  const byFirst = new Map<string, { words: string[]; value: T }[]>();
  for (const [phrase, value] of entries) {
    const words = phrase.split(' ');
    const list = byFirst.get(words[0]) ?? [];
    list.push({ words, value });
    byFirst.set(words[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

function wordMatches(w: Word | undefined, expected: string): boolean {
  return w !== undefined && (w.token === expected || w.stem === expected);
}

export interface PhraseHit<T> {
  start: number;
  end: number;
  value: T;
}

type Candidate<T> = { words: string[]; value: T };

/** Non-overlapping longest matches, left to right. Candidates are the phrases starting with the word's token,
 *  then those starting with its stem; a later candidate replaces the hit only when it is longer. */
export function findPhrases<T>(words: readonly Word[], index: PhraseIndex<T>): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  for (let i = 0; i < words.length;) {
    const { token, stem } = words[i];
    let hit = longestAt(words, i, index.byFirst.get(token), null);
    if (stem !== token) hit = longestAt(words, i, index.byFirst.get(stem), hit);
    if (hit) {
      hits.push({ start: i, end: i + hit.words.length, value: hit.value });
      i += hit.words.length;
    } else i++;
  }
  return hits;
}

function longestAt<T>(
  words: readonly Word[],
  i: number,
  candidates: readonly Candidate<T>[] | undefined,
  best: Candidate<T> | null,
): Candidate<T> | null {
  if (!candidates) return best;
  for (const c of candidates) {
    if (best && best.words.length >= c.words.length) continue;
    let all = true;
    for (let k = 0; k < c.words.length && all; k++) all = wordMatches(words[i + k], c.words[k]);
    if (all) best = c;
  }
  return best;
}
