// The baseline classifier: a handful of keywords per topic. It is what runs when no trained model file can be
// loaded (models/ missing or corrupt), so ingest never stops; the real pipeline lives in src/classify/.
import type { Classification, Topic } from '../domain/labels.js';

const TOPIC_KEYWORDS: [Topic, RegExp][] = [
  ['bencana', /banjir|longsor|kebakaran|gempa|terbakar|evakuasi/],
  ['energi', /listrik|pln|bbm|solar|pertalite|tambang|galian/],
  ['infrastruktur', /jalan|jembatan|drainase|lampu jalan|pdam|air bersih|gorong/],
  ['kependudukan', /ktp|kartu keluarga|\bkk\b|akta|dukcapil/],
  ['kesehatan', /puskesmas|rumah sakit|rsud|bpjs|dokter|obat/],
  ['pendidikan', /sekolah|guru|ppdb|beasiswa|siswa/],
  ['sosial', /bansos|pkh|bantuan sosial|dtks|disabilitas/],
  ['lingkungan', /sampah|limbah|pencemaran|polusi/],
  ['transportasi', /parkir|angkot|macet|terminal|pelabuhan/],
  ['ketertiban', /preman|pkl|satpol|maling|pencurian|spanduk/],
];

const KRITIS = /(banjir|kebakaran|longsor|korban|tenggelam|terjebak|darurat)/;

export const BASELINE_VERSION = 'baseline-keywords-1';

export function classifyBaseline(text: string): Classification {
  const lower = text.toLowerCase();
  const hit = TOPIC_KEYWORDS.find(([, re]) => re.test(lower));
  const topic: Topic = hit ? hit[0] : 'lainnya';
  return {
    topic,
    urgency: KRITIS.test(lower) ? 'kritis' : 'normal',
    type: /\?|kapan|bagaimana|gimana|apakah/.test(lower) ? 'permintaan_informasi' : 'pengaduan',
    region: null,
    pii: [],
    confidence: { topic: hit ? 0.6 : 0.2, urgency: 0.5, type: 0.5, region: 0 },
    modelVersion: BASELINE_VERSION,
  };
}
