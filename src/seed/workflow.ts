// Workflow demo data: SLA policies (the defaults, so admins can see and edit them), one working calendar per
// agency, and canned responses. Idempotent: only missing documents are inserted, admins' edits are kept.
import type { Urgency } from '../domain/labels.js';
import { DEFAULT_SLA_POLICIES } from '../sla/policy.js';
import { CalendarModel, CannedResponseModel, SlaPolicyModel } from '../store/index.js';

const GLOBAL_CANNED = [
  {
    title: 'Salam pembuka',
    body: 'Halo {{nama}}, terima kasih sudah menghubungi kami. Laporan Anda tercatat dengan nomor tiket {{ticket}} dan sedang ditangani {{instansi}}.',
  },
  {
    title: 'Minta lokasi dan foto',
    body: 'Mohon maaf {{nama}}, boleh kami minta alamat lengkap atau titik lokasi serta foto kondisi terkini? Data ini membantu petugas {{instansi}} menindaklanjuti tiket {{ticket}}.',
  },
  {
    title: 'Sedang ditindaklanjuti',
    body: 'Halo {{nama}}, laporan Anda (tiket {{ticket}}) sedang ditindaklanjuti oleh {{instansi}}. Perkembangannya akan kami sampaikan di sini. Salam, {{petugas}}.',
  },
  {
    // Pre-approved holding reply that humas leadership sends to every conversation of a crisis alert at once.
    title: 'Tanggapan sementara (krisis)',
    body: 'Halo {{nama}}, terima kasih atas laporan Anda. Kami sudah menerima banyak laporan tentang kejadian yang sama dan tim terkait sedang menanganinya. Informasi resmi akan kami sampaikan secepatnya. Nomor tiket Anda: {{ticket}}.',
  },
  {
    title: 'Selesai ditangani',
    body: 'Halo {{nama}}, laporan dengan nomor tiket {{ticket}} telah selesai ditangani {{instansi}}. Bila masih ada kendala, silakan balas pesan ini. Terima kasih.',
  },
];

const AGENCY_CANNED: Record<string, { title: string; body: string }[]> = {
  PDAM: [
    {
      title: 'Gangguan distribusi air',
      body: 'Halo {{nama}}, gangguan distribusi air di wilayah Anda sedang ditangani tim teknis PDAM. Perkembangan akan kami kabarkan melalui tiket {{ticket}}. Salam, {{petugas}}.',
    },
  ],
  PUPR: [
    {
      title: 'Jalan rusak dijadwalkan',
      body: 'Halo {{nama}}, titik jalan yang Anda laporkan (tiket {{ticket}}) sudah kami catat untuk pemeriksaan lapangan oleh {{instansi}}. Terima kasih atas laporannya.',
    },
  ],
  BPBD: [
    {
      title: 'Laporan bencana diterima',
      body: 'Laporan Anda (tiket {{ticket}}) sudah diteruskan ke tim reaksi cepat BPBD. Bila ada korban atau warga terjebak, segera hubungi 112. Tetap utamakan keselamatan.',
    },
  ],
};

export async function seedWorkflow(agencyIds: Map<string, string>, timezone = 'Asia/Makassar') {
  for (const [urgency, policy] of Object.entries(DEFAULT_SLA_POLICIES) as [
    Urgency,
    (typeof DEFAULT_SLA_POLICIES)[Urgency],
  ][]) {
    await SlaPolicyModel.updateOne({ urgency }, { $setOnInsert: policy }, { upsert: true });
  }
  for (const agencyId of agencyIds.values()) {
    await CalendarModel.updateOne(
      { agencyId },
      { $setOnInsert: { timezone, workingHours: null, regionalHolidays: [], includeCutiBersama: true } },
      { upsert: true },
    );
  }
  const canned = [
    ...GLOBAL_CANNED.map((c) => ({ ...c, agencyId: null as string | null })),
    ...Object.entries(AGENCY_CANNED).flatMap(([code, list]) =>
      agencyIds.has(code) ? list.map((c) => ({ ...c, agencyId: agencyIds.get(code)! })) : [],
    ),
  ];
  for (const c of canned) {
    await CannedResponseModel.updateOne(
      { agencyId: c.agencyId, title: c.title },
      { $setOnInsert: { body: c.body } },
      { upsert: true },
    );
  }
  return {
    slaPolicies: Object.keys(DEFAULT_SLA_POLICIES).length,
    calendars: agencyIds.size,
    cannedResponses: canned.length,
  };
}
