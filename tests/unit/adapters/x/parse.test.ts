import { describe, expect, it } from 'vitest';
import { parseXDelivery } from '../../../../adapters/x/parse.js';
import { A6_TWEET, A7_DM, CITIZEN_USER, FOR_USER_ID, dmEvent, tweet, xRequest } from './samples.js';

const parse = (body: unknown) => parseXDelivery(xRequest(body));
const tweets = (list: unknown[], extra: Record<string, unknown> = {}) =>
  parse({ for_user_id: FOR_USER_ID, tweet_create_events: list, ...extra });

describe('X tweets', () => {
  it('turns the A6 mention into a public message with the exact 19-digit id', () => {
    const { messages, problems } = parse(A6_TWEET);
    expect(problems).toEqual([]);
    expect(messages).toEqual([
      {
        platform: 'x',
        accountId: '1234567890',
        externalId: '1904012345678901234',
        threadKey: 'tweet:1904012345678901234:user:987654321',
        visibility: 'public',
        author: { id: '987654321', name: 'Siti Aminah', handle: 'sitiaminah' },
        text: '@pemkot_contoh lampu jalan di Jl. Merdeka mati sejak seminggu',
        attachments: [],
        createdAt: '2025-03-24T03:15:22.000Z',
        action: 'create',
        replyToExternalId: undefined,
        meta: { kind: 'tweet', tweetId: '1904012345678901234', conversationId: '1904012345678901234' },
      },
    ]);
  });

  it('keeps ids above 2^53 exact even when only the bare number is present', () => {
    const raw = `{"for_user_id":"1234567890","tweet_create_events":[{"id":1904012345678901235,"text":"hi","user":{"id":987654321},"in_reply_to_status_id":1904000000000000001}]}`;
    expect(Number('1904012345678901235').toString()).not.toBe('1904012345678901235'); // a JS number would round
    const [m] = parse(raw).messages;
    expect(m.externalId).toBe('1904012345678901235');
    expect(m.replyToExternalId).toBe('1904000000000000001');
    expect(m.threadKey).toBe('tweet:1904000000000000001:user:987654321');
  });

  it('a reply is threaded on its conversation root when given, else on the tweet it answers', () => {
    const reply = tweet({ in_reply_to_status_id_str: '1904000000000000002' });
    expect(tweets([reply]).messages[0].threadKey).toBe('tweet:1904000000000000002:user:987654321');
    const rooted = tweet({
      in_reply_to_status_id_str: '1904000000000000002',
      conversation_id_str: '1903999999999999999',
    });
    expect(tweets([rooted]).messages[0].threadKey).toBe('tweet:1903999999999999999:user:987654321');
  });

  it('uses extended_tweet.full_text and its media when the tweet is truncated', () => {
    const full =
      'Sudah tiga minggu jalan poros Samarinda–Bontang berlubang besar di km 12, sudah ada dua motor jatuh. Mohon segera ditambal sebelum musim hujan 🙏🙏 #jalanrusak';
    const t = tweet({
      truncated: true,
      text: 'Sudah tiga minggu jalan poros Samarinda–Bontang berlubang besar di km 12, sudah ada dua motor jatuh. Mohon segera… https://t.co/x',
      extended_tweet: {
        full_text: full,
        extended_entities: {
          media: [{ type: 'photo', media_url_https: 'https://pbs.twimg.com/media/abc.jpg' }],
        },
      },
    });
    const [m] = tweets([t]).messages;
    expect(m.text).toBe(full);
    expect(m.attachments).toEqual([{ type: 'image', url: 'https://pbs.twimg.com/media/abc.jpg' }]);
  });

  it('skips our own tweets, retweets and blocked authors', () => {
    const own = tweet({ user: { id_str: FOR_USER_ID, name: 'Pemkot Contoh' } });
    const retweet = tweet({ retweeted_status: { id_str: '1' } });
    const blockedInside = tweet({ is_blocked_by: true });
    expect(tweets([own, retweet, blockedInside])).toEqual({ messages: [], statuses: [], problems: [] });
    expect(tweets([tweet()], { user_has_blocked: true }).messages).toEqual([]);
    expect(tweets([tweet()], { user_has_blocked: false }).messages).toHaveLength(1);
  });

  it('a bad entry is a problem; the good ones in the same delivery still go through', () => {
    const out = tweets([{ text: 'no ids' }, 'not a tweet', tweet({ text: 'Lampu mati 💡❌' })]);
    expect(out.messages.map((m) => m.text)).toEqual(['Lampu mati 💡❌']);
    expect(out.problems).toEqual([
      'tweet_create_events[0]: tweet tanpa id_str atau user.id_str',
      'tweet_create_events[1]: tweet bukan objek',
    ]);
  });

  it('a deleted tweet becomes a remove of the stored message', () => {
    const out = parse({
      for_user_id: FOR_USER_ID,
      tweet_delete_events: [
        { status: { id: '1904012345678901234', user_id: '987654321' }, timestamp_ms: '1742786200000' },
      ],
    });
    expect(out.messages[0]).toMatchObject({
      action: 'remove',
      externalId: '1904012345678901234',
      accountId: FOR_USER_ID,
    });
  });
});

