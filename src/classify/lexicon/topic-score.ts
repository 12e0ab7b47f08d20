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
    // A phrase listed twice for one topic (topics.ts has repeats) counts once, at its highest weight.
    const list = merged.get(key) ?? [];
    const same = list.find((v) => v.topic === k.topic);
    if (same) same.weight = Math.max(same.weight, k.weight);
    else list.push({ topic: k.topic, weight: k.weight });
    merged.set(key, list);
  }
  for (const e of merged) entries.push(e);
  return buildPhraseIndex(entries);
}

const INDEX = buildIndex();

/** Greetings, blessings and stock phrases of polite letters that contain a sector word without being about the
 *  sector: "semoga Bapak diberi kesehatan dalam menjalankan amanah" names neither health nor roads ("menjalankan"
 *  and "perjalanan" share the stem of "jalan"). Keyword hits inside these are not counted. */
export const BOILERPLATE = [
  'beri sehat',
  'limpah sehat',
  'sehat selalu',
  'selalu sehat',
  'senantiasa sehat',
  'dalam keadaan sehat',
  'sehat wal afiat',
  'sehat walafiat',
  'kesehatan dan kelancaran',
  'kesehatan dan keberkahan',
  'menjalankan',
  'dijalankan',
  'menjalani',
  'berjalan',
  'perjalanan',
  'jalan jalan',
  'pembangunan daerah',
  'membangun daerah',
];
const BOILERPLATE_INDEX = buildPhraseIndex(
  BOILERPLATE.map((p): [string, true] => [normalizeTokens(p).join(' '), true]),
);

/** Word positions covered by boilerplate phrases. */
function boilerplateMask(words: readonly Word[]): Uint8Array {
  const mask = new Uint8Array(words.length);
  for (const hit of findPhrases(words, BOILERPLATE_INDEX)) mask.fill(1, hit.start, hit.end);
  return mask;
}

/** Keyword weight per topic, in TOPICS order; each distinct phrase counts once per text, damped by sqrt. */
export function topicKeywordScores(words: readonly Word[]): number[] {
  const seen = new Map<string, number>();
  const scores = new Array<number>(TOPICS.length).fill(0);
  const stock = boilerplateMask(words);
  for (const hit of findPhrases(words, INDEX)) {
    if (stock.subarray(hit.start, hit.end).includes(1)) continue;
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
