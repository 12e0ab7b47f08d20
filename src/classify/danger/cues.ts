// "Danger now" cues of one window of text, with negation and time read by scope: "sudah surut" ends a flood,
// "belum surut" / "belum ada bantuan" keep it going; hearsay, the past and hypotheticals are cues of their own,
// so the learned detector (detector.ts) weighs them rather than a rule overriding the model.
import { crisisLevelOfWords } from '../lexicon/crisis.js';
import type { Word } from '../lexicon/match.js';
import * as W from './cue-words.js';

type WordSet = ReadonlySet<string>;

const SETS: [string, WordSet][] = [
  ['hazard', W.HAZARD],
  ['ground', W.GROUND],
  ['vulnerable', W.VULNERABLE],
  ['victim', W.VICTIM],
  ['threat', W.THREAT],
  ['weapon', W.WEAPON],
  ['violence', W.VIOLENCE],
  ['school', W.SCHOOL],
  ['medical', W.MEDICAL],
  ['paperwork', W.PAPERWORK],
  ['hearsay', W.HEARSAY],
  ['hypothetical', W.HYPOTHETICAL],
  ['past', W.PAST],
  ['plea', W.PLEA],
  ['question', W.QUESTION],
  ['ongoing', W.ONGOING],
  ['now', W.NOW],
  ['again', W.AGAIN],
];

/** The sets sentenceMarks reads, one bit each: a word's mask (of its token and its stem) is found with two map
 *  lookups, where testing set after set took two lookups per set. */
const MASK_SETS: WordSet[] = [
  W.NOT,
  W.ENDS,
  W.DONE,
  W.HELP,
  W.NEEDS,
  W.DEPRIVED,
  W.UNREPAIRED,
  W.DAY_UNITS,
  W.COUNT_WORDS,
  ...SETS.map(([, set]) => set),
];
const [NOT, ENDS, DONE, HELP, NEEDS, DEPRIVED, UNREPAIRED, DAY_UNITS, COUNT_WORDS] = MASK_SETS.map(
  (_, i) => 1 << i,
);
const SET_BITS = SETS.map((_, i) => 1 << (i + 9));
const MASK_OF = new Map<string, number>();
MASK_SETS.forEach((set, i) => {
  for (const word of set) MASK_OF.set(word, (MASK_OF.get(word) ?? 0) | (1 << i));
});

/** Bits of the sets that hold the word's token or its stem; remembered on words from analyzeText. */
function maskOf(w: Word & { cueMask?: number }): number {
  if (w.cueMask !== undefined && w.cueMask >= 0) return w.cueMask;
  const mask = (MASK_OF.get(w.token) ?? 0) | (MASK_OF.get(w.stem) ?? 0);
  if (w.cueMask !== undefined) w.cueMask = mask;
  return mask;
}

function anyIn(masks: readonly number[], from: number, to: number, bit: number): boolean {
  for (let i = Math.max(0, from); i < Math.min(masks.length, to); i++) if (masks[i] & bit) return true;
  return false;
}

const DIGITS_RE = /^\d+$/;

/** "3 hari", "dua minggu", "seminggu", "berhari-hari": a duration, i.e. something has been going on. */
function duration(words: readonly Word[], masks: readonly number[], i: number): boolean {
  const w = words[i];
  if (w.token === 'seminggu' || w.token === 'berhari') return true;
  if (!(masks[i] & DAY_UNITS)) return false;
  const prev = words[i - 1];
  return !!prev && (DIGITS_RE.test(prev.token) || (masks[i - 1] & COUNT_WORDS) !== 0);
}

export interface Marks {
  names: Set<string>;
  /** crisis-lexicon level rank (3 kritis … 0 rendah), -1 when no phrase was found */
  lexRank: number;
}

const RANK: Record<string, number> = { kritis: 3, tinggi: 2, normal: 1, rendah: 0 };
const LEVELS = ['rendah', 'normal', 'tinggi', 'kritis'];

