// Typo tolerance for stems no model knows: "jemabtan" and "listrrik" are one slip from a known stem. Measured on
// the own sets with typos added (src/classify/README.md, issue 14 third round). It works on stems, so a slip in an
// affixed word the stemmer could not take apart ("ditemkuan") stays unknown.
import { isIndonesianWord } from '../text/natural.js';

/** Shorter words are too often one slip from another real word. */
const MIN_CORRECTED_LENGTH = 5;

/** The two slips that leave a signature no regional word has: two letters swapped ("jemabtan", "mhoon") and a
 *  letter typed twice ("listrrik", "ussaha"). A dropped or replaced letter is left alone: undoing it turns
 *  Javanese, Minang or Banjar words and names into other Indonesian words ("indak", "bojong", "herman"). The first
 *  letter is kept, since names start there. */
function* edits(word: string): Generator<string> {
  for (let i = 1; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) yield word.slice(0, i) + word.slice(i + 1);
    else yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
}

/** The id of the only known stem one edit from an unknown one, -1 when there is none or more than one, or when
 *  the stem is a real Indonesian word the models have not seen (a new word, not a misspelt one). */
export function correctedStemId(stem: string, idOf: (stem: string) => number): number {
  if (stem.length < MIN_CORRECTED_LENGTH || !/^[a-z]+$/.test(stem) || isIndonesianWord(stem)) return -1;
  let found = -1;
  for (const candidate of edits(stem)) {
    const id = idOf(candidate);
    if (id < 0 || id === found) continue;
    if (found >= 0) return -1; // ambiguous
    found = id;
  }
  return found;
}
