import { describe, expect, it } from 'vitest';
import { parseTiktokDelivery } from '../../../../adapters/tiktok/parse.js';
import {
  A10_COMMENT,
  A9_DM,
  BUSINESS_ID,
  commentContent,
  dmContent,
  envelope,
  tiktokRequest,
} from './samples.js';

const parse = (body: unknown) => parseTiktokDelivery(tiktokRequest(body));
const empty = { messages: [], statuses: [], problems: [] };

describe('TikTok DMs', () => {
  it('turns the A9 im_receive_msg into a private message threaded on the conversation', () => {
    const { messages, problems } = parse(A9_DM);
    expect(problems).toEqual([]);
    expect(messages).toEqual([
      {
        platform: 'tiktok',
        accountId: BUSINESS_ID,
        externalId: '7481234567890123999',
        threadKey: 'conversation:0:1:7301242590496705810:7481234567890123456',
        visibility: 'private',
        author: { id: '7481234567890123456', handle: 'wargasby' },
        text: 'Halo admin, mau tanya jadwal samsat keliling',
        attachments: [],
        createdAt: '2025-03-24T04:20:00.123Z',
        action: 'create',
        replyToExternalId: undefined,
        meta: { kind: 'dm', conversationId: '0:1:7301242590496705810:7481234567890123456' },
      },
    ]);
  });

  it('keeps 19-digit ids exact when TikTok sends them as bare numbers inside content', () => {
    const content = `{"conversation_id":"c1","message_id":7481234567890123999,"timestamp":1742790000123,"type":"text","text":{"body":"hi"},"from_user":{"id":7481234567890123456},"to_user":{"id":"${BUSINESS_ID}"}}`;
    const [m] = parse(envelope('im_receive_msg', content)).messages;
    expect(m.externalId).toBe('7481234567890123999');
    expect(m.author.id).toBe('7481234567890123456');
  });

  it('skips our own sends: im_send_msg echoes, read receipts, and messages not addressed to us', () => {
    expect(parse(envelope('im_send_msg', dmContent()))).toEqual(empty);
    expect(parse(envelope('im_mark_read_msg', { conversation_id: 'c1' }))).toEqual(empty);
    const outgoing = dmContent({ from_user: { id: BUSINESS_ID }, to_user: { id: '7481234567890123456' } });
    expect(parse(envelope('im_receive_msg', outgoing))).toEqual(empty);
  });

  it('images, stickers and shared posts become attachments; a quoted message is linked', () => {
    const image = parse(
      envelope(
        'im_receive_msg',
        dmContent({ type: 'image', text: undefined, image: { media_id: 'v0a1b2' } }),
      ),
    ).messages[0];
    expect(image).toMatchObject({ text: '', attachments: [{ type: 'image', mediaId: 'v0a1b2' }] });
    const sticker = parse(
      envelope('im_receive_msg', dmContent({ type: 'sticker', sticker: { media_id: 'st1' } })),
    ).messages[0];
    expect(sticker.attachments).toMatchObject([{ type: 'sticker', mediaId: 'st1' }]);
    const share = parse(
      envelope(
        'im_receive_msg',
        dmContent({ type: 'share_post', share_post: { embed_url: 'https://www.tiktok.com/@a/video/1' } }),
      ),
    ).messages[0];
    expect(share.attachments).toMatchObject([{ type: 'link', url: 'https://www.tiktok.com/@a/video/1' }]);
    const quoted = parse(
      envelope(
        'im_receive_msg',
        dmContent({ referenced_message_info: { referenced_message_id: '7481234567890120000' } }),
      ),
    ).messages[0];
    expect(quoted.replyToExternalId).toBe('7481234567890120000');
  });

  it('keeps unicode and emoji intact through the double JSON encoding', () => {
    const body = 'Pak/Bu 🙏 jalan ke Tenggarong longsor ‼️ — «darurat» 😭';
    expect(parse(envelope('im_receive_msg', dmContent({ text: { body } }))).messages[0].text).toBe(body);
  });
});

describe('TikTok comments', () => {
  it('turns the A10 insert into a public comment threaded per video and citizen', () => {
    const { messages, problems } = parse(A10_COMMENT);
    expect(problems).toEqual([]);
    expect(messages).toEqual([
      {
        platform: 'tiktok',
        accountId: BUSINESS_ID,
        externalId: '7485123456789012345',
        threadKey: 'video:7484123456789012345:user:wargasby',
        visibility: 'public',
        author: { id: 'wargasby', handle: 'wargasby' },
        text: 'Tolong perbaiki lampu merah di simpang lima',
        attachments: [],
        createdAt: '2025-03-24T04:25:00.000Z',
        action: 'create',
        replyToExternalId: undefined,
        meta: { kind: 'comment', videoId: '7484123456789012345', commentType: 'comment' },
      },
    ]);
  });

  it('maps delete, set_to_hidden and set_to_public onto the stored comment', () => {
    const actionOf = (comment_action: string) =>
      parse(envelope('comment.update', commentContent({ comment_action, text: undefined }))).messages[0];
    expect(actionOf('delete')).toMatchObject({ action: 'remove', externalId: '7485123456789012399' });
    expect(actionOf('set_to_hidden').action).toBe('hide');
    expect(actionOf('set_to_friends_only').action).toBe('hide');
    expect(actionOf('set_to_public').action).toBe('unhide');
  });

  it('a reply to a comment names its parent comment', () => {
    const reply = commentContent({ comment_type: 'reply', parent_comment_id: '7485123456789012345' });
    const [m] = parse(envelope('comment.update', reply)).messages;
    expect(m.replyToExternalId).toBe('7485123456789012345');
    expect(m.meta).toMatchObject({ commentType: 'reply', parentCommentId: '7485123456789012345' });
  });

  it('reports an unknown action, missing ids or unparseable content as problems', () => {
    expect(parse(envelope('comment.update', commentContent({ comment_action: 'pin' }))).problems).toEqual([
      'comment.update: comment_action "pin" tidak dikenal',
    ]);
    expect(parse(envelope('comment.update', commentContent({ video_id: undefined }))).problems).toEqual([
      'comment.update: comment.update tanpa comment_id atau video_id',
    ]);
    expect(parse(envelope('comment.update', '{"comment_id":')).problems).toHaveLength(1);
    expect(parse(envelope('im_receive_msg', dmContent({ message_id: undefined }))).problems).toEqual([
      'im_receive_msg: im_receive_msg tanpa message_id, conversation_id atau from_user.id',
    ]);
  });

  it('answers bad envelopes with a reason and acknowledges events it does not handle', () => {
    expect(parse('not json').problems).toEqual(['Isi permintaan bukan JSON yang valid.']);
    expect(parse({ event: 'im_receive_msg', content: '{}' }).problems).toEqual([
      'im_receive_msg: user_openid tidak ada.',
    ]);
    expect(parse(envelope('video.publish', { video_id: '1' }))).toEqual(empty);
  });
});
