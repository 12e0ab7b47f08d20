// Display names for every code the API returns. The API speaks codes; people read these.
import type { Lang } from './strings';

import type { CaseEventType } from '../../../src/domain/case-events.js';

type Table = Record<string, { id: string; en: string }>;

export const TOPIC_NAMES: Table = {
  infrastruktur: { id: 'Infrastruktur', en: 'Infrastructure' },
  energi: { id: 'Energi (ESDM)', en: 'Energy & mining' },
  kependudukan: { id: 'Kependudukan', en: 'Civil registry' },
  kesehatan: { id: 'Kesehatan', en: 'Health' },
  pendidikan: { id: 'Pendidikan', en: 'Education' },
  sosial: { id: 'Sosial', en: 'Social welfare' },
  lingkungan: { id: 'Lingkungan', en: 'Environment' },
  bencana: { id: 'Bencana', en: 'Disaster' },
  transportasi: { id: 'Transportasi', en: 'Transport' },
  ketertiban: { id: 'Ketertiban', en: 'Public order' },
  ekonomi: { id: 'Ekonomi', en: 'Economy' },
  kepegawaian: { id: 'Kepegawaian', en: 'Civil service' },
  tata_kelola: { id: 'Tata kelola', en: 'Governance' },
  pariwisata: { id: 'Pariwisata', en: 'Tourism' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

export const URGENCY_NAMES: Table = {
  kritis: { id: 'Kritis', en: 'Critical' },
  tinggi: { id: 'Tinggi', en: 'High' },
  normal: { id: 'Normal', en: 'Normal' },
  rendah: { id: 'Rendah', en: 'Low' },
};

export const TYPE_NAMES: Table = {
  pengaduan: { id: 'Pengaduan', en: 'Complaint' },
  aspirasi: { id: 'Aspirasi', en: 'Suggestion' },
  permintaan_informasi: { id: 'Permintaan informasi', en: 'Information request' },
  apresiasi: { id: 'Apresiasi', en: 'Praise' },
  spam: { id: 'Spam', en: 'Spam' },
};

export const PLATFORM_NAMES: Table = {
  facebook: { id: 'Facebook', en: 'Facebook' },
  messenger: { id: 'Messenger', en: 'Messenger' },
  instagram: { id: 'Instagram', en: 'Instagram' },
  whatsapp: { id: 'WhatsApp', en: 'WhatsApp' },
  x: { id: 'X', en: 'X' },
  telegram: { id: 'Telegram', en: 'Telegram' },
  youtube: { id: 'YouTube', en: 'YouTube' },
  tiktok: { id: 'TikTok', en: 'TikTok' },
  email: { id: 'E-mail', en: 'E-mail' },
  webform: { id: 'Formulir web', en: 'Web form' },
  generic: { id: 'API umum', en: 'Generic API' },
};

export const STATUS_NAMES: Table = {
  new: { id: 'Baru', en: 'New' },
  routed: { id: 'Didisposisikan', en: 'Routed' },
  in_progress: { id: 'Diproses', en: 'In progress' },
  waiting: { id: 'Menunggu warga', en: 'Waiting on citizen' },
  resolved: { id: 'Selesai', en: 'Resolved' },
  closed: { id: 'Ditutup', en: 'Closed' },
  rejected: { id: 'Ditolak (bukan wewenang)', en: 'Rejected (not our remit)' },
  spam: { id: 'Spam', en: 'Spam' },
};

export const DELIVERY_NAMES: Table = {
  queued: { id: 'Dalam antrean', en: 'Queued' },
  sending: { id: 'Sedang dikirim', en: 'Sending' },
  sent: { id: 'Terkirim', en: 'Sent' },
  delivered: { id: 'Diterima', en: 'Delivered' },
  read: { id: 'Dibaca', en: 'Read' },
  failed: { id: 'Gagal', en: 'Failed' },
  unknown: { id: 'Tidak pasti terkirim', en: 'Delivery uncertain' },
};

/** Every case event type must have a name: the compiler checks this table against src/domain/case-events.ts. */
export const EVENT_NAMES: Record<CaseEventType, { id: string; en: string }> = {
  created: { id: 'Kasus dibuat', en: 'Case created' },
  classified: { id: 'Diklasifikasi', en: 'Classified' },
  routed: { id: 'Didisposisikan', en: 'Routed' },
  assigned: { id: 'Ditugaskan', en: 'Assigned' },
  accepted: { id: 'Diterima instansi', en: 'Accepted' },
  rejected: { id: 'Ditolak (bukan wewenang)', en: 'Rejected' },
  transferred: { id: 'Dialihkan', en: 'Transferred' },
  replied: { id: 'Dibalas', en: 'Replied' },
  reply_status: { id: 'Status balasan', en: 'Reply status' },
  reply_resent: { id: 'Balasan dikirim ulang', en: 'Reply resent' },
  note: { id: 'Catatan internal', en: 'Internal note' },
  status_changed: { id: 'Status berubah', en: 'Status changed' },
  reclassified: { id: 'Klasifikasi dikoreksi', en: 'Reclassified' },
  sla_warning: { id: 'Peringatan SLA', en: 'SLA warning' },
  sla_breach: { id: 'SLA terlampaui', en: 'SLA breached' },
  sla_escalation: { id: 'Eskalasi SLA', en: 'SLA escalation' },
  message_updated: { id: 'Pesan diubah', en: 'Message updated' },
  claimed: { id: 'Diambil petugas', en: 'Claimed' },
  unassigned: { id: 'Penugasan dilepas', en: 'Unassigned' },
  tagged: { id: 'Label ditambahkan', en: 'Tagged' },
  linked: { id: 'Kasus ditautkan', en: 'Linked' },
  unlinked: { id: 'Tautan dilepas', en: 'Unlinked' },
};

/** System reason codes on events; reasons typed by officers are shown as written. */
export const REASON_NAMES: Table = {
  rule: { id: 'aturan disposisi', en: 'routing rule' },
  low_confidence: { id: 'klasifikasi kurang yakin, ke humas', en: 'low confidence, to humas' },
  officer_away: { id: 'petugas tidak aktif', en: 'officer away' },
  spam: { id: 'spam', en: 'spam' },
};

export const ROLE_NAMES: Table = {
  admin: { id: 'Admin', en: 'Admin' },
  supervisor: { id: 'Supervisor', en: 'Supervisor' },
  officer: { id: 'Petugas', en: 'Officer' },
};

// Region names come from the deployment's gazetteer via GET /api/labels (`regions: [{code, name}]`);
// nothing here is tied to one province.
const regionNames = new Map<string, string>();

export function setRegionNames(regions: { code: string; name: string }[]): void {
  regionNames.clear();
  for (const r of regions) regionNames.set(r.code, r.name);
}

export function knownRegionCodes(): string[] {
  return [...regionNames.keys()];
}

/** A gazetteer code as a place name; without the gazetteer, the slug made readable ("kutai_barat" -> "Kutai Barat"). */
export function regionName(code: string | null | undefined, lang: Lang): string {
  if (!code) return lang === 'id' ? 'Tidak diketahui' : 'Unknown';
  const known = regionNames.get(code);
  if (known) return known;
  return code
    .split(/[_-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

export function labelOf(table: Table, code: string | null | undefined, lang: Lang): string {
  if (!code) return '—';
  return table[code]?.[lang] ?? code;
}
