// Where an inbound job joins the queue: a message the crisis lexicon flags kritis goes to the front (BullMQ's LIFO
// add), so a flood report is not stuck behind a viral post's comments; everything else in arrival order. A front
// add costs what an ordinary add does, where BullMQ priorities keep a sorted set per job on the webhook's path
// (bench/ack-rate.bench.ts); the price is that emergencies among themselves run newest first.
// The lexicon costs ~45 µs a message (it stems every word), too much for the webhook path at a burst's rate, so a
// regular expression of the kritis phrases' longest words - surface form and stem, each without the first letter
// when meN- may have replaced it (menenggelamkan) - and the slang the normaliser expands into one
// (damkar -> pemadam kebakaran, ambrol -> ambruk) lets only candidates through to it.
import type { JobsOptions } from 'bullmq';
import type { InboundMessage } from '../../adapters/types.js';
import { crisisLevel } from '../classify/lexicon/crisis.js';
import { KRITIS_PHRASES } from '../classify/lexicon/crisis-words.js';
import { toWords } from '../classify/lexicon/match.js';
import { SLANG } from '../classify/text/normalize.js';

/** meN- and peN- replace a stem's first k, p, s or t: tenggelam -> menenggelamkan, setrum -> menyetrum. */
const NASAL: Record<string, string> = { k: 'ng', p: 'm', s: 'ny', t: 'n' };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase matches only when all its words are there: its longest word is the rarest cheap witness. */
function witnessForms(): Set<string> {
  const forms = new Set<string>();
  for (const phrase of KRITIS_PHRASES) {
    const words = toWords(phrase);
    const longest = words.reduce((a, b) => (b.token.length > a.token.length ? b : a), words[0]);
    if (longest) for (const form of [longest.token, longest.stem]) if (form.length >= 2) forms.add(form);
  }
  return forms;
}

function candidateLiterals(): string[] {
  const witnesses = witnessForms();
  const literals = new Set<string>();
  for (const form of witnesses) {
    literals.add(form);
    if (NASAL[form[0]]) literals.add(NASAL[form[0]] + form.slice(1));
  }
  for (const [slang, expansion] of SLANG) {
    if (toWords(expansion).some((w) => witnesses.has(w.token) || witnesses.has(w.stem))) literals.add(slang);
  }
  return [...literals].sort((a, b) => b.length - a.length);
}

/** Matches every text in which the lexicon could find a kritis phrase (tests/unit/pipeline/inbound-priority.test.ts). */
export const CRISIS_CANDIDATE = candidatePattern(candidateLiterals());

/** Short literals (abbreviations: klb, sos, igd) only as whole words, or they would be in every other text. */
function candidatePattern(literals: string[]): RegExp {
  const short = literals.filter((l) => l.length <= 3).map(escape);
  const long = literals.filter((l) => l.length > 3).map(escape);
  return new RegExp(`${long.join('|')}|\\b(?:${short.join('|')})\\b`, 'i');
}

/** Whether the crisis lexicon reads the text as kritis; cheap for the texts that cannot be. */
export function possibleEmergency(text: string): boolean {
  return CRISIS_CANDIDATE.test(text) && crisisLevel(text).level === 'kritis';
}

/** The add options that place the job: at the front of the queue for a possible emergency. */
export function inboundPlacement(message: Pick<InboundMessage, 'text'>): Pick<JobsOptions, 'lifo'> {
  return possibleEmergency(message.text ?? '') ? { lifo: true } : {};
}
