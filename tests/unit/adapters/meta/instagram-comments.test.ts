import { describe, expect, it } from 'vitest';
import { parseMetaDelivery } from '../../../../adapters/meta/parse.js';
import { A3_IG_COMMENT, IG_ID } from './samples.js';

const parse = (body: unknown) => parseMetaDelivery(JSON.stringify(body));
const igChange = (field: string, value: Record<string, unknown>) => ({
  object: 'instagram',
  entry: [{ id: IG_ID, time: 1755779280, changes: [{ field, value }] }],
});

describe('Instagram comments and mentions', () => {
  it('A3: a reply comment becomes a public instagram message in the citizen thread under the media', () => {
    const { messages, problems } = parse(A3_IG_COMMENT);
    expect(problems).toEqual([]);
    expect(messages).toEqual([
      {
        platform: 'instagram',
        accountId: '17841474524784050',
        externalId: '17919697626119712',
        threadKey: 'media:18172143295349192:user:2105722729836161',
        visibility: 'public',
        author: { id: '2105722729836161', handle: 'warga_bandung' },
        text: 'Kapan jadwal vaksinasi di puskesmas Cicendo?',
        attachments: [],
        createdAt: '2025-08-21T12:28:00.000Z',
        action: 'create',
        replyToExternalId: '17919697626110001',
        meta: {
          kind: 'comment',
          mediaId: '18172143295349192',
          commentId: '17919697626119712',
          parentId: '17919697626110001',
          rootCommentId: '17919697626110001',
          mediaProductType: 'FEED',
        },
      },
    ]);
  });

  it('a top-level comment is its own root (Instagram replies only to top-level comments)', () => {
    const value = { ...A3_IG_COMMENT.entry[0].changes[0].value, parent_id: undefined };
    const [message] = parse(igChange('comments', value)).messages;
    expect(message.replyToExternalId).toBeUndefined();
    expect(message.meta?.rootCommentId).toBe('17919697626119712');
  });

  it('our own comments (public replies) are skipped', () => {
    const value = { ...A3_IG_COMMENT.entry[0].changes[0].value, from: { id: IG_ID, username: 'pemprov' } };
    expect(parse(igChange('comments', value))).toEqual({ messages: [], statuses: [], problems: [] });
  });

  it('live comments are marked live (no public reply on a broadcast)', () => {
    const [message] = parse(igChange('live_comments', A3_IG_COMMENT.entry[0].changes[0].value)).messages;
    expect(message.meta?.live).toBe('true');
  });

  it('a comment @mention becomes a placeholder message the officer can open', () => {
    const { messages, problems } = parse(
      igChange('mentions', { media_id: '17887498072083520', comment_id: '17894227972186120' }),
    );
    expect(problems).toEqual([]);
    expect(messages).toEqual([
      {
        platform: 'instagram',
        accountId: IG_ID,
        externalId: 'mention:17894227972186120',
        threadKey: 'media:17887498072083520:user:mention:17894227972186120',
        visibility: 'public',
        author: { id: 'mention:17894227972186120' },
        text: '[Akun ini disebut (@mention) di Instagram; buka Instagram untuk membaca isinya]',
        attachments: [],
        createdAt: '2025-08-21T12:28:00.000Z',
        action: 'create',
        meta: {
          kind: 'mention',
          mediaId: '17887498072083520',
          commentId: '17894227972186120',
          needsLookup: 'true',
        },
      },
    ]);
  });

  it('a caption @mention (no comment id) keys on the media', () => {
    const [message] = parse(igChange('mentions', { media_id: '17887498072083520' })).messages;
    expect(message.externalId).toBe('mention:media:17887498072083520');
  });

  it('a comment without media is a problem', () => {
    const { messages, problems } = parse(igChange('comments', { id: '1', from: { id: '2' }, text: 'x' }));
    expect(messages).toEqual([]);
    expect(problems).toEqual(['entry[0].changes[0]: instagram comment media.id is missing']);
  });
});
