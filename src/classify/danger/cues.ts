// "Danger now" cues of one window of text, with negation and time read by scope: "sudah surut" ends a flood,
// "belum surut" / "belum ada bantuan" keep it going; hearsay, the past and hypotheticals are cues of their own,
// so the learned detector (detector.ts) weighs them rather than a rule overriding the model.
import { crisisLevelOfWords } from '../lexicon/crisis.js';
import type { Word } from '../lexicon/match.js';
import * as W from './cue-words.js';

type WordSet = ReadonlySet<string>;

function is(w: Word | undefined, set: WordSet): boolean {
  return !!w && (set.has(w.token) || set.has(w.stem));
}

function anyIn(words: readonly Word[], from: number, to: number, set: WordSet): boolean {
  for (let i = Math.max(0, from); i < Math.min(words.length, to); i++) if (is(words[i], set)) return true;
  return false;
}

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

/** "3 hari", "dua minggu", "seminggu", "berhari-hari": a duration, i.e. something has been going on. */
function duration(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (w.token === 'seminggu' || w.token === 'berhari') return true;
  if (!is(w, W.DAY_UNITS)) return false;
  const prev = words[i - 1];
  return !!prev && (/^\d+$/.test(prev.token) || is(prev, W.COUNT_WORDS));
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
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const negated = anyIn(words, i - 2, i, W.NOT);
    if (is(w, W.ENDS)) {
      if (negated) names.add('not_ended');
      else if (anyIn(words, i - 2, i, W.DONE)) names.add('ended');
    }
    if (is(w, W.HELP) && anyIn(words, i - 3, i, W.NOT)) names.add('no_help');
    if (is(w, W.NEEDS) && (negated || anyIn(words, i - 2, i + 3, W.DEPRIVED))) names.add('deprived');
    if (is(w, W.DEPRIVED) && w.token !== 'tidak' && w.token !== 'minum') names.add('deprived');
    if (is(w, W.UNREPAIRED) && negated) names.add('unrepaired');
    if (duration(words, i)) names.add('duration');
    if (!negated) for (const [name, set] of SETS) if (is(w, set)) names.add(name);
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
  const c = (name: string) => marks.names.has(name);
  const out = [...marks.names];
  if (marks.lexRank >= 0) out.push(`lex_${LEVELS[marks.lexRank]}`);
  const both = (a: boolean, b: boolean, name: string) => a && b && out.push(name);
  const unresolved = c('not_ended') || c('no_help') || c('duration') || c('ongoing');
  both(c('hazard') || c('ground'), unresolved, 'hazard_unresolved');
  both(c('hazard') || c('ground'), c('deprived'), 'hazard_deprived');
  both(c('ground'), c('vulnerable') || c('victim') || c('ongoing'), 'ground_people');
  both(c('medical'), c('paperwork'), 'medical_blocked');
  both(c('victim'), c('unrepaired') || c('again'), 'victim_unrepaired');
  both(c('threat'), c('weapon') || c('now') || c('ongoing'), 'threat_now');
  both(c('violence'), c('school') || c('ongoing') || c('vulnerable'), 'violence_person');
  both(c('vulnerable'), c('hazard') || c('deprived') || c('victim'), 'vulnerable_harmed');
  both(c('ended'), !c('not_ended'), 'only_ended');
  // "posko banjir terdekat di mana?" asks for information; "air sepinggang, kapan dievakuasi?" is still danger.
  both(c('question'), !unresolved && !c('victim') && !c('threat') && !c('violence'), 'info_question');
  both(c('hearsay') || c('hypothetical') || c('past'), !unresolved, 'not_current');
  both(marks.lexRank === 3, !c('ended') && !c('hypothetical'), 'lex_kritis_open');
  return out.map((name) => `cue:${name}`);
}

/** Cue names of one stretch of text read as a single window. */
export function windowCues(words: readonly Word[]): string[] {
  return cuesOfMarks(sentenceMarks(words));
}
