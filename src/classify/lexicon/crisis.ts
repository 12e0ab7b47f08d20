// Crisis lexicon for urgency: what level a phrase implies, lowered when the phrase is negated ("tidak ada
// korban"), reported as past or hearsay ("kemarin", "katanya dulu"), resolved ("sudah surut") or hypothetical
// ("agar tidak banjir", "rawan longsor"). Level names follow src/domain/labels.ts.
import type { Urgency } from '../../domain/labels.js';
import { SENTENCE_BREAK } from '../text/features.js';
import { KRITIS_PHRASES, TINGGI_PHRASES } from './crisis-words.js';
import { buildPhraseIndex, findPhrases, toWords, type Word } from './match.js';

const LEVEL_RANK: Record<Urgency, number> = { kritis: 3, tinggi: 2, normal: 1, rendah: 0 };
const BY_RANK: Urgency[] = ['rendah', 'normal', 'tinggi', 'kritis'];

const INDEX = buildPhraseIndex<Urgency>([
  ...TINGGI_PHRASES.map((p): [string, Urgency] => [p, 'tinggi']),
  ...KRITIS_PHRASES.map((p): [string, Urgency] => [p, 'kritis']),
]);

const NEGATORS = new Set(['tidak', 'bukan', 'tanpa', 'nihil', 'jangan', 'belum', 'tak', 'bebas']);
/** Hearsay or long past: the event is not happening now. */
const HEARSAY = new Set(['dulu', 'pernah', 'katanya', 'silam', 'bekas', 'konon', 'dahulu']);
/** Recent past: harm may persist, so at most tinggi. */
const RECENT_PAST = new Set(['kemarin', 'lalu', 'sempat', 'semalam']);
const HYPOTHETICAL = new Set([
  'agar',
  'supaya',
  'jika',
  'kalau',
  'bila',
  'apabila',
  'khawatir',
  'takut',
  'rawan',
  'potensi',
  'berpotensi',
  'antisipasi',
  'cegah',
  'mencegah',
  'pencegahan',
  'kemungkinan',
  'seandainya',
  'ancam',
  'terancam',
  'waspada',
  'jaga',
  'sosialisasi',
  'simulasi',
  'pelatihan',
  'mitigasi',
  'normalisasi',
]);
const RESOLVED = new Set([
  'surut',
  'reda',
  'padam',
  'dipadamkan',
  'teratasi',
  'tertangani',
  'ditangani',
  'diperbaiki',
  'selesai',
  'aman',
  'normal',
  'membaik',
  'ditemukan',
  'pulih',
]);
const ONGOING = new Set([
  'sekarang',
  'masih',
  'kini',
  'sedang',
  'saat',
  'hingga',
  'sampai',
  'terus',
  'tiap',
  'setiap',
  'selalu',
]);

export interface CrisisResult {
  level: Urgency | null;
  /** phrases that set the level, for explanations */
  evidence: string[];
}

function clauses(words: readonly Word[]): Word[][] {
  // Clauses end at sentence ends and at the connectives that turn to another matter.
  const out: Word[][] = [[]];
  for (const w of words) {
    if (
      w.token === SENTENCE_BREAK ||
      w.token === 'tapi' ||
      w.token === 'namun' ||
      w.token === 'tetapi' ||
      w.token === 'sedangkan'
    )
      out.push([]);
    else out[out.length - 1].push(w);
  }
  return out;
}

function has(words: readonly Word[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let i = Math.max(0, from); i < Math.min(words.length, to); i++)
    if (set.has(words[i].token)) return true;
  return false;
}

/** Whether "sudah surut" / "api sudah padam" appears, and is not itself negated ("belum surut"). */
function resolvedIn(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!RESOLVED.has(words[i].token) && !RESOLVED.has(words[i].stem)) continue;
    if (!has(words, i - 2, i, NEGATORS))
      return words[i - 1]?.token === 'sudah' || words[i - 1]?.token === 'telah';
  }
  return false;
}

export function crisisLevel(text: string): CrisisResult {
  return crisisLevelOfWords(toWords(text));
}

export function crisisLevelOfWords(words: readonly Word[]): CrisisResult {
  let best = -1;
  const evidence: string[] = [];
  for (const clause of clauses(words)) {
    const resolved = resolvedIn(clause);
    const ongoing = has(clause, 0, clause.length, ONGOING);
    const hearsay = !ongoing && has(clause, 0, clause.length, HEARSAY);
    const recentPast = !ongoing && has(clause, 0, clause.length, RECENT_PAST);
    for (const hit of findPhrases(clause, INDEX)) {
      if (has(clause, hit.start - 3, hit.start, NEGATORS)) continue;
      let rank = LEVEL_RANK[hit.value];
      if (resolved || hearsay) rank = Math.min(rank, LEVEL_RANK.normal);
      else if (recentPast) rank = Math.min(rank, LEVEL_RANK.tinggi);
      else if (has(clause, hit.start - 4, hit.start, HYPOTHETICAL)) rank = Math.min(rank, LEVEL_RANK.tinggi);
      if (rank > best) evidence.length = 0;
      if (rank >= best) {
        best = rank;
        evidence.push(
          clause
            .slice(hit.start, hit.end)
            .map((w) => w.token)
            .join(' '),
        );
      }
    }
  }
  return { level: best < 0 ? null : BY_RANK[best], evidence };
}

export function urgencyRank(u: Urgency): number {
  return LEVEL_RANK[u];
}
export function urgencyOfRank(rank: number): Urgency {
  return BY_RANK[Math.max(0, Math.min(3, rank))];
}
