// Meta's reply windows, checked before a reply is queued so the officer sees why one is refused.
import type { ReplyWindowInput, ReplyWindowResult } from '../types.js';

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

function dmWindow(input: ReplyWindowInput): ReplyWindowResult {
  const age = input.now.getTime() - input.lastInboundAt.getTime();
  if (age <= DM_WINDOW_HOURS * HOUR) return { allowed: true };
  const name = PLATFORM_LABEL[input.platform] ?? input.platform;
  const next =
    input.platform === 'whatsapp'
      ? 'Gunakan pesan templat atau tunggu warga menghubungi lagi.'
      : 'Tunggu warga mengirim pesan lagi, atau hubungi warga lewat kanal lain.';
  return {
    allowed: false,
    reason: `Jendela balas 24 jam ${name} sudah tertutup (pesan terakhir warga ${formatAge(age)} lalu). ${next}`,
  };
}

function privateReplyToComment(input: ReplyWindowInput): ReplyWindowResult {
  const name = PLATFORM_LABEL[input.platform] ?? input.platform;
  if (input.privateReplyAlreadySent) {
    return {
      allowed: false,
      reason: `Balasan pribadi untuk komentar ini sudah pernah dikirim; ${name} hanya mengizinkan satu balasan pribadi per komentar. Lanjutkan lewat pesan langsung setelah warga membalas.`,
    };
  }
  const age = input.now.getTime() - input.inReplyToCreatedAt.getTime();
  if (age <= PRIVATE_REPLY_WINDOW_DAYS * 24 * HOUR) return { allowed: true };
  return {
    allowed: false,
    reason: `Balasan pribadi ke komentar hanya bisa dikirim dalam 7 hari (komentar ini ditulis ${formatAge(age)} lalu). Balas secara publik di komentar.`,
  };
}

export function metaReplyWindow(input: ReplyWindowInput): ReplyWindowResult {
  // Public replies under a comment have no time limit.
  if (input.visibility === 'public') return { allowed: true };
  switch (input.platform) {
    case 'facebook':
      return privateReplyToComment(input);
    case 'instagram':
      return input.inReplyToMeta?.kind === 'comment' ? privateReplyToComment(input) : dmWindow(input);
    case 'messenger':
    case 'whatsapp':
      return dmWindow(input);
    default:
      return { allowed: true };
  }
}
