import { describe, expect, it } from 'vitest';
import { parseMetaDelivery } from '../../../../adapters/meta/parse.js';
import { A5_WHATSAPP_TEXT, WA_PHONE_NUMBER_ID, waMessage, whatsappDelivery } from './samples.js';

const parse = (body: unknown) => parseMetaDelivery(JSON.stringify(body));
const one = (message: Record<string, unknown>) => {
  const { messages, problems } = parse(whatsappDelivery({ messages: [message] }));
  expect(problems).toEqual([]);
  expect(messages).toHaveLength(1);
  return messages[0];
};

describe('WhatsApp messages', () => {
  it('A5: a text message becomes a private whatsapp message threaded per wa_id, with the profile name', () => {
    const { messages, statuses, problems } = parse(A5_WHATSAPP_TEXT);
    expect(problems).toEqual([]);
    expect(statuses).toEqual([]);
    expect(messages).toEqual([
      {
        platform: 'whatsapp',
        accountId: '106540352242922',
        externalId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
        threadKey: 'wa:6281234567890',
        visibility: 'private',
        author: { id: '6281234567890', phone: '6281234567890', name: 'Dewi Lestari' },
        text: 'Apakah pelayanan Disdukcapil buka hari Sabtu?',
        attachments: [],
        createdAt: '2025-06-08T20:59:43.000Z',
        action: 'create',
        meta: { kind: 'dm' },
      },
    ]);
  });

  it('image with caption: caption is the text, the media id is kept for download', () => {
    const message = one(
      waMessage('image', {
        caption: 'Sampah numpuk 🤢',
        mime_type: 'image/jpeg',
        sha256: 'x',
        id: '1479537139650973',
      }),
    );
    expect(message.text).toBe('Sampah numpuk 🤢');
    expect(message.attachments).toEqual([
      { type: 'image', mediaId: '1479537139650973', mimeType: 'image/jpeg', caption: 'Sampah numpuk 🤢' },
    ]);
  });

  it('document keeps its file name', () => {
    const message = one(
      waMessage('document', { filename: 'surat-pengantar.pdf', mime_type: 'application/pdf', id: '889' }),
    );
    expect(message.attachments).toEqual([
      { type: 'document', mediaId: '889', mimeType: 'application/pdf', name: 'surat-pengantar.pdf' },
    ]);
  });

  it('audio (voice note) is an audio attachment', () => {
    const message = one(waMessage('audio', { mime_type: 'audio/ogg; codecs=opus', id: '777', voice: true }));
    expect(message.attachments).toEqual([
      { type: 'audio', mediaId: '777', mimeType: 'audio/ogg; codecs=opus' },
    ]);
  });

  it('location becomes coordinates plus readable place text', () => {
    const message = one(
      waMessage('location', {
        latitude: -0.4948232,
        longitude: 117.1436154,
        name: 'Jembatan Mahakam',
        address: 'Samarinda Seberang',
      }),
    );
    expect(message.text).toBe('Jembatan Mahakam, Samarinda Seberang');
    expect(message.attachments).toEqual([
      {
        type: 'location',
        location: {
          latitude: -0.4948232,
          longitude: 117.1436154,
          name: 'Jembatan Mahakam',
          address: 'Samarinda Seberang',
        },
      },
    ]);
  });

  it('location coordinates with many digits stay numbers', () => {
    // Hand-written JSON: long decimals are what the bigint-safe parser turns into strings.
    const placeholder = JSON.stringify(
      whatsappDelivery({ messages: [waMessage('location', { latitude: 'LAT', longitude: 'LON' })] }),
    );
    const raw = placeholder
      .replace('"LAT"', '-0.49482321234567891')
      .replace('"LON"', '117.14361541234567891');
    const [message] = parseMetaDelivery(raw).messages;
    expect(message.attachments[0].location?.latitude).toBeCloseTo(-0.4948232123, 9);
    expect(message.attachments[0].location?.longitude).toBeCloseTo(117.1436154123, 9);
  });

  it('contacts become structured name + phones', () => {
    const message = one({
      from: '6281234567890',
      id: 'wamid.C1',
      timestamp: '1749416383',
      type: 'contacts',
      contacts: [
        {
          name: { formatted_name: 'Pak RT 05', first_name: 'Pak' },
          phones: [{ phone: '+62 812-1111-2222', wa_id: '6281211112222', type: 'CELL' }],
        },
      ],
    });
    expect(message.attachments).toEqual([
      { type: 'contacts', contacts: [{ name: 'Pak RT 05', phones: ['+62 812-1111-2222'] }] },
    ]);
  });

  it('interactive button and list replies carry the chosen title and id', () => {
    const button = one(
      waMessage(
        'interactive',
        { type: 'button_reply', button_reply: { id: 'YA', title: 'Ya, sudah' } },
        { context: { from: '6221555012345', id: 'wamid.OURS' } },
      ),
    );
    expect(button.text).toBe('Ya, sudah');
    expect(button.replyToExternalId).toBe('wamid.OURS');
    expect(button.meta).toEqual({ kind: 'dm', interactiveType: 'button_reply', interactiveId: 'YA' });
    const listReply = one(
      waMessage('interactive', {
        type: 'list_reply',
        list_reply: { id: 'kesehatan', title: 'Kesehatan', description: 'Puskesmas, RS' },
      }),
    );
    expect(listReply.meta).toEqual({
      kind: 'dm',
      interactiveType: 'list_reply',
      interactiveId: 'kesehatan',
      interactiveDescription: 'Puskesmas, RS',
    });
  });

  it('template quick-reply buttons carry the payload', () => {
    const message = one(waMessage('button', { text: 'Hubungi petugas', payload: 'CALL_OFFICER' }));
    expect(message).toMatchObject({
      text: 'Hubungi petugas',
      meta: { kind: 'dm', buttonPayload: 'CALL_OFFICER' },
    });
  });

  it('reactions are not messages; unsupported types are kept with an explanation', () => {
    const { messages } = parse(
      whatsappDelivery({
        messages: [
          waMessage('reaction', { message_id: 'wamid.OURS', emoji: '👍' }),
          {
            from: '6281234567890',
            id: 'wamid.U',
            timestamp: '1749416383',
            type: 'unsupported',
            errors: [{ code: 131051 }],
          },
        ],
      }),
    );
    expect(messages.map((m) => m.externalId)).toEqual(['wamid.U']);
    expect(messages[0].text).toContain('"unsupported"');
  });

  it('messages from our own number (echoes) are skipped, as are smb_message_echoes', () => {
    const own = waMessage('text', { body: 'balasan kita' }, { from: '6221555012345' });
    expect(parse(whatsappDelivery({ messages: [own] })).messages).toEqual([]);
    const echoes = {
      object: 'whatsapp_business_account',
      entry: [{ id: '1', changes: [{ field: 'smb_message_echoes', value: { message_echoes: [own] } }] }],
    };
    expect(parse(echoes)).toEqual({ messages: [], statuses: [], problems: [] });
  });
});

