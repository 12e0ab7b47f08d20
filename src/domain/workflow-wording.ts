// Indonesian wording for officers: status names, action names and why an action is not allowed.
import type { ConversationStatus } from './labels.js';
import type { WorkflowActionType } from './workflow-actions.js';

export const STATUS_LABEL_ID: Record<ConversationStatus, string> = {
  new: 'Baru',
  routed: 'Didisposisikan',
  in_progress: 'Sedang ditangani',
  waiting: 'Menunggu warga',
  resolved: 'Selesai',
  closed: 'Ditutup',
  rejected: 'Dikembalikan ke humas',
  spam: 'Spam',
};

export const ACTION_LABEL_ID: Record<WorkflowActionType, string> = {
  route: 'mendisposisikan kasus',
  accept: 'menerima kasus',
  reject: 'menolak kasus (bukan wewenang)',
  transfer: 'mengalihkan kasus ke instansi lain',
  first_reply: 'mengirim balasan pertama',
  wait: 'menandai kasus menunggu warga',
  citizen_message: 'mencatat pesan warga',
  resolve: 'menyelesaikan kasus',
  close: 'menutup kasus',
  mark_spam: 'menandai kasus sebagai spam',
  reopen: 'membuka kembali kasus',
};

/** What the officer should do instead, for the common wrong moves. */
const HINTS: Partial<Record<WorkflowActionType, Partial<Record<ConversationStatus, string>>>> = {
  route: {
    routed: 'Kasus sudah didisposisikan; gunakan "alihkan" untuk memindahkannya ke instansi lain.',
    in_progress: 'Kasus sedang ditangani instansi; gunakan "alihkan" bila instansinya salah.',
    spam: 'Batalkan tanda spam dengan "buka kembali" terlebih dahulu.',
  },
  accept: {
    new: 'Kasus belum didisposisikan ke instansi mana pun.',
    in_progress: 'Kasus sudah diterima dan sedang ditangani.',
    rejected: 'Kasus sudah ditolak; humas perlu mendisposisikannya ulang.',
  },
  reject: {
    new: 'Kasus baru masih di humas; disposisikan ke instansi yang tepat, atau tandai spam.',
    rejected: 'Kasus sudah dikembalikan ke humas.',
    waiting: 'Kasus sedang menunggu jawaban warga; alihkan bila memang bukan wewenang instansi ini.',
  },
  transfer: {
    new: 'Gunakan "disposisi" untuk kasus baru.',
    rejected: 'Gunakan "disposisi" untuk kasus yang dikembalikan ke humas.',
  },
  first_reply: {
    in_progress: 'Balasan pertama sudah terkirim; balasan berikutnya tidak mengubah status.',
    waiting: 'Balasan pertama sudah terkirim; kasus sedang menunggu jawaban warga.',
  },
  wait: {
    routed: 'Terima kasus atau kirim balasan pertama sebelum menunggu jawaban warga.',
    new: 'Kirim balasan pertama sebelum menunggu jawaban warga.',
    waiting: 'Kasus sudah menunggu jawaban warga.',
  },
  resolve: {
    new: 'Balas atau disposisikan kasus terlebih dahulu.',
    routed: 'Terima kasus terlebih dahulu.',
    resolved: 'Kasus sudah selesai.',
  },
  close: {
    in_progress: 'Selesaikan kasus terlebih dahulu sebelum menutupnya.',
    routed: 'Kasus masih di instansi; instansi harus menyelesaikan atau menolaknya.',
    closed: 'Kasus sudah ditutup.',
  },
  mark_spam: {
    resolved: 'Kasus yang sudah selesai tidak dapat ditandai spam.',
    closed: 'Kasus yang sudah ditutup tidak dapat ditandai spam.',
    spam: 'Kasus sudah ditandai spam.',
  },
  reopen: {
    new: 'Kasus masih terbuka.',
    in_progress: 'Kasus masih terbuka.',
    waiting: 'Kasus masih terbuka.',
    routed: 'Kasus masih terbuka.',
  },
};

/** e.g. "Tidak dapat menerima kasus: status kasus Baru. Kasus belum didisposisikan ke instansi mana pun." */
export function illegalTransitionReason(
  action: WorkflowActionType,
  status: ConversationStatus,
  allowedFrom: ConversationStatus[],
): string {
  const hint =
    HINTS[action]?.[status] ??
    `Aksi ini hanya berlaku untuk kasus berstatus ${allowedFrom.map((s) => STATUS_LABEL_ID[s]).join(', ')}.`;
  return `Tidak dapat ${ACTION_LABEL_ID[action]}: status kasus ${STATUS_LABEL_ID[status]}. ${hint}`;
}

export const REASONS = {
  rejectThroughEndpoint:
    'Untuk mengembalikan kasus ke humas gunakan "tolak (bukan wewenang)" beserta alasannya.',
  rejectNeedsReason: 'Alasan penolakan (mengapa bukan wewenang instansi ini) wajib diisi.',
  humasCannotReject:
    'Humas adalah meja triase terakhir dan tidak dapat menolak kasus; disposisikan, tandai spam, atau tutup.',
  targetMissing: 'Pilih instansi tujuan.',
  targetIsHumas:
    'Humas bukan tujuan disposisi; untuk mengembalikan kasus ke humas gunakan "tolak (bukan wewenang)".',
  sameAgency: 'Kasus sudah berada di instansi tersebut.',
} as const;
