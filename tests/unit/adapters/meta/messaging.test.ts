import { describe, expect, it } from 'vitest';
import { parseMetaDelivery } from '../../../../adapters/meta/parse.js';
import { A2_MESSENGER_TEXT, A4_IG_DM, IG_ID, PAGE_ID, messagingDelivery, messagingEvent } from './samples.js';

const parse = (body: unknown) => parseMetaDelivery(JSON.stringify(body));
const one = (body: unknown) => {
  const { messages, problems } = parse(body);
  expect(problems).toEqual([]);
  expect(messages).toHaveLength(1);
  return messages[0];
};

describe('Messenger messages', () => {
  it('A2: a text DM becomes a private messenger message threaded per citizen', () => {
    expect(one(A2_MESSENGER_TEXT)).toEqual({
      platform: 'messenger',
      accountId: '448242228374517',
      externalId: 'm_1457764197618:41d102a3e1ae206a38',
      threadKey: 'dm:7012345678901234',
      visibility: 'private',
      author: { id: '7012345678901234' },
      text: 'Selamat siang, bagaimana cara mengurus KTP yang hilang?',
      attachments: [],
      createdAt: '2025-03-22T18:21:39.876Z',
      action: 'create',
      replyToExternalId: 'm_1fTq8oLumEyIp3Q2MR-aY7IfLZDamVrALniheU',
      meta: { kind: 'dm' },
    });
  });

  it('attachments become links (image, file, sticker, location)', () => {
    const message = one(
      messagingDelivery('page', [
        messagingEvent({
          mid: 'm_att',
          attachments: [
            { type: 'image', payload: { url: 'https://cdn.example/foto-jalan.jpg' } },
            { type: 'file', payload: { url: 'https://cdn.example/surat.pdf' } },
            {
              type: 'image',
              payload: { url: 'https://cdn.example/sticker.png', sticker_id: 369239263222822 },
            },
            {
              type: 'location',
              title: 'Lokasi',
              payload: { coordinates: { lat: -0.502106, long: 117.153709 } },
            },
          ],
        }),
      ]),
    );
    expect(message.text).toBe('');
    expect(message.attachments).toEqual([
      { type: 'image', url: 'https://cdn.example/foto-jalan.jpg' },
      { type: 'document', url: 'https://cdn.example/surat.pdf' },
      { type: 'sticker', url: 'https://cdn.example/sticker.png' },
      { type: 'location', location: { latitude: -0.502106, longitude: 117.153709, name: 'Lokasi' } },
    ]);
  });

  it('quick replies keep their text and carry the payload', () => {
    const message = one(
      messagingDelivery('page', [
        messagingEvent({ mid: 'm_qr', text: 'Pengaduan', quick_reply: { payload: 'MENU_PENGADUAN' } }),
      ]),
    );
    expect(message.text).toBe('Pengaduan');
    expect(message.meta).toEqual({ kind: 'dm', quickReplyPayload: 'MENU_PENGADUAN' });
  });

  it('postbacks (button taps) become messages with the button title', () => {
    const message = one(
      messagingDelivery('page', [
        messagingEvent(null, {
          postback: { title: 'Cek status laporan', payload: 'CEK_STATUS', mid: 'm_pb' },
        }),
      ]),
    );
    expect(message).toMatchObject({
      externalId: 'm_pb',
      text: 'Cek status laporan',
      meta: { kind: 'dm', postbackPayload: 'CEK_STATUS' },
    });
  });

  it('a postback without mid gets a stable id from sender and time (retries dedupe)', () => {
    const body = messagingDelivery('page', [
      messagingEvent(null, { postback: { title: 'Mulai', payload: 'GET_STARTED' } }),
    ]);
    expect(one(body).externalId).toBe('postback:7012345678901234:1742667699876');
    expect(one(body).externalId).toBe(one(body).externalId);
  });

  it('edits update the same mid with the new text, each edit distinguishable', () => {
    const edit = (n: number, ts: number) =>
      one(
        messagingDelivery('page', [
          messagingEvent(null, {
            timestamp: ts,
            message_edit: { mid: 'm_1457764197618:41d102a3e1ae206a38', text: `revisi ${n}`, num_edit: n },
          }),
        ]),
      );
    const first = edit(1, 1742667800000);
    const second = edit(2, 1742667900000);
    expect(first).toMatchObject({
      externalId: 'm_1457764197618:41d102a3e1ae206a38',
      action: 'edit',
      text: 'revisi 1',
    });
    expect(first.meta).toEqual({ kind: 'dm', editCount: '1' });
    expect(second.createdAt).not.toBe(first.createdAt);
  });

  it('echoes of our own sends never become inbound messages', () => {
    const echo = {
      sender: { id: PAGE_ID },
      recipient: { id: '7012345678901234' },
      timestamp: 1742667699876,
      message: {
        mid: 'm_echo',
        text: 'Terima kasih, laporan diteruskan',
        is_echo: true,
        app_id: 1517776481860111,
      },
    };
    expect(parse(messagingDelivery('page', [echo]))).toEqual({ messages: [], statuses: [], problems: [] });
  });

  it('reads, deliveries and reactions are not messages; delivered mids become statuses of our replies', () => {
    const body = messagingDelivery('page', [
      messagingEvent(null, { read: { watermark: 1742667699000 } }),
      messagingEvent(null, { delivery: { mids: ['m_ours_1', 'm_ours_2'], watermark: 1742667699000 } }),
      messagingEvent(null, { reaction: { mid: 'm_x', action: 'react', emoji: '👍' } }),
    ]);
    const { messages, statuses, problems } = parse(body);
    expect(messages).toEqual([]);
    expect(problems).toEqual([]);
    expect(statuses).toEqual(
      ['m_ours_1', 'm_ours_2'].map((externalId) => ({
        platform: 'messenger',
        accountId: PAGE_ID,
        externalId,
        status: 'delivered',
        at: '2025-03-22T18:21:39.876Z',
      })),
    );
  });

  it('an Instagram seen event marks our reply read', () => {
    const { statuses } = parse(
      messagingDelivery('instagram', [messagingEvent(null, { read: { mid: 'ig_ours' } }, 'instagram')]),
    );
    expect(statuses).toEqual([
      {
        platform: 'instagram',
        accountId: IG_ID,
        externalId: 'ig_ours',
        status: 'read',
        at: '2025-03-22T18:21:39.876Z',
      },
    ]);
  });

  it('standby events (handover protocol) are still read', () => {
    const body = {
      object: 'page',
      entry: [{ id: PAGE_ID, time: 1, standby: [messagingEvent({ mid: 'm_sb', text: 'halo' })] }],
    };
    expect(one(body).externalId).toBe('m_sb');
  });

  it('keeps emoji and non-Latin text exactly', () => {
    const text = 'Air PDAM mati 3 hari 😡🚱 — tolong!! ñ 中文';
    expect(one(messagingDelivery('page', [messagingEvent({ mid: 'm_emoji', text })])).text).toBe(text);
  });
});

