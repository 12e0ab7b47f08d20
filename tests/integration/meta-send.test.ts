import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMetaAdapter } from '../../adapters/meta/index.js';
import type { OutboundReply, SendContext } from '../../adapters/types.js';
import { sendSideEffects } from '../support/stub-fetch.js';
import { graphError, startFakeGraph, type FakeGraph } from '../support/fake-graph.js';
import { IG_ID, PAGE_ID, WA_PHONE_NUMBER_ID } from '../unit/adapters/meta/samples.js';

const adapter = createMetaAdapter({ appSecret: 's', verifyToken: 't' });
let graph: FakeGraph;
let ctx: SendContext;

beforeAll(async () => {
  graph = await startFakeGraph();
  ctx = {
    baseUrl: `${graph.url}/v21.0`,
    credentials: { accessToken: 'EAAB-page-token' },
    fetch,
    ...sendSideEffects(),
  };
});
afterAll(() => graph.close());
beforeEach(() => graph.reset());

const reply = (over: Partial<OutboundReply>): OutboundReply => ({
  platform: 'facebook',
  accountId: PAGE_ID,
  visibility: 'public',
  text: 'Terima kasih, laporan Anda ASP-2026-000123 sudah kami teruskan ke Dinas PUPR 🙏',
  inReplyTo: { externalId: '122131676912594941_1213590066982748' },
  recipient: { id: '6021234567890123' },
  threadKey: 'post:x:user:y',
  ...over,
});
const instagramReply = (over: Partial<OutboundReply>) =>
  reply({ platform: 'instagram', accountId: IG_ID, ...over });
const whatsappReply = (over: Partial<OutboundReply>) =>
  reply({ platform: 'whatsapp', accountId: WA_PHONE_NUMBER_ID, visibility: 'private', ...over });
const instagramDm = instagramReply({
  visibility: 'private',
  recipient: { id: '1234567890123456' },
  inReplyTo: { externalId: 'aWdf', meta: { kind: 'dm' } },
});

function onlyRequest() {
  expect(graph.requests).toHaveLength(1);
  const [request] = graph.requests;
  expect(request.method).toBe('POST');
  expect(request.headers.authorization).toBe('Bearer EAAB-page-token');
  expect(request.headers['content-type']).toBe('application/json');
  expect(request.query).toEqual({}); // the token never travels in the URL
  return request;
}

