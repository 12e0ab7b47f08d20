// Meta's reply windows: the server sends the result with the conversation (the composer shows it) and checks it
// again before a reply is queued.
import { ALWAYS_OPEN, type ReplyWindowInput, type ReplyWindowState } from '../types.js';

const HOUR = 3_600_000;
const DM_WINDOW_HOURS = 24;
const PRIVATE_REPLY_WINDOW_DAYS = 7;

const PLATFORM_LABEL: Record<string, string> = {
  messenger: 'Messenger',
  instagram: 'Instagram',
  whatsapp: 'WhatsApp',
  facebook: 'Facebook',
};

/** "26 jam" below two days, "3 hari" above: what an officer reads at a glance. */
export function formatAge(ms: number): string {
  const hours = Math.floor(ms / HOUR);
  return hours < 48 ? `${hours} jam` : `${Math.floor(hours / 24)} hari`;
}

/** A window of `hours` from `from`: open until then, else closed with the reason `closed(age)` gives. */
export function timedWindow(
  from: Date,
  hours: number,
  now: Date,
  closed: (ageText: string) => string,
): ReplyWindowState {
  const closesAt = new Date(from.getTime() + hours * HOUR);
  if (now.getTime() <= closesAt.getTime()) return { open: true, closesAt, reason: null };
  return { open: false, closesAt, reason: closed(formatAge(now.getTime() - from.getTime())) };
}

function dmWindow(input: ReplyWindowInput): ReplyWindowState {
  const name = PLATFORM_LABEL[input.platform] ?? input.platform;
  const next =
    input.platform === 'whatsapp'
      ? 'Gunakan pesan templat atau tunggu warga menghubungi lagi.'
      : 'Tunggu warga mengirim pesan lagi, atau hubungi warga lewat kanal lain.';
  return timedWindow(
    input.lastInboundAt,
    DM_WINDOW_HOURS,
    input.now,
    (age) => `Jendela balas 24 jam ${name} sudah tertutup (pesan terakhir warga ${age} lalu). ${next}`,
  );
}

function privateReplyToComment(input: ReplyWindowInput): ReplyWindowState {
  const name = PLATFORM_LABEL[input.platform] ?? input.platform;
  if (input.privateReplyAlreadySent) {
    return {
      open: false,
      closesAt: null,
      reason: `Balasan pribadi untuk komentar ini sudah pernah dikirim; ${name} hanya mengizinkan satu balasan pribadi per komentar. Lanjutkan lewat pesan langsung setelah warga membalas.`,
    };
  }
  return timedWindow(
    input.inReplyToCreatedAt,
    PRIVATE_REPLY_WINDOW_DAYS * 24,
    input.now,
    (age) =>
      `Balasan pribadi ke komentar hanya bisa dikirim dalam 7 hari (komentar ini ditulis ${age} lalu). Balas secara publik di komentar.`,
  );
}

export function metaReplyWindow(input: ReplyWindowInput): ReplyWindowState {
  // Public replies under a comment have no time limit.
  if (input.visibility === 'public') return ALWAYS_OPEN;
  switch (input.platform) {
    case 'facebook':
      return privateReplyToComment(input);
    case 'instagram':
      return input.inReplyToMeta?.kind === 'comment' ? privateReplyToComment(input) : dmWindow(input);
    case 'messenger':
    case 'whatsapp':
      return dmWindow(input);
    default:
      return ALWAYS_OPEN;
  }
}