describe('X direct messages', () => {
  it('turns A7 into a private message threaded on the sender, named from the users map', () => {
    const { messages, problems } = parse(A7_DM);
    expect(problems).toEqual([]);
    expect(messages).toEqual([
      {
        platform: 'x',
        accountId: '1234567890',
        externalId: '1904020000000000000',
        threadKey: 'dm:987654321',
        visibility: 'private',
        author: { id: '987654321', name: 'Siti Aminah', handle: 'sitiaminah' },
        text: 'Mohon info syarat pembuatan akta kelahiran',
        attachments: [],
        createdAt: '2025-03-24T03:21:40.000Z',
        action: 'create',
        meta: { kind: 'dm', recipientId: '1234567890' },
      },
    ]);
  });

  it('skips our own DMs echoed back (sender_id == for_user_id)', () => {
    const echo = dmEvent({}, { sender_id: FOR_USER_ID, target: { recipient_id: '987654321' } });
    expect(parse({ for_user_id: FOR_USER_ID, direct_message_events: [echo] }).messages).toEqual([]);
  });

  it('carries a photo attachment and tolerates a missing users map', () => {
    const withPhoto = dmEvent(
      {},
      {
        message_data: {
          text: 'Ini fotonya https://t.co/y',
          attachment: {
            type: 'media',
            media: { type: 'photo', media_url_https: 'https://ton.twitter.com/i/abc.jpg' },
          },
        },
      },
    );
    const [m] = parse({ for_user_id: FOR_USER_ID, direct_message_events: [withPhoto] }).messages;
    expect(m.attachments).toEqual([{ type: 'image', url: 'https://ton.twitter.com/i/abc.jpg' }]);
    expect(m.author).toEqual({ id: '987654321', name: undefined, handle: undefined });
  });

  it('reports a DM without sender as a problem and a missing for_user_id or bad JSON as a 400 reason', () => {
    const bad = dmEvent({}, { sender_id: undefined });
    expect(parse({ for_user_id: FOR_USER_ID, direct_message_events: [bad] }).problems).toEqual([
      'direct_message_events[0]: DM tanpa id atau message_create.sender_id',
    ]);
    expect(parse({ tweet_create_events: [tweet()] }).problems).toEqual(['for_user_id tidak ada.']);
    expect(parse('{"for_user_id":').problems).toEqual(['Isi permintaan bukan JSON yang valid.']);
  });

  it('ignores activity that is not a message (likes, follows)', () => {
    const out = parse({ for_user_id: FOR_USER_ID, favorite_events: [{ id: '1', user: CITIZEN_USER }] });
    expect(out).toEqual({ messages: [], statuses: [], problems: [] });
  });
});
