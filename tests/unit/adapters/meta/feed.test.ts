import { describe, expect, it } from 'vitest';
import { parseMetaDelivery } from '../../../../adapters/meta/parse.js';
import { A1_FEED_COMMENT, PAGE_ID, feedComment, feedDelivery } from './samples.js';

const parse = (body: unknown) => parseMetaDelivery(JSON.stringify(body));

describe('Facebook Page feed comments', () => {
  it('A1: a reply to a comment becomes one public facebook message in the citizen thread under the post', () => {
    const { messages, statuses, problems } = parse(A1_FEED_COMMENT);
    expect(problems).toEqual([]);
    expect(statuses).toEqual([]);
    expect(messages).toEqual([
      {
        platform: 'facebook',
        accountId: '448242228374517',
        externalId: '122131676912594941_1213590066982748',
        threadKey: 'post:448242228374517_122131676912594941:user:6021234567890123',
        visibility: 'public',
        author: { id: '6021234567890123', name: 'Budi Santoso' },
        text: 'Jalan di depan kantor kelurahan rusak parah, mohon segera diperbaiki.',
        attachments: [],
        createdAt: '2025-03-22T18:20:04.000Z',
        action: 'create',
        replyToExternalId: '122131676912594941_542072878449250',
        meta: {
          kind: 'comment',
          postId: '448242228374517_122131676912594941',
          commentId: '122131676912594941_1213590066982748',
          parentId: '122131676912594941_542072878449250',
          rootCommentId: '122131676912594941_542072878449250',
        },
      },
    ]);
  });

  it('a top-level comment (parent_id == post_id) has no parent and is its own root', () => {
    const [message] = parse(feedDelivery([feedComment()])).messages;
    expect(message.replyToExternalId).toBeUndefined();
    expect(message.meta).toEqual({
      kind: 'comment',
      postId: `${PAGE_ID}_122131676912594941`,
      commentId: '122131676912594941_1000000000000001',
      rootCommentId: '122131676912594941_1000000000000001',
    });
  });

  it('edits keep the comment id, carry the new text and the time of the edit', () => {
    const first = parse(
      feedDelivery([feedComment({ verb: 'edited', message: 'Lampu jalan mati 3 hari' })], 1742670000),
    );
    const second = parse(
      feedDelivery([feedComment({ verb: 'edited', message: 'Lampu jalan mati 4 hari' })], 1742680000),
    );
    expect(first.messages[0]).toMatchObject({
      externalId: '122131676912594941_1000000000000001',
      action: 'edit',
      text: 'Lampu jalan mati 3 hari',
      createdAt: '2025-03-22T19:00:00.000Z',
    });
    // Two distinct edits of one comment must not share an idempotency key.
    expect(second.messages[0].createdAt).not.toBe(first.messages[0].createdAt);
  });

  it.each([
    ['remove', 'remove'],
    ['hide', 'hide'],
    ['unhide', 'unhide'],
  ] as const)('verb %s updates the stored comment (action %s), even without from/message', (verb, action) => {
    const value = feedComment({ verb });
    delete value.message;
    delete value.from;
    const { messages, problems } = parse(feedDelivery([value]));
    expect(problems).toEqual([]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      externalId: '122131676912594941_1000000000000001',
      action,
      text: '',
    });
  });

  it("skips the Page's own comments (our public replies) so we never loop on them", () => {
    const own = feedComment({ from: { id: PAGE_ID, name: 'Pemprov' }, comment_id: '122131676912594941_9' });
    const { messages, problems } = parse(feedDelivery([own, feedComment()]));
    expect(problems).toEqual([]);
    expect(messages.map((m) => m.externalId)).toEqual(['122131676912594941_1000000000000001']);
  });

  it('ignores reactions, likes and new posts on the same field', () => {
    const reaction = {
      item: 'reaction',
      verb: 'add',
      reaction_type: 'like',
      from: { id: '1' },
      post_id: 'x',
    };
    const status = { item: 'status', verb: 'add', post_id: 'x', from: { id: PAGE_ID } };
    expect(parse(feedDelivery([reaction, status]))).toEqual({ messages: [], statuses: [], problems: [] });
  });

  it('keeps photo and video attachments of a comment as links', () => {
    const [message] = parse(
      feedDelivery([
        feedComment({
          message: '',
          photo: 'https://scontent.example/foto.jpg',
          video: 'https://video.example/v.mp4',
        }),
      ]),
    ).messages;
    expect(message.attachments).toEqual([
      { type: 'image', url: 'https://scontent.example/foto.jpg' },
      { type: 'video', url: 'https://video.example/v.mp4' },
    ]);
  });

  it('a comment without an author is a problem, the rest of the delivery is kept', () => {
    const bad = feedComment({ comment_id: '1_2' });
    delete bad.from;
    const { messages, problems } = parse(feedDelivery([bad, feedComment()]));
    expect(messages).toHaveLength(1);
    expect(problems).toEqual(['entry[0].changes[0]: feed comment has no from.id']);
  });

  it('an unknown verb is ignored, never stored as a new message', () => {
    expect(parse(feedDelivery([feedComment({ verb: 'block' })]))).toEqual({
      messages: [],
      statuses: [],
      problems: [],
    });
  });
});
