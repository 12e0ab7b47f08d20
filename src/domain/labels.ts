// The label vocabulary (docs/api.md lists it for API clients). Every module (classifier, routing, API validation, UI) imports from here.

export const TOPICS = [
  'infrastruktur',
  'energi',
  'kependudukan',
  'kesehatan',
  'pendidikan',
  'sosial',
  'lingkungan',
  'bencana',
  'transportasi',
  'ketertiban',
  'ekonomi',
  'kepegawaian',
  'tata_kelola',
  'pariwisata',
  'lainnya',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Ordered from most to least urgent; the index is used for sorting. */
export const URGENCIES = ['kritis', 'tinggi', 'normal', 'rendah'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const MESSAGE_TYPES = ['pengaduan', 'aspirasi', 'permintaan_informasi', 'apresiasi', 'spam'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

export const PLATFORMS = [
  'facebook',
  'messenger',
  'instagram',
  'whatsapp',
  'x',
  'telegram',
  'youtube',
  'tiktok',
  'email',
  'webform',
  'generic',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const CONVERSATION_STATUSES = [
  'new',
  'routed',
  'in_progress',
  'waiting',
  'resolved',
  'closed',
  'rejected',
  'spam',
] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export const ROLES = ['admin', 'supervisor', 'officer'] as const;
export type Role = (typeof ROLES)[number];

export type PiiKind = 'nik' | 'kk' | 'phone' | 'email' | 'address';
export interface PiiSpan {
  kind: PiiKind;
  start: number;
  end: number; // exclusive
}

/** What the classifier returns for one text. confidence is per label, 0..1. */
export interface Classification {
  topic: Topic;
  urgency: Urgency;
  type: MessageType;
  region: string | null; // gazetteer code of the kabupaten/kota, e.g. "samarinda"
  pii: PiiSpan[];
  confidence: { topic: number; urgency: number; type: number; region: number };
  modelVersion: string;
}
