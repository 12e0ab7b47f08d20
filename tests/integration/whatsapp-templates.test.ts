// WhatsApp after the 24 h window: the officer lists the templates approved on the account (fake Graph API), fills
// the placeholders and sends one; wrong picks are refused with the reason, and free text stays refused.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { connectAccount, conversationsAs, waitForMessageByDedupeKey } from '../support/conversations.js';
import { graphError, startFakeGraph, type FakeGraph } from '../support/fake-graph.js';
import {
  WA_PHONE_NUMBER_ID,
  postMetaWebhook,
  secondsAgo,
  waMessage,
  whatsappDelivery,
} from '../unit/adapters/meta/samples.js';

const WABA = '102290129340398';
let t: TestApp;
let graph: FakeGraph;
let token: string;
let conversations: ReturnType<typeof conversationsAs>;
let seq = 0;

const TEMPLATES = {
  data: [
    {
      name: 'status_laporan',
      language: 'id',
      status: 'APPROVED',
      category: 'UTILITY',
      components: [
        { type: 'HEADER', format: 'TEXT', text: 'Pemprov Kaltim' },
        {
          type: 'BODY',
          text: 'Laporan {{1}} Anda: {{2}}. Balas pesan ini bila masih ada yang perlu disampaikan.',
        },
        { type: 'FOOTER', text: 'Humas' },
      ],
    },
    {
      name: 'menunggu_review',
      language: 'id',
      status: 'PENDING',
      category: 'UTILITY',
      components: [{ type: 'BODY', text: 'x' }],
    },
    {
      name: 'dengan_gambar',
      language: 'id',
      status: 'APPROVED',
      category: 'MARKETING',
      components: [
        { type: 'HEADER', format: 'IMAGE' },
        { type: 'BODY', text: 'Info {{1}}' },
      ],
    },
    {
      name: 'bernama',
      language: 'id',
      status: 'APPROVED',
      category: 'UTILITY',
      parameter_format: 'NAMED',
      components: [{ type: 'BODY', text: 'Halo {{nama}}' }],
    },
  ],
};

beforeAll(async () => {
  graph = await startFakeGraph();
  t = await startTestApp({ META_GRAPH_URL: `${graph.url}/v21.0` });
  token = await t.login(t.config.SEED_ADMIN_EMAIL);
  conversations = conversationsAs(t, token);
  await connectAccount(t, {
    platform: 'whatsapp',
    accountId: WA_PHONE_NUMBER_ID,
    credentials: { accessToken: 'EAAG-wa-token', businessAccountId: WABA },
  });
});
afterAll(async () => {
  await t?.stop();
  await graph?.close();
});
beforeEach(() => graph.reset());

/** A WhatsApp message from a new citizen, written `hoursAgo`, once stored. */
async function citizenWrote(hoursAgo: number) {
  const wamid = `wamid.TPL${Date.now()}${++seq}`;
  const phone = `62813${String(Date.now()).slice(-6)}${seq}`;
  await postMetaWebhook(
    t.url,
    t.config.META_APP_SECRET!,
    whatsappDelivery({
      messages: [
        waMessage(
          'text',
          { body: 'Sudah seminggu belum ada kabar' },
          { from: phone, id: wamid, timestamp: String(secondsAgo(hoursAgo)) },
        ),
      ],
    }),
  );
  return { phone, message: await waitForMessageByDedupeKey(`whatsapp:${WA_PHONE_NUMBER_ID}:${wamid}`) };
}
const templates = (conversationId: unknown) =>
  t.api(`/api/conversations/${conversationId}/templates`, { token });

describe('WhatsApp templates', () => {
  it('lists only the approved templates the officer can fill, read from the business account', async () => {
    const { message } = await citizenWrote(30);
    graph.respond('GET', `/v21.0/${WABA}/message_templates`, { body: TEMPLATES });
    const res = await templates(message.conversationId);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      {
        name: 'status_laporan',
        language: 'id',
        category: 'UTILITY',
        body: 'Laporan {{1}} Anda: {{2}}. Balas pesan ini bila masih ada yang perlu disampaikan.',
        variables: 2,
      },
    ]);
    expect(graph.requests[0].query).toMatchObject({ status: 'APPROVED' });
    expect(graph.requests[0].headers.authorization).toBe('Bearer EAAG-wa-token');
  });

  it('after 24 h a filled template is sent as type=template and shown with its words; free text stays refused', async () => {
    const { phone, message } = await citizenWrote(30);
    const detail = await conversations.detail(message.conversationId);
    expect(detail.conversation.replyWindow.private.open).toBe(false);
    expect((await conversations.reply(message.conversationId, { text: 'Halo' })).status).toBe(409);

    graph.respond('GET', `/v21.0/${WABA}/message_templates`, { body: TEMPLATES });
    const ticket = detail.conversation.ticketNumber;
    const res = await t.api(`/api/conversations/${message.conversationId}/replies`, {
      token,
      body: {
        template: {
          name: 'status_laporan',
          language: 'id',
          variables: [ticket, 'sedang ditangani Dinas PUPR'],
        },
      },
    });
    expect(res.status).toBe(202);
    expect(res.body.message.text).toBe(
      `Laporan ${ticket} Anda: sedang ditangani Dinas PUPR. Balas pesan ini bila masih ada yang perlu disampaikan.`,
    );
    await conversations.waitForReplyStatus(message.conversationId, res.body.message.id, 'sent');
    const send = graph.requests.find((r) => r.method === 'POST')!;
    expect(send.path).toBe(`/v21.0/${WA_PHONE_NUMBER_ID}/messages`);
    expect(send.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: phone,
      type: 'template',
      template: {
        name: 'status_laporan',
        language: { code: 'id' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: ticket },
              { type: 'text', text: 'sedang ditangani Dinas PUPR' },
            ],
          },
        ],
      },
    });
  });

  it('a template not approved, a missing value or a value with a new line is refused with the reason', async () => {
    const { message } = await citizenWrote(30);
    graph.respond('GET', `/v21.0/${WABA}/message_templates`, { body: TEMPLATES });
    const send = (template: unknown) =>
      t.api(`/api/conversations/${message.conversationId}/replies`, { token, body: { template } });
    const pending = await send({ name: 'menunggu_review', language: 'id', variables: [] });
    expect(pending.status).toBe(400);
    expect(pending.body.error.message).toBe('Templat "menunggu_review" (id) tidak disetujui untuk akun ini.');
    const short = await send({ name: 'status_laporan', language: 'id', variables: ['A'] });
    expect(short.body.error.message).toBe('Templat "status_laporan" memerlukan 2 isian; terisi 1.');
    const newline = await send({ name: 'status_laporan', language: 'id', variables: ['A', 'baris\nbaru'] });
    expect(newline.body.error.message).toBe(
      'Isian templat tidak valid: {{2}} tidak boleh berisi baris baru, tab, atau lebih dari 4 spasi berurutan.',
    );
    expect(graph.requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('Graph refusing the token: the list answers 502 with the reason', async () => {
    const { message } = await citizenWrote(30);
    graph.respond('GET', `/v21.0/${WABA}/message_templates`, {
      status: 400,
      body: graphError(190, 'Error validating access token: Session has expired'),
    });
    const res = await templates(message.conversationId);
    expect(res.status).toBe(502);
    expect(res.body.error).toMatchObject({
      code: 'platform_unavailable',
      message: expect.stringMatching(/Meta kode 190/),
    });
  });
});
