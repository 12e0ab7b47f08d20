// Model features as integers. A text's features are stems and adjacent pairs of stems ("a_b"); scoring them as
// strings meant building every pair string and hashing it once per model. Here a stem maps to an id once per
// text, a pair is two array/map steps on small integers, and a feature's weights are found by its id.
// Tokens are runs of a-z, 0-9 and '-' (text/natural.ts), so stems never contain '_' or ':'; features that are
// not a stem or a pair of stems (the danger detector's "cue:..." names) are looked up by their string.

import { correctedStemId } from './spelling.js';

let generations = 0;

/** A word that can remember its stem's id (text/features.ts, TextWord). */
interface MemoWord {
  stem: string;
  indexed?: number;
  stemId?: number;
}

export class FeatureIndex {
  /** tells this index's memos on words from another's */
  private readonly generation = ++generations;
  private readonly stemIds = new Map<string, number>();
  /** stem id -> id of the unigram feature, -1 when the stem is only part of pairs */
  private readonly unigrams: number[] = [];
  /** first stem id -> (second stem id -> pair feature id) */
  private readonly pairs: (Map<number, number> | undefined)[] = [];
  private readonly others = new Map<string, number>();
  size = 0;

  /** The index as flat lists (model files store it so, see model-codec.ts): rebuilding it from these takes a
   *  fraction of adding every feature string again. */
  toLists(): IndexLists {
    const pairs: number[] = [];
    this.pairs.forEach((byB, a) => byB?.forEach((id, b) => pairs.push(a, b, id)));
    return {
      stems: [...this.stemIds.keys()],
      unigrams: Int32Array.from(this.unigrams),
      pairs: Int32Array.from(pairs),
      others: [...this.others.keys()],
      otherIds: Int32Array.from(this.others.values()),
      size: this.size,
    };
  }

  static fromLists(lists: IndexLists): FeatureIndex {
    const index = new FeatureIndex();
    lists.stems.forEach((stem, i) => {
      index.stemIds.set(stem, i);
      index.unigrams.push(lists.unigrams[i]);
      index.pairs.push(undefined);
    });
    const { pairs } = lists;
    for (let i = 0; i < pairs.length; i += 3) {
      let byB = index.pairs[pairs[i]];
      if (!byB) index.pairs[pairs[i]] = byB = new Map();
      byB.set(pairs[i + 1], pairs[i + 2]);
    }
    lists.others.forEach((f, i) => index.others.set(f, lists.otherIds[i]));
    index.size = lists.size;
    return index;
  }

  /** Feature strings by id. */
  features(): string[] {
    const out = new Array<string>(this.size);
    const stems = [...this.stemIds.keys()];
    this.unigrams.forEach((id, s) => id >= 0 && (out[id] = stems[s]));
    this.pairs.forEach((byB, a) => byB?.forEach((id, b) => (out[id] = stems[a] + '_' + stems[b])));
    for (const [f, id] of this.others) out[id] = f;
    return out;
  }

  /** Id of a feature, assigned on first sight. */
  add(feature: string): number {
    const pair = splitPair(feature);
    if (pair) {
      const a = this.stem(pair[0]);
      const b = this.stem(pair[1]);
      let byB = this.pairs[a];
      if (!byB) this.pairs[a] = byB = new Map();
      let id = byB.get(b);
      if (id === undefined) byB.set(b, (id = this.size++));
      return id;
    }
    if (isStem(feature)) {
      const s = this.stem(feature);
      if (this.unigrams[s] < 0) this.unigrams[s] = this.size++;
      return this.unigrams[s];
    }
    let id = this.others.get(feature);
    if (id === undefined) this.others.set(feature, (id = this.size++));
    return id;
  }

  /** Id of any feature string, -1 when no model knows it. */
  id(feature: string): number {
    const pair = splitPair(feature);
    if (pair) return this.pair(this.stemId(pair[0]), this.stemId(pair[1]));
    if (isStem(feature)) return this.unigram(this.stemId(feature));
    return this.others.get(feature) ?? -1;
  }

  /** Id of a stem (not of its feature), -1 when no feature contains it. */
  stemId(stem: string): number {
    return this.stemIds.get(stem) ?? -1;
  }

  /** Id of a stem that is a feature of its own, -1 otherwise. */
  private knownStemId(stem: string): number {
    const id = this.stemId(stem);
    return id >= 0 && this.unigrams[id] >= 0 ? id : -1;
  }

  /** The id a stem is read as: its own, or for a stem no model knows the id of the known stem it is a typing
   *  slip of (spelling.ts). The training texts never need that, a citizen's "jemabtan" does. */
  readStemId(stem: string): number {
    const id = this.stemId(stem);
    return id >= 0 ? id : correctedStemId(stem, (s) => this.knownStemId(s));
  }

  /** readStemId of the word's stem, remembered on words that have room for it. */
  stemIdOfWord(word: MemoWord): number {
    if (word.indexed === this.generation) return word.stemId!;
    const id = this.readStemId(word.stem);
    if (word.indexed !== undefined) {
      word.indexed = this.generation;
      word.stemId = id;
    }
    return id;
  }

  unigram(stemId: number): number {
    return stemId < 0 ? -1 : this.unigrams[stemId];
  }

  pair(a: number, b: number): number {
    if (a < 0 || b < 0) return -1;
    return this.pairs[a]?.get(b) ?? -1;
  }

  private stem(stem: string): number {
    let id = this.stemIds.get(stem);
    if (id === undefined) {
      this.stemIds.set(stem, (id = this.unigrams.length));
      this.unigrams.push(-1);
      this.pairs.push(undefined); // kept packed: a sparse array would fall back to slow dictionary lookups
    }
    return id;
  }
}

export interface IndexLists {
  /** stems in id order */
  stems: string[];
  /** unigram feature id per stem id (-1: none) */
  unigrams: Int32Array;
  /** (first stem id, second stem id, feature id) triples */
  pairs: Int32Array;
  others: string[];
  otherIds: Int32Array;
  size: number;
}

function isStem(feature: string): boolean {
  return !feature.includes(':') && !feature.includes('_');
}

function splitPair(feature: string): [string, string] | null {
  const at = feature.indexOf('_');
  if (at <= 0 || at === feature.length - 1 || feature.includes(':')) return null;
  if (feature.indexOf('_', at + 1) >= 0) return null;
  return [feature.slice(0, at), feature.slice(at + 1)];
}

/** The ids of the features of words' stems in ngramFeatures order (unigrams, then adjacent pairs); -1 for
 *  unknown ones. The words are a text's content words (stems of everything else are not features). */
export function featureIds(index: FeatureIndex, words: readonly MemoWord[], out: number[] = []): number[] {
  out.length = 0;
  const ids: number[] = [];
  for (const word of words) {
    const s = index.stemIdOfWord(word);
    ids.push(s);
    out.push(index.unigram(s));
  }
  for (let i = 1; i < ids.length; i++) out.push(index.pair(ids[i - 1], ids[i]));
  return out;
}