describe('Meta send: the exact Graph requests', () => {
  it('Facebook public reply to a reply goes under its top-level comment', async () => {
    graph.respond('POST', '/v21.0/122131676912594941_542072878449250/comments', {
      body: { id: '122131676912594941_777' },
    });
    const result = await adapter.send(
      reply({
        inReplyTo: {
          externalId: '122131676912594941_1213590066982748',
          meta: { kind: 'comment', rootCommentId: '122131676912594941_542072878449250' },
        },
      }),
      ctx,
    );
    expect(result).toEqual({ ok: true, externalId: '122131676912594941_777' });
    const request = onlyRequest();
    expect(request.path).toBe('/v21.0/122131676912594941_542072878449250/comments');
    expect(request.body).toEqual({
      message: 'Terima kasih, laporan Anda ASP-2026-000123 sudah kami teruskan ke Dinas PUPR 🙏',
    });
  });

  it('Facebook private reply to a comment: recipient.comment_id on the Page messages edge', async () => {
    graph.respond('POST', `/v21.0/${PAGE_ID}/messages`, {
      body: { recipient_id: '7012345678901234', message_id: 'm_priv' },
    });
    const result = await adapter.send(
      reply({ visibility: 'private', inReplyTo: { externalId: 'c_42', meta: { kind: 'comment' } } }),
      ctx,
    );
    expect(result).toEqual({ ok: true, externalId: 'm_priv' });
    expect(onlyRequest()).toMatchObject({
      path: `/v21.0/${PAGE_ID}/messages`,
      body: { recipient: { comment_id: 'c_42' }, message: { text: expect.any(String) } },
    });
  });

  it('Messenger DM reply: recipient PSID with messaging_type RESPONSE', async () => {
    const result = await adapter.send(
      reply({
        platform: 'messenger',
        visibility: 'private',
        text: 'Silakan datang ke Disdukcapil',
        recipient: { id: '7012345678901234' },
        inReplyTo: { externalId: 'm_1', meta: { kind: 'dm' } },
      }),
      ctx,
    );
    expect(result).toMatchObject({ ok: true, externalId: expect.stringMatching(/^m_/) });
    expect(onlyRequest()).toMatchObject({
      path: `/v21.0/${PAGE_ID}/messages`,
      body: {
        recipient: { id: '7012345678901234' },
        messaging_type: 'RESPONSE',
        message: { text: 'Silakan datang ke Disdukcapil' },
      },
    });
  });

  it('Instagram public reply goes to /{comment}/replies of the top-level comment', async () => {
    await adapter.send(
      instagramReply({
        inReplyTo: {
          externalId: '17919697626119712',
          meta: { kind: 'comment', rootCommentId: '17919697626110001' },
        },
      }),
      ctx,
    );
    expect(onlyRequest()).toMatchObject({
      path: '/v21.0/17919697626110001/replies',
      body: { message: expect.any(String) },
    });
  });

  it('Instagram private reply to a comment vs Instagram DM', async () => {
    await adapter.send(
      instagramReply({
        visibility: 'private',
        inReplyTo: { externalId: '1791', meta: { kind: 'comment' } },
      }),
      ctx,
    );
    await adapter.send(instagramDm, ctx);
    expect(graph.requests.map((r) => [r.path, r.body])).toEqual([
      [
        `/v21.0/${IG_ID}/messages`,
        { recipient: { comment_id: '1791' }, message: { text: expect.any(String) } },
      ],
      [
        `/v21.0/${IG_ID}/messages`,
        {
          recipient: { id: '1234567890123456' },
          messaging_type: 'RESPONSE',
          message: { text: expect.any(String) },
        },
      ],
    ]);
  });

  it('Instagram DM through the linked Page when the account credentials name a pageId (Facebook Login)', async () => {
    await adapter.send(instagramDm, {
      ...ctx,
      credentials: { accessToken: 'EAAB-page-token', pageId: PAGE_ID },
    });
    expect(onlyRequest().path).toBe(`/v21.0/${PAGE_ID}/messages`);
  });

  it('Instagram mention reply uses the /mentions edge with media and comment ids', async () => {
    await adapter.send(
      instagramReply({
        inReplyTo: {
          externalId: 'mention:1789',
          meta: { kind: 'mention', mediaId: '1788', commentId: '1789' },
        },
      }),
      ctx,
    );
    expect(onlyRequest()).toMatchObject({
      path: `/v21.0/${IG_ID}/mentions`,
      body: { media_id: '1788', comment_id: '1789', message: expect.any(String) },
    });
  });

  it('WhatsApp text reply quotes the citizen message and returns the wamid', async () => {
    graph.respond('POST', `/v21.0/${WA_PHONE_NUMBER_ID}/messages`, {
      body: {
        messaging_product: 'whatsapp',
        contacts: [{ input: '6281234567890', wa_id: '6281234567890' }],
        messages: [{ id: 'wamid.REPLY1' }],
      },
    });
    const result = await adapter.send(
      whatsappReply({
        text: 'Disdukcapil buka Sabtu 08.00–12.00 WITA',
        recipient: { id: '6281234567890', phone: '6281234567890' },
        inReplyTo: { externalId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=' },
      }),
      ctx,
    );
    expect(result).toEqual({ ok: true, externalId: 'wamid.REPLY1' });
    expect(onlyRequest().body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '6281234567890',
      type: 'text',
      text: { body: 'Disdukcapil buka Sabtu 08.00–12.00 WITA' },
      context: { message_id: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=' },
    });
  });
});

describe('Meta send: platform errors are shown on the reply', () => {
  const messengerReply = reply({
    platform: 'messenger',
    visibility: 'private',
    inReplyTo: { externalId: 'm_1', meta: { kind: 'dm' } },
  });
  const path = `/v21.0/${PAGE_ID}/messages`;

  it('expired token (190): not retried, tells the officer to reconnect', async () => {
    graph.respond('POST', path, {
      status: 400,
      body: graphError(190, 'Error validating access token: Session has expired', { error_subcode: 463 }),
    });
    expect(await adapter.send(messengerReply, ctx)).toEqual({
      ok: false,
      retryable: false,
      error:
        'Token akses Meta kedaluwarsa atau dicabut; hubungkan ulang akun ini di pengaturan kanal. (Meta kode 190/463: Error validating access token: Session has expired)',
    });
  });

  it('missing permission (200 range / 10): not retried', async () => {
    graph.respond('POST', path, {
      status: 403,
      body: graphError(200, 'Requires pages_messaging permission'),
    });
    const result = await adapter.send(messengerReply, ctx);
    expect(result).toMatchObject({
      ok: false,
      retryable: false,
      error: expect.stringContaining('tidak punya izin'),
    });
    expect(result.ok === false && result.error).toContain('Meta kode 200');
  });

  it('user unavailable / blocked (551): not retried', async () => {
    graph.respond('POST', path, {
      status: 400,
      body: graphError(551, "This person isn't available right now."),
    });
    expect(await adapter.send(messengerReply, ctx)).toMatchObject({
      ok: false,
      retryable: false,
      error: expect.stringContaining('Warga tidak dapat dihubungi'),
    });
  });

  it('outside the window (10/2018278): not retried', async () => {
    graph.respond('POST', path, {
      status: 400,
      body: graphError(10, 'This message is sent outside of allowed window.', { error_subcode: 2018278 }),
    });
    expect(await adapter.send(messengerReply, ctx)).toMatchObject({
      ok: false,
      retryable: false,
      error: expect.stringContaining('di luar jendela balas'),
    });
  });

  it('WhatsApp re-engagement (131047): not retried', async () => {
    graph.respond('POST', `/v21.0/${WA_PHONE_NUMBER_ID}/messages`, {
      status: 400,
      body: graphError(131047, 'Re-engagement message', {
        error_data: { messaging_product: 'whatsapp', details: 'More than 24 hours have passed' },
      }),
    });
    const result = await adapter.send(
      whatsappReply({
        recipient: { id: '628', phone: '628' },
        inReplyTo: { externalId: 'wamid.X' },
      }),
      ctx,
    );
    expect(result).toEqual({
      ok: false,
      retryable: false,
      error:
        'Lebih dari 24 jam sejak pesan terakhir warga; WhatsApp hanya menerima pesan templat. (Meta kode 131047: More than 24 hours have passed)',
    });
  });

  it('page rate limit (32) is retried after the business-use-case estimate', async () => {
    graph.respond('POST', path, {
      status: 400,
      body: graphError(32, 'Page request limit reached'),
      headers: {
        'x-business-use-case-usage': JSON.stringify({
          [PAGE_ID]: [{ type: 'pages', call_count: 100, estimated_time_to_regain_access: 5 }],
        }),
      },
    });
    expect(await adapter.send(messengerReply, ctx)).toMatchObject({
      ok: false,
      retryable: true,
      retryAfterMs: 300_000,
    });
  });

  it('HTTP 429 with Retry-After and WhatsApp throughput (130429) are retried', async () => {
    graph.respond('POST', path, {
      status: 429,
      body: graphError(4, 'Application request limit reached'),
      headers: { 'retry-after': '7' },
    });
    expect(await adapter.send(messengerReply, ctx)).toMatchObject({
      ok: false,
      retryable: true,
      retryAfterMs: 7000,
      error: expect.stringContaining('Batas laju'),
    });
    graph.respond('POST', `/v21.0/${WA_PHONE_NUMBER_ID}/messages`, {
      status: 400,
      body: graphError(130429, 'Rate limit hit'),
    });
    const wa = whatsappReply({
      inReplyTo: { externalId: 'wamid.X' },
    });
    expect(await adapter.send(wa, ctx)).toMatchObject({ ok: false, retryable: true });
  });

  it('5xx (even with an HTML body) is retried; a later success returns the id', async () => {
    graph.respond(
      'POST',
      path,
      { status: 502, body: '<html>Bad gateway</html>' },
      { body: { recipient_id: '1', message_id: 'm_after_retry' } },
    );
    const first = await adapter.send(messengerReply, ctx);
    expect(first).toMatchObject({ ok: false, retryable: true, error: expect.stringContaining('HTTP 502') });
    expect(await adapter.send(messengerReply, ctx)).toEqual({ ok: true, externalId: 'm_after_retry' });
  });

  it('a dropped connection is a retryable network failure', async () => {
    graph.respond('POST', path, { destroy: true });
    expect(await adapter.send(messengerReply, ctx)).toMatchObject({
      ok: false,
      retryable: true,
      error: expect.stringContaining('jaringan'),
    });
  });

  it('refuses without calling Meta: missing token, empty or too long text, impossible reply kinds', async () => {
    expect(await adapter.send(messengerReply, { ...ctx, credentials: {} })).toMatchObject({
      ok: false,
      retryable: false,
      error: expect.stringContaining('Token akses'),
    });
    expect(await adapter.send({ ...messengerReply, text: '   ' }, ctx)).toMatchObject({
      ok: false,
      retryable: false,
    });
    expect(await adapter.send({ ...messengerReply, text: 'a'.repeat(2001) }, ctx)).toEqual({
      ok: false,
      retryable: false,
      error: 'Balasan terlalu panjang untuk pesan Messenger (2001 karakter; batas 2000).',
    });
    expect(await adapter.send({ ...messengerReply, visibility: 'public' }, ctx)).toMatchObject({
      ok: false,
      retryable: false,
    });
    expect(graph.requests).toEqual([]);
  });
});
