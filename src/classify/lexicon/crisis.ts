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
const HEARSAY = new Set(['dulu', 'pernah', 'katanya', 'silam', 'konon', 'dahulu']);
/** Recent past: harm may persist, so at most tinggi. */
const RECENT_PAST = new Set(['kemarin', 'lalu', 'sempat', 'semalam', 'tadi']);
/** "sejak semalam", "dari kemarin": started in the past and still going. */
const SINCE = new Set(['sejak', 'dari']);
/** The hazard names an aid or warning matter ("bantuan banjir", "posko banjir", "siaga banjir"): at most tinggi. */
const AID_CONTEXT = new Set([
  'bantuan',
  'posko',
  'pasca',
  'siaga',
  'status',
  'dana',
  'logistik',
  'penanganan',

  'jalur',
  'titik',
  'peringatan',
  'info',
  'informasi',
  'data',
]);
/** Harm to people already done: a recent-past time word ("kemarin", "tadi") does not lower it. */
const VICTIM = new Set([
  'luka',
  'terluka',
  'luka parah',
  'tewas',
  'korban jiwa',
  'korban luka',
  'korban tewas',
  'korban meninggal',
  'hanyut',
  'terseret',
  'terjebak',
  'tenggelam',
  'belum ditemukan',
  'orang hilang',
  'anak hilang',
  'hilang kontak',
  'terbawa arus',
  'belum pulang',
  'pingsan',
]);
/** Time words are read near the hazard (this many words either side), not anywhere in a long sentence. */
const TIME_WINDOW = 5;
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
  'sejak',
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

const PLEA = new Set(['mohon', 'minta', 'tolong', 'butuh', 'perlu', 'kirim']);

/** "bantuan banjir belum sampai" is about aid; "mohon bantuan, banjir masuk rumah" is a plea in a flood. */
function aidMatter(words: readonly Word[], start: number): boolean {
  for (let i = Math.max(0, start - 2); i < start; i++) {
    if (AID_CONTEXT.has(words[i].token) && !PLEA.has(words[i - 1]?.token ?? '')) return true;
  }
  return false;
}

function recentPast(words: readonly Word[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < Math.min(words.length, to); i++) {
    if (
      RECENT_PAST.has(words[i].token) &&
      !SINCE.has(words[i - 1]?.token ?? '') &&
      !SINCE.has(words[i - 2]?.token ?? '')
    )
      return true;
  }
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
    for (const hit of findPhrases(clause, INDEX)) {
      if (has(clause, hit.start - 3, hit.start, NEGATORS)) continue;
      let rank = LEVEL_RANK[hit.value];
      const phrase = clause
        .slice(hit.start, hit.end)
        .map((w) => w.token)
        .join(' ');
      const from = hit.start - TIME_WINDOW;
      const to = hit.end + TIME_WINDOW;
      const ongoing = has(clause, from, to, ONGOING);
      if (resolved || (!ongoing && has(clause, from, to, HEARSAY))) rank = Math.min(rank, LEVEL_RANK.normal);
      else if (!ongoing && !VICTIM.has(phrase) && recentPast(clause, from, to))
        rank = Math.min(rank, LEVEL_RANK.tinggi);
      else if (has(clause, hit.start - 4, hit.start, HYPOTHETICAL)) rank = Math.min(rank, LEVEL_RANK.tinggi);
      else if (aidMatter(clause, hit.start)) rank = Math.min(rank, LEVEL_RANK.tinggi);
      if (rank > best) evidence.length = 0;
      if (rank >= best) {
        best = rank;
        evidence.push(phrase);
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