describe('Instagram DMs', () => {
  it('A4: a text DM becomes a private instagram message threaded per citizen per account', () => {
    expect(one(A4_IG_DM)).toEqual({
      platform: 'instagram',
      accountId: '17841474524784050',
      externalId: 'aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQx…',
      threadKey: 'dm:1234567890123456',
      visibility: 'private',
      author: { id: '1234567890123456' },
      text: 'Min, pengaduan banjir di RW 07 ke mana ya?',
      attachments: [],
      createdAt: '2025-08-21T12:28:19.000Z',
      action: 'create',
      meta: { kind: 'dm' },
    });
  });

  it('a story reply links the story and keeps the reply text', () => {
    const message = one(
      messagingDelivery('instagram', [
        messagingEvent(
          {
            mid: 'ig_story_reply',
            text: 'Ini jembatannya kapan diperbaiki?',
            reply_to: { story: { url: 'https://lookaside.example/story', id: '1799' } },
          },
          {},
          'instagram',
        ),
      ]),
    );
    expect(message.text).toBe('Ini jembatannya kapan diperbaiki?');
    expect(message.attachments).toEqual([
      { type: 'link', url: 'https://lookaside.example/story', name: 'story_reply' },
    ]);
    expect(message.meta).toEqual({
      kind: 'dm',
      storyId: '1799',
      storyUrl: 'https://lookaside.example/story',
    });
  });

  it('a story mention shows a readable placeholder and the story link', () => {
    const message = one(
      messagingDelivery('instagram', [
        messagingEvent(
          {
            mid: 'ig_mention',
            attachments: [{ type: 'story_mention', payload: { url: 'https://cdn.example/st' } }],
          },
          {},
          'instagram',
        ),
      ]),
    );
    expect(message.text).toBe('[Warga menyebut akun ini di story-nya]');
    expect(message.attachments).toEqual([
      { type: 'link', url: 'https://cdn.example/st', name: 'story_mention' },
    ]);
    expect(message.meta?.storyMention).toBe('true');
  });

  it('an unsent DM (is_deleted) removes the stored message', () => {
    const message = one(
      messagingDelivery('instagram', [messagingEvent({ mid: 'ig_del', is_deleted: true }, {}, 'instagram')]),
    );
    expect(message).toMatchObject({
      externalId: 'ig_del',
      action: 'remove',
      platform: 'instagram',
      accountId: IG_ID,
    });
  });

  it('an unsupported DM is kept with an explanation', () => {
    const message = one(
      messagingDelivery('instagram', [
        messagingEvent({ mid: 'ig_unsup', is_unsupported: true }, {}, 'instagram'),
      ]),
    );
    expect(message.text).toContain('tidak dapat ditampilkan');
  });

  it('IG echoes (our sends, delivered in the messages subscription) are skipped', () => {
    const echo = {
      sender: { id: IG_ID },
      recipient: { id: '1234567890123456' },
      timestamp: 1,
      message: { mid: 'e', text: 'ok', is_echo: true },
    };
    expect(parse(messagingDelivery('instagram', [echo])).messages).toEqual([]);
  });

  it('an event without sender is a problem; its neighbours are kept', () => {
    const bad = {
      recipient: { id: IG_ID },
      timestamp: 1755779299000,
      message: { mid: 'x', text: 'tanpa pengirim' },
    };
    const good = messagingEvent({ mid: 'ig_ok', text: 'halo' }, {}, 'instagram');
    const { messages, problems } = parse(messagingDelivery('instagram', [bad, good]));
    expect(messages.map((m) => m.externalId)).toEqual(['ig_ok']);
    expect(problems).toEqual(['entry[0].messaging[0]: messaging sender.id is missing']);
  });
});
