import { describe, expect, it } from 'vitest';
import { metaReplyWindow } from '../../../../adapters/meta/reply-window.js';
import type { ReplyWindowInput } from '../../../../adapters/types.js';

const now = new Date('2026-11-27T08:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const input = (over: Partial<ReplyWindowInput>): ReplyWindowInput => ({
  platform: 'messenger',
  visibility: 'private',
  lastInboundAt: hoursAgo(1),
  inReplyToCreatedAt: hoursAgo(1),
  privateReplyAlreadySent: false,
  now,
  ...over,
});

describe('Meta reply windows', () => {
  it('WhatsApp: allowed within 24 h of the last citizen message, refused after with the template hint', () => {
    expect(metaReplyWindow(input({ platform: 'whatsapp', lastInboundAt: hoursAgo(23.9) }))).toMatchObject({
      open: true,
    });
    expect(
      metaReplyWindow(
        input({ platform: 'whatsapp', lastInboundAt: hoursAgo(26.5), inReplyToCreatedAt: hoursAgo(30) }),
      ),
    ).toMatchObject({
      open: false,
      reason:
        'Jendela balas 24 jam WhatsApp sudah tertutup (pesan terakhir warga 26 jam lalu). Gunakan pesan templat atau tunggu warga menghubungi lagi.',
    });
  });

  it('Messenger: the window counts from the last citizen message, not from the message answered', () => {
    expect(
      metaReplyWindow(input({ lastInboundAt: hoursAgo(2), inReplyToCreatedAt: hoursAgo(40) })),
    ).toMatchObject({
      open: true,
    });
    const refused = metaReplyWindow(input({ lastInboundAt: hoursAgo(72) }));
    expect(refused).toMatchObject({
      open: false,
      reason:
        'Jendela balas 24 jam Messenger sudah tertutup (pesan terakhir warga 3 hari lalu). Tunggu warga mengirim pesan lagi, atau hubungi warga lewat kanal lain.',
    });
  });

  it('Instagram DM: 24 h window', () => {
    expect(
      metaReplyWindow(
        input({ platform: 'instagram', inReplyToMeta: { kind: 'dm' }, lastInboundAt: hoursAgo(25) }),
      ),
    ).toMatchObject({
      open: false,
      reason: expect.stringContaining('Jendela balas 24 jam Instagram'),
    });
  });

  it('public comment replies are always allowed', () => {
    expect(
      metaReplyWindow(
        input({ platform: 'facebook', visibility: 'public', lastInboundAt: hoursAgo(24 * 60) }),
      ),
    ).toMatchObject({ open: true });
    expect(
      metaReplyWindow(
        input({ platform: 'instagram', visibility: 'public', lastInboundAt: hoursAgo(24 * 60) }),
      ),
    ).toMatchObject({ open: true });
  });

  it('private reply to a Facebook comment: once, within 7 days of the comment', () => {
    const fb = (over: Partial<ReplyWindowInput>) => metaReplyWindow(input({ platform: 'facebook', ...over }));
    expect(fb({ inReplyToCreatedAt: hoursAgo(6 * 24), lastInboundAt: hoursAgo(6 * 24) })).toMatchObject({
      open: true,
    });
    expect(fb({ inReplyToCreatedAt: hoursAgo(8 * 24) })).toMatchObject({
      open: false,
      reason:
        'Balasan pribadi ke komentar hanya bisa dikirim dalam 7 hari (komentar ini ditulis 8 hari lalu). Balas secara publik di komentar.',
    });
    expect(fb({ privateReplyAlreadySent: true })).toMatchObject({
      open: false,
      reason:
        'Balasan pribadi untuk komentar ini sudah pernah dikirim; Facebook hanya mengizinkan satu balasan pribadi per komentar. Lanjutkan lewat pesan langsung setelah warga membalas.',
    });
  });

  it('private reply to an Instagram comment follows the comment rules, not the DM window', () => {
    const ig = input({
      platform: 'instagram',
      inReplyToMeta: { kind: 'comment' },
      lastInboundAt: hoursAgo(72),
      inReplyToCreatedAt: hoursAgo(72),
    });
    expect(metaReplyWindow(ig)).toMatchObject({ open: true });
    expect(metaReplyWindow({ ...ig, privateReplyAlreadySent: true })).toMatchObject({ open: false });
  });
});