describe('WhatsApp delivery statuses', () => {
  const status = (s: Record<string, unknown>) => ({
    id: 'wamid.OUR_REPLY',
    timestamp: '1749416500',
    recipient_id: '6281234567890',
    ...s,
  });

  it('sent / delivered / read become statuses for our reply, not messages', () => {
    const { messages, statuses } = parse(
      whatsappDelivery({
        statuses: [status({ status: 'sent' }), status({ status: 'delivered' }), status({ status: 'read' })],
      }),
    );
    expect(messages).toEqual([]);
    expect(statuses).toEqual(
      ['sent', 'delivered', 'read'].map((s) => ({
        platform: 'whatsapp',
        accountId: WA_PHONE_NUMBER_ID,
        externalId: 'wamid.OUR_REPLY',
        status: s,
        at: '2025-06-08T21:01:40.000Z',
      })),
    );
  });

  it('failed carries an Indonesian explanation with the platform code', () => {
    const { statuses } = parse(
      whatsappDelivery({
        statuses: [
          status({
            status: 'failed',
            errors: [
              {
                code: 131047,
                title: 'Re-engagement message',
                message: 'Re-engagement message',
                error_data: { details: 'Message failed to send because more than 24 hours have passed' },
              },
            ],
          }),
        ],
      }),
    );
    expect(statuses[0].status).toBe('failed');
    expect(statuses[0].error).toBe(
      'Lebih dari 24 jam sejak pesan terakhir warga; WhatsApp hanya menerima pesan templat. (WhatsApp kode 131047: Message failed to send because more than 24 hours have passed)',
    );
  });

  it('a status without id is a problem, other statuses are kept', () => {
    const { statuses, problems } = parse(
      whatsappDelivery({ statuses: [{ status: 'read', timestamp: '1' }, status({ status: 'read' })] }),
    );
    expect(statuses).toHaveLength(1);
    expect(problems).toEqual(['entry[0].changes[0].statuses[0]: whatsapp status id is missing']);
  });
});
