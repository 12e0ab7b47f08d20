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
    expect(tiktokReplyWindow(input({ lastInboundAt: hoursAgo(47.9) }))).toMatchObject({ open: true });
    expect(tiktokReplyWindow(input({ lastInboundAt: hoursAgo(48) }))).toMatchObject({ open: true });
  });

  it('refuses a DM reply after 48 hours and says how long ago the citizen wrote', () => {
    expect(tiktokReplyWindow(input({ lastInboundAt: hoursAgo(73) }))).toMatchObject({
      open: false,
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
    ).toMatchObject({ open: true });
    expect(tiktokReplyWindow(input({ visibility: 'private', inReplyToMeta: comment }))).toMatchObject({
      open: false,
      reason: 'TikTok tidak menyediakan balasan pribadi untuk komentar; balas secara publik di komentar.',
    });
  });
});

describe('TikTok reply window closing time', () => {
  it('says when an open DM window shuts, so the composer can count down without asking again', () => {
    expect(tiktokReplyWindow(input({ lastInboundAt: hoursAgo(10) })).closesAt).toEqual(hoursAgo(10 - 48));
    expect(
      tiktokReplyWindow(input({ visibility: 'public', inReplyToMeta: { kind: 'comment' } })).closesAt,
    ).toBe(null);
  });
});
