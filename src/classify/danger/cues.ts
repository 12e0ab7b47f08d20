// "Danger now" cues of one window of text, with negation and time read by scope: "sudah surut" ends a flood,
// "belum surut" / "belum ada bantuan" keep it going; hearsay, the past and hypotheticals are cues of their own,
// so the learned detector (detector.ts) weighs them rather than a rule overriding the model.
import { crisisLevelOfWords } from '../lexicon/crisis.js';
import type { Word } from '../lexicon/match.js';
import * as W from './cue-words.js';

type Set = ReadonlySet<string>;

function is(w: Word | undefined, set: Set): boolean {
  return !!w && (set.has(w.token) || set.has(w.stem));
}

function anyIn(words: readonly Word[], from: number, to: number, set: Set): boolean {
  for (let i = Math.max(0, from); i < Math.min(words.length, to); i++) if (is(words[i], set)) return true;
  return false;
}

/** "3 hari", "dua minggu", "seminggu", "berhari-hari": a duration, i.e. something has been going on. */
function duration(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (w.token === 'seminggu' || w.token === 'berhari') return true;
  if (!is(w, W.DAY_UNITS)) return false;
  const prev = words[i - 1];
  return !!prev && (/^\d+$/.test(prev.token) || is(prev, W.COUNT_WORDS));
}

/** Cue names of one window (a sentence or two). Conjunctions are read inside the window only. */
export function windowCues(words: readonly Word[]): string[] {
  const has = new Map<string, boolean>();
  const mark = (name: string) => has.set(name, true);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const negated = anyIn(words, i - 2, i, W.NOT);
    if (is(w, W.ENDS)) {
      if (negated) mark('not_ended');
      else if (anyIn(words, i - 2, i, W.DONE)) mark('ended');
    }
    if (is(w, W.HELP) && anyIn(words, i - 3, i, W.NOT)) mark('no_help');
    if (is(w, W.NEEDS) && (negated || anyIn(words, i - 2, i + 3, W.DEPRIVED))) mark('deprived');
    if (is(w, W.DEPRIVED) && w.token !== 'tidak' && w.token !== 'minum') mark('deprived');
    if (is(w, W.UNREPAIRED) && negated) mark('unrepaired');
    if (duration(words, i)) mark('duration');
    const sets: [string, Set][] = [
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
    for (const [name, set] of sets) if (!negated && is(w, set)) mark(name);
  }
  const c = (name: string) => has.get(name) === true;
  const out = [...has.keys()];
  const level = crisisLevelOfWords(words).level;
  if (level) out.push(`lex_${level}`);
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
  both(c('hearsay') || c('hypothetical') || c('past'), !unresolved, 'not_current');
  if (level === 'kritis') both(true, !c('ended') && !c('hypothetical'), 'lex_kritis_open');
  return out.map((name) => `cue:${name}`);
}