/** What one sentence says, before conjunctions: computed once per sentence and merged for each window. */
export function sentenceMarks(words: readonly Word[]): Marks {
  const names = new Set<string>();
  const masks = words.map(maskOf);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const m = masks[i];
    const negated = anyIn(masks, i - 2, i, NOT);
    if (m & ENDS) {
      if (negated) names.add('not_ended');
      else if (anyIn(masks, i - 2, i, DONE)) names.add('ended');
    }
    if (m & HELP && anyIn(masks, i - 3, i, NOT)) names.add('no_help');
    if (m & NEEDS && (negated || anyIn(masks, i - 2, i + 3, DEPRIVED))) names.add('deprived');
    if (m & DEPRIVED && w.token !== 'tidak' && w.token !== 'minum') names.add('deprived');
    if (m & UNREPAIRED && negated) names.add('unrepaired');
    if (duration(words, masks, i)) names.add('duration');
    if (!negated) for (let j = 0; j < SETS.length; j++) if (m & SET_BITS[j]) names.add(SETS[j][0]);
  }
  const level = crisisLevelOfWords(words).level;
  return { names, lexRank: level ? RANK[level] : -1 };
}

export function mergeMarks(parts: readonly Marks[]): Marks {
  const names = new Set<string>();
  let lexRank = -1;
  for (const p of parts) {
    for (const n of p.names) names.add(n);
    if (p.lexRank > lexRank) lexRank = p.lexRank;
  }
  return { names, lexRank };
}

/** Cue features of a window from its merged marks; conjunctions are read inside the window only. */
export function cuesOfMarks(marks: Marks): string[] {
  // Plain function calls rather than closures made per call: a window is scored per sentence pair.
  const m = marks.names;
  const out = [...m];
  if (marks.lexRank >= 0) out.push(`lex_${LEVELS[marks.lexRank]}`);
  const unresolved = m.has('not_ended') || m.has('no_help') || m.has('duration') || m.has('ongoing');
  const hazard = m.has('hazard') || m.has('ground');
  if (hazard && unresolved) out.push('hazard_unresolved');
  if (hazard && m.has('deprived')) out.push('hazard_deprived');
  if (m.has('ground') && (m.has('vulnerable') || m.has('victim') || m.has('ongoing')))
    out.push('ground_people');
  if (m.has('medical') && m.has('paperwork')) out.push('medical_blocked');
  if (m.has('victim') && (m.has('unrepaired') || m.has('again'))) out.push('victim_unrepaired');
  if (m.has('threat') && (m.has('weapon') || m.has('now') || m.has('ongoing'))) out.push('threat_now');
  if (m.has('violence') && (m.has('school') || m.has('ongoing') || m.has('vulnerable')))
    out.push('violence_person');
  if (m.has('vulnerable') && (m.has('hazard') || m.has('deprived') || m.has('victim')))
    out.push('vulnerable_harmed');
  if (m.has('ended') && !m.has('not_ended')) out.push('only_ended');
  // "posko banjir terdekat di mana?" asks for information; "air sepinggang, kapan dievakuasi?" is still danger.
  if (m.has('question') && !unresolved && !m.has('victim') && !m.has('threat') && !m.has('violence'))
    out.push('info_question');
  if ((m.has('hearsay') || m.has('hypothetical') || m.has('past')) && !unresolved) out.push('not_current');
  if (marks.lexRank === 3 && !m.has('ended') && !m.has('hypothetical')) out.push('lex_kritis_open');
  return out.map(cueFeature);
}

const CUE_FEATURES = new Map<string, string>();
/** "cue:<name>", one string per name: the detector looks cues up by these, and a string made once is hashed once. */
function cueFeature(name: string): string {
  let feature = CUE_FEATURES.get(name);
  if (feature === undefined) CUE_FEATURES.set(name, (feature = `cue:${name}`));
  return feature;
}

/** Cue names of one stretch of text read as a single window. */
export function windowCues(words: readonly Word[]): string[] {
  return cuesOfMarks(sentenceMarks(words));
}
