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

/** Non-overlapping longest matches, left to right. */
export function findPhrases<T>(words: readonly Word[], index: PhraseIndex<T>): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  for (let i = 0; i < words.length;) {
    const candidates = [
      ...(index.byFirst.get(words[i].token) ?? []),
      ...(index.byFirst.get(words[i].stem) ?? []),
    ];
    let hit: PhraseHit<T> | null = null;
    for (const c of candidates) {
      if (hit && hit.end - hit.start >= c.words.length) continue;
      if (c.words.every((w, k) => wordMatches(words[i + k], w)))
        hit = { start: i, end: i + c.words.length, value: c.value };
    }
    if (hit) {
      hits.push(hit);
      i = hit.end;
    } else i++;
  }
  return hits;
}
