// Crisis lexicon for urgency: what level a phrase implies, lowered when the phrase is negated ("tidak ada
// korban"), reported as past or hearsay ("kemarin", "katanya dulu"), resolved ("sudah surut") or hypothetical
// ("agar tidak banjir", "rawan longsor"). Level names follow src/domain/labels.ts.
import type { Urgency } from '../../domain/labels.js';
import { SENTENCE_BREAK } from '../text/features.js';
import { buildPhraseIndex, findPhrases, toWords, type Word } from './match.js';

const KRITIS = [
  'banjir',
  'rob',
  'terendam',
  'luap',
  'meluap',
  'air naik',
  'air masuk rumah',
  'tanggul jebol',
  'jebol',
  'banjir bandang',
  'longsor',
  'tanah longsor',
  'tertimbun',
  'kebakaran',
  'terbakar',
  'dilalap api',
  'hangus',
  'karhutla',
  'kebakaran hutan',
  'gempa',
  'tsunami',
  'puting beliung',
  'angin kencang',
  'pohon tumbang',
  'tumbang',
  'roboh',
  'ambruk',
  'runtuh',
  'korban jiwa',
  'korban luka',
  'korban tewas',
  'korban meninggal',
  'memakan korban',
  'menelan korban',
  'pasien ditolak',
  'ditolak puskesmas',
  'ditolak igd',
  'tewas',
  'luka',
  'luka parah',
  'terluka',
  'kritis',
  'pingsan',
  'tenggelam',
  'hanyut',
  'terseret',
  'terjebak',
  'hilang kontak',
  'orang hilang',
  'anak hilang',
  'belum ditemukan',
  'kecelakaan',
  'tabrakan',
  'tertabrak',
  'terjatuh',
  'jatuh ke',
  'tersetrum',
  'kesetrum',
  'setrum',
  'kabel putus',
  'kabel jatuh',
  'kabel menjuntai',
  'korsleting',
  'ledakan',
  'meledak',
  'bocor gas',
  'keracunan',
  'wabah',
  'kejadian luar biasa',
  'klb',
  'diare massal',
  'sesak napas',
  'kejang',
  'ditolak rumah sakit',
  'tidak ditangani',
  'pendarahan',
  // Childbirth in a complaint is kept kritis although the corpus often uses it calmly: missing a real
  // emergency costs more than a false alarm.
  'melahirkan',
  'kekerasan',
  'dianiaya',
  'penganiayaan',
  'dipukul',
  'dibacok',
  'ditusuk',
  'pembunuhan',
  'diperkosa',
  'pelecehan',
  'kekerasan rumah tangga',
  'penculikan',
  'diculik',
  'tawuran',
  'begal',
  'perampokan',
  'evakuasi',
  'mengungsi',
  'sos',
  'asap tebal',
  'erosi',
  'terisolir banjir',
];
const TINGGI = [
  // Harm that is real but not immediate danger; corpus-checked so that everyday words (sakit, padam, asap) stay out.
  'retak',
  'amblas',
  'genang',
  'tergenang',
  'abrasi',
  'api',
  'igd darurat',
  'ada korban',
  'demam berdarah',
  'pengungsi',
  // Often about paperwork or said for emphasis (akta kematian, "darurat"), so alone they do not make kritis.
  'korban',
  'darurat',
  'tolong segera',
  'air tidak mengalir',
  'tidak mengalir',
  'air keruh',
  'krisis air',
  'kekeringan',
  'jalan putus',
  'terputus',
  'terisolasi',
  'terisolir',
  'tidak bisa lewat',
  'berbahaya',
  'bahaya',
  'membahayakan',
  'nyaris',
  'hampir celaka',
  'lubang besar',
  'kelangkaan',
  'antre panjang',
  'kelaparan',
  'tidak makan',
  'kurang gizi',
  'gizi buruk',
  'tidak dilayani',
  'belum cair',
  'tidak cair',
  'belum diterima',
  'odgj',
  'mengamuk',
  'batas waktu',
  'deadline',
  'mendesak',
  'urgen',
  'preman',
  'pemerasan',
  'belum digaji',
  'tidak digaji',
  'gusur',
  'penggusuran',
];

const LEVEL_RANK: Record<Urgency, number> = { kritis: 3, tinggi: 2, normal: 1, rendah: 0 };
const BY_RANK: Urgency[] = ['rendah', 'normal', 'tinggi', 'kritis'];

const INDEX = buildPhraseIndex<Urgency>([
  ...TINGGI.map((p): [string, Urgency] => [p, 'tinggi']),
  ...KRITIS.map((p): [string, Urgency] => [p, 'kritis']),
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
