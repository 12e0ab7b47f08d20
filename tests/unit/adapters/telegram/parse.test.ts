import { describe, expect, it } from 'vitest';
import { parseTelegramDelivery } from '../../../../adapters/telegram/parse.js';
import { A11_TEXT, CITIZEN, GROUP_CHAT, tgMessage, tgRequest } from './samples.js';

const parse = (body: unknown, source?: string) => parseTelegramDelivery(tgRequest(body, { source }));

describe('Telegram parser', () => {
  it('turns the A11 private message into one private message of the bot', () => {
    const { messages, problems } = parse(A11_TEXT);
    expect(problems).toEqual([]);
    expect(messages).toEqual([
      {
        platform: 'telegram',
        accountId: 'default',
        externalId: '5123456789:1542',
        threadKey: 'chat:5123456789',
        visibility: 'private',
        author: { id: '5123456789', name: 'Rina Wulandari', handle: 'rinawulan' },
        text: 'Halo, saya mau melaporkan sampah menumpuk di RT 05',
        attachments: [],
        createdAt: '2025-03-24T04:20:00.000Z',
        action: 'create',
        replyToExternalId: undefined,
        meta: { kind: 'dm', chatId: '5123456789', chatType: 'private', messageId: '1542' },
      },
    ]);
  });

  it('names the bot after the :source route parameter', () => {
    expect(parse(A11_TEXT, 'bot-humas').messages[0].accountId).toBe('bot-humas');
  });

  it('an edited_message keeps the externalId and is dated by its edit', () => {
    const edited = tgMessage({ text: 'Sampah menumpuk di RT 05 dan RT 06 🙏', edit_date: 1742790600 });
    const [m] = parse({ update_id: 2, edited_message: edited }).messages;
    expect(m).toMatchObject({
      externalId: '5123456789:1542',
      action: 'edit',
      text: 'Sampah menumpuk di RT 05 dan RT 06 🙏',
      createdAt: '2025-03-24T04:30:00.000Z',
    });
  });

  it('a group message is public and threaded per member of the group', () => {
    const other = {
      ...CITIZEN,
      id: 777000111,
      first_name: 'Agus',
      last_name: undefined,
      username: undefined,
    };
    const a = parse({ update_id: 3, message: tgMessage({ chat: GROUP_CHAT, text: 'Jalan berlubang' }) });
    const b = parse({ update_id: 4, message: tgMessage({ chat: GROUP_CHAT, from: other, message_id: 9 }) });
    expect(a.messages[0]).toMatchObject({
      visibility: 'public',
      externalId: '-1001987654321:1542',
      threadKey: 'chat:-1001987654321:user:5123456789',
      meta: { kind: 'group', chatId: '-1001987654321', chatTitle: 'Forum Warga Samarinda' },
    });
    expect(b.messages[0].threadKey).toBe('chat:-1001987654321:user:777000111');
    expect(b.messages[0].author).toEqual({ id: '777000111', name: 'Agus', handle: undefined });
  });

  it('skips messages written by bots (including anonymous group admins) without a problem', () => {
    const bot = { id: 1087968824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' };
    const out = parse({
      update_id: 5,
      message: tgMessage({ chat: GROUP_CHAT, from: bot, text: 'Pengumuman' }),
    });
    expect(out).toEqual({ messages: [], statuses: [], problems: [] });
  });

  it('ignores updates that carry no citizen message (channel posts, callbacks)', () => {
    expect(parse({ update_id: 6, channel_post: tgMessage({ chat: { id: -100, type: 'channel' } }) })).toEqual(
      {
        messages: [],
        statuses: [],
        problems: [],
      },
    );
    expect(parse({ update_id: 7, callback_query: { id: 'x' } }).messages).toEqual([]);
  });

  it('a photo keeps its largest size and caption, and the caption is the text', () => {
    const photo = [
      { file_id: 'small', file_unique_id: 'a', width: 90, height: 90, file_size: 1234 },
      { file_id: 'large', file_unique_id: 'b', width: 1280, height: 960, file_size: 98765 },
    ];
    const [m] = parse({
      update_id: 8,
      message: tgMessage({ photo, caption: 'Banjir setinggi lutut di Sempaja' }),
    }).messages;
    expect(m.text).toBe('Banjir setinggi lutut di Sempaja');
    expect(m.attachments).toEqual([
      { type: 'image', mediaId: 'large', caption: 'Banjir setinggi lutut di Sempaja' },
    ]);
  });

  it('documents, voice notes, locations and venues become attachments', () => {
    const doc = parse({
      update_id: 9,
      message: tgMessage({
        document: { file_id: 'doc1', file_name: 'surat-keterangan.pdf', mime_type: 'application/pdf' },
        caption: 'Lampiran surat',
      }),
    }).messages[0];
    expect(doc.attachments).toEqual([
      {
        type: 'document',
        mediaId: 'doc1',
        name: 'surat-keterangan.pdf',
        mimeType: 'application/pdf',
        caption: 'Lampiran surat',
      },
    ]);
    const voice = parse({
      update_id: 10,
      message: tgMessage({ voice: { file_id: 'v1', mime_type: 'audio/ogg', duration: 7 } }),
    }).messages[0];
    expect(voice).toMatchObject({
      text: '',
      attachments: [{ type: 'audio', mediaId: 'v1', mimeType: 'audio/ogg' }],
    });
    const loc = parse({
      update_id: 11,
      message: tgMessage({ location: { latitude: -0.4948, longitude: 117.1436 } }),
    }).messages[0];
    expect(loc.attachments).toEqual([
      {
        type: 'location',
        location: { latitude: -0.4948, longitude: 117.1436, name: undefined, address: undefined },
      },
    ]);
    const venue = parse({
      update_id: 12,
      message: tgMessage({
        location: { latitude: -0.5, longitude: 117.15 },
        venue: {
          location: { latitude: -0.5, longitude: 117.15 },
          title: 'Pasar Segiri',
          address: 'Jl. Pahlawan',
        },
      }),
    }).messages[0];
    expect(venue.attachments).toEqual([
      {
        type: 'location',
        location: { latitude: -0.5, longitude: 117.15, name: 'Pasar Segiri', address: 'Jl. Pahlawan' },
      },
    ]);
  });

  it('links a reply to the message it answers, in the same chat', () => {
    const [m] = parse({
      update_id: 13,
      message: tgMessage({ text: 'ini lanjutannya', reply_to_message: { message_id: 1500 } }),
    }).messages;
    expect(m.replyToExternalId).toBe('5123456789:1500');
  });

  it('keeps unicode and emoji intact', () => {
    const text = 'Tolong 🙏🏽 jalan di Loa Kulu rusak — sudah 3 bulan ‼️ «segera»';
    expect(parse({ update_id: 14, message: tgMessage({ text }) }).messages[0].text).toBe(text);
  });

  it('reports broken JSON and broken messages as problems', () => {
    expect(parse('{"update_id": 1,').problems).toEqual(['Isi permintaan bukan JSON yang valid.']);
    expect(parse('[1,2]').problems).toEqual(['Update Telegram harus berupa objek JSON.']);
    expect(parse({ update_id: 15, message: { text: 'tanpa chat' } }).problems).toEqual([
      'update 15: pesan tanpa chat.id atau message_id',
    ]);
    expect(parse({ update_id: 16, message: 'teks' }).problems).toEqual(['update 16: message bukan objek']);
  });
});
