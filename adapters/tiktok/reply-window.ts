// TikTok reply rules, checked before a reply is queued so the officer sees why one is refused.
import { formatAge } from '../meta/reply-window.js';
import type { ReplyWindowInput, ReplyWindowResult } from '../types.js';

/**
 * The platform reference does not document a reply window for TikTok Business Messaging. We assume 48 hours after the
 * citizen's last message (the window TikTok's business messaging is commonly described with) and refuse
 * beyond it, so an officer is told up front instead of seeing TikTok reject the send later.
 */
export const DM_WINDOW_HOURS = 48;
const HOUR = 3_600_000;

export function tiktokReplyWindow(input: ReplyWindowInput): ReplyWindowResult {
  const isComment = input.inReplyToMeta?.kind === 'comment';
  if (isComment && input.visibility === 'private') {
    return {
      allowed: false,
      reason: 'TikTok tidak menyediakan balasan pribadi untuk komentar; balas secara publik di komentar.',
    };
  }
  if (input.visibility === 'public') return { allowed: true }; // comment replies have no time limit
  const age = input.now.getTime() - input.lastInboundAt.getTime();
  if (age <= DM_WINDOW_HOURS * HOUR) return { allowed: true };
  return {
    allowed: false,
    reason: `Jendela balas pesan TikTok (${DM_WINDOW_HOURS} jam) sudah tertutup: pesan terakhir warga ${formatAge(age)} lalu. Tunggu warga mengirim pesan lagi, atau hubungi warga lewat kanal lain.`,
  };
}
