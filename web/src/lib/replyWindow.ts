// Early warning for platform reply windows, so the officer learns before typing a long answer.
// The server checks again when sending (409 reply_window_closed) and its reason wins.
const HOUR = 3600_000;

/** Private (DM) replies on Meta platforms are allowed only within 24 h of the citizen's last message. */
const PRIVATE_WINDOW_MS: Record<string, number> = {
  messenger: 24 * HOUR,
  instagram: 24 * HOUR,
  whatsapp: 24 * HOUR,
  facebook: 24 * HOUR, // private reply to a page comment: Messenger rules apply
};

export function replyWindowClosed(
  platform: string,
  visibility: 'public' | 'private',
  lastInboundAt: string | undefined,
  now: number,
): { closed: boolean; hours: number } {
  const limit = visibility === 'private' ? PRIVATE_WINDOW_MS[platform] : undefined;
  if (!limit || !lastInboundAt) return { closed: false, hours: 0 };
  const elapsed = now - Date.parse(lastInboundAt);
  return { closed: elapsed > limit, hours: limit / HOUR };
}
