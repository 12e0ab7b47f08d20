import { describe, expect, it } from 'vitest';
import { tiktokReplyWindow } from '../../../../adapters/tiktok/reply-window.js';
import type { ReplyWindowInput } from '../../../../adapters/types.js';

const now = new Date('2026-03-10T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const input = (fields: Partial<ReplyWindowInput>): ReplyWindowInput => ({
  platform: 'tiktok',
  visibility: 'private',
  lastInboundAt: hoursAgo(1),
  inReplyToCreatedAt: hoursAgo(1),
  privateReplyAlreadySent: false,
  now,
  inReplyToMeta: { kind: 'dm' },
  ...fields,
});

describe('TikTok reply window', () => {
  it('allows a DM reply up to 48 hours after the citizen last wrote', () => {
    expect(tiktokReplyWindow(input({ lastInboundAt: hoursAgo(47.9) }))).toEqual({ allowed: true });
    expect(tiktokReplyWindow(input({ lastInboundAt: hoursAgo(48) }))).toEqual({ allowed: true });
  });

  it('refuses a DM reply after 48 hours and says how long ago the citizen wrote', () => {
    expect(tiktokReplyWindow(input({ lastInboundAt: hoursAgo(73) }))).toEqual({
      allowed: false,
      reason:
        'Jendela balas pesan TikTok (48 jam) sudah tertutup: pesan terakhir warga 3 hari lalu. Tunggu warga mengirim pesan lagi, atau hubungi warga lewat kanal lain.',
    });
  });

  it('public comment replies have no time limit; private replies to comments do not exist on TikTok', () => {
    const comment = { kind: 'comment' };
    expect(
      tiktokReplyWindow(
        input({ visibility: 'public', inReplyToMeta: comment, lastInboundAt: hoursAgo(24 * 30) }),
      ),
    ).toEqual({ allowed: true });
    expect(tiktokReplyWindow(input({ visibility: 'private', inReplyToMeta: comment }))).toEqual({
      allowed: false,
      reason: 'TikTok tidak menyediakan balasan pribadi untuk komentar; balas secara publik di komentar.',
    });
  });
});
