// Demo data for the Province of East Kalimantan. Agencies, people and rules are data; another province is
// another file like this one.
import type { Topic } from '../domain/labels.js';

export interface AgencySeed {
  code: string;
  name: string;
  shortName: string;
  isHumas?: boolean;
  /** Topics routed here by the default rules. */
  topics: Topic[];
}

export const KALTIM_AGENCIES: AgencySeed[] = [
  {
    code: 'HUMAS',
    name: 'Dinas Komunikasi dan Informatika (Humas) Prov. Kaltim',
    shortName: 'Diskominfo',
    isHumas: true,
    topics: ['lainnya'],
  },
  {
    code: 'PUPR',
    name: 'Dinas Pekerjaan Umum, Penataan Ruang dan Perumahan Rakyat',
    shortName: 'Dinas PUPR-PERA',
    topics: ['infrastruktur'],
  },
  { code: 'PDAM', name: 'Perumda Air Minum (PDAM)', shortName: 'PDAM', topics: [] },
  { code: 'DINKES', name: 'Dinas Kesehatan', shortName: 'Dinkes', topics: ['kesehatan'] },
  {
    code: 'DISDIKBUD',
    name: 'Dinas Pendidikan dan Kebudayaan',
    shortName: 'Disdikbud',
    topics: ['pendidikan'],
  },
  { code: 'DINSOS', name: 'Dinas Sosial', shortName: 'Dinsos', topics: ['sosial'] },
  { code: 'DLH', name: 'Dinas Lingkungan Hidup', shortName: 'DLH', topics: ['lingkungan'] },
  { code: 'BPBD', name: 'Badan Penanggulangan Bencana Daerah', shortName: 'BPBD', topics: ['bencana'] },
  { code: 'DISHUB', name: 'Dinas Perhubungan', shortName: 'Dishub', topics: ['transportasi'] },
  { code: 'SATPOLPP', name: 'Satuan Polisi Pamong Praja', shortName: 'Satpol PP', topics: ['ketertiban'] },
  { code: 'ESDM', name: 'Dinas Energi dan Sumber Daya Mineral', shortName: 'Dinas ESDM', topics: ['energi'] },
  {
    code: 'DISPERINDAGKOP',
    name: 'Dinas Perindustrian, Perdagangan, Koperasi dan UKM',
    shortName: 'Disperindagkop-UKM',
    topics: ['ekonomi'],
  },
  { code: 'BKD', name: 'Badan Kepegawaian Daerah', shortName: 'BKD', topics: ['kepegawaian'] },
  { code: 'INSPEKTORAT', name: 'Inspektorat Daerah', shortName: 'Inspektorat', topics: ['tata_kelola'] },
  { code: 'DISPAR', name: 'Dinas Pariwisata', shortName: 'Dispar', topics: ['pariwisata'] },
  {
    code: 'DKP3A',
    name: 'Dinas Kependudukan, Pemberdayaan Perempuan dan Perlindungan Anak',
    shortName: 'DKP3A (Dukcapil)',
    topics: ['kependudukan'],
  },
  { code: 'BAPENDA', name: 'Badan Pendapatan Daerah', shortName: 'Bapenda', topics: [] },
];

/** Keyword rules run before topic rules: they name a more precise owner than the topic does. */
export const KEYWORD_RULES = [
  {
    name: 'Air bersih PDAM ke Perumda Air Minum, bukan PUPR',
    agency: 'PDAM',
    keywords: ['pdam', 'perumdam', 'air pdam', 'meteran air', 'tagihan air', 'air ledeng'],
  },
  {
    name: 'Pajak daerah dan samsat ke Bapenda',
    agency: 'BAPENDA',
    keywords: ['pajak kendaraan', 'samsat', 'pkb', 'bbnkb', 'pajak daerah', 'pbb'],
  },
];

export const DEMO_PASSWORD = 'aspirasi-demo';

const FIRST_NAMES = [
  'Rina',
  'Agus',
  'Siti',
  'Budi',
  'Dewi',
  'Hendra',
  'Nur',
  'Yusuf',
  'Maya',
  'Rahmat',
  'Fitri',
  'Andi',
];

/** One supervisor and two officers per agency: `<code>.spv@demo.aspirasi.id`, `<code>.petugas1@...`. */
export function demoPeople(agency: AgencySeed, index: number) {
  const code = agency.code.toLowerCase();
  const name = (i: number) => `${FIRST_NAMES[(index * 3 + i) % FIRST_NAMES.length]} (${agency.shortName})`;
  return [
    { email: `${code}.spv@demo.aspirasi.id`, name: name(0), role: 'supervisor' as const },
    { email: `${code}.petugas1@demo.aspirasi.id`, name: name(1), role: 'officer' as const },
    { email: `${code}.petugas2@demo.aspirasi.id`, name: name(2), role: 'officer' as const },
  ];
}
