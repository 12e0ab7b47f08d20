// TikTok reply rules: the server sends the result with the conversation and checks it again before queueing.
import { timedWindow } from '../meta/reply-window.js';
import { ALWAYS_OPEN, type ReplyWindowInput, type ReplyWindowState } from '../types.js';

/**
 * The platform reference does not document a reply window for TikTok Business Messaging. We assume 48 hours after the
 * citizen's last message (the window TikTok's business messaging is commonly described with) and refuse
 * beyond it, so an officer is told up front instead of seeing TikTok reject the send later.
 */
export const DM_WINDOW_HOURS = 48;

export function tiktokReplyWindow(input: ReplyWindowInput): ReplyWindowState {
  const isComment = input.inReplyToMeta?.kind === 'comment';
  if (isComment && input.visibility === 'private') {
    return {
      open: false,
      closesAt: null,
      reason: 'TikTok tidak menyediakan balasan pribadi untuk komentar; balas secara publik di komentar.',
    };
  }
  if (input.visibility === 'public') return ALWAYS_OPEN; // comment replies have no time limit
  return timedWindow(
    input.lastInboundAt,
    DM_WINDOW_HOURS,
    input.now,
    (age) =>
      `Jendela balas pesan TikTok (${DM_WINDOW_HOURS} jam) sudah tertutup: pesan terakhir warga ${age} lalu. Tunggu warga mengirim pesan lagi, atau hubungi warga lewat kanal lain.`,
  );
}
