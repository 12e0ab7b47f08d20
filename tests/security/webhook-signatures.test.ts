// Forged webhooks (issue 11, items 1 and 6): the X handshake signs only X-shaped tokens and is rate-limited, so it
// cannot sign a forged body; generic sources each have their own secret and a timestamp, and replays are refused.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  genericDeliveryHeaders,
  genericSourceSecrets,
  signGenericBody,
} from '../../adapters/generic/index.js';
import { hmacSha256 } from '../../adapters/signature.js';
import { LIMITS } from '../../src/api/rate-limits.js';
import { MessageModel } from '../../src/store/index.js';
import { startTestApp, waitFor, type TestApp } from '../support/app.js';
import { A7_DM } from '../unit/adapters/x/samples.js';

let t: TestApp;
const from = (address: string) => ({ 'x-forwarded-for': address });

beforeAll(async () => {
  t = await startTestApp({ TRUST_PROXY: '1' });
});
afterAll(async () => {
  await t?.stop();
});

describe('X CRC handshake', () => {
  const crc = (token: string, address = '10.20.0.1') =>
    fetch(`${t.url}/webhooks/x?crc_token=${encodeURIComponent(token)}`, { headers: from(address) });

  it('cannot be used to sign a forged DM: JSON is never signed, and the forged delivery is refused', async () => {
    const forged = JSON.stringify({ ...JSON.parse(A7_DM), for_user_id: '1234567890' });
    const oracle = await crc(forged);
    expect(oracle.status).toBe(400);
    expect((await oracle.json()).error).toMatch(/crc_token/);
    // Without the oracle the attacker has no valid signature: the delivery is refused and nothing is stored.
    const res = await fetch(`${t.url}/webhooks/x`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-twitter-webhooks-signature': 'sha256=AAAA' },
      body: forged,
    });
    expect(res.status).toBe(401);
    expect(await MessageModel.countDocuments({ platform: 'x' })).toBe(0);
  });

  it('answers an X-shaped token with its HMAC, and refuses long, odd or JSON-valid tokens', async () => {
    const token = 'NzM4OTkyNjE1MjE0MTUyODk2';
    const ok = await crc(token, '10.20.0.2');
    expect(ok.status).toBe(200);
    const expected = `sha256=${hmacSha256(t.config.X_CONSUMER_SECRET!, token, 'base64')}`;
    expect((await ok.json()).response_token).toBe(expected);
    for (const bad of ['12345678', 'true', 'a'.repeat(129), 'short', 'has space here', '{"a":1}'])
      expect((await crc(bad, '10.20.0.3')).status, bad).toBe(400);
  });

  it('is rate-limited per client address, in Redis', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMITS.handshake.points + 2; i++)
      statuses.push((await crc('NzM4OTkyNjE1MjE0MTUyODk2', '10.20.0.4')).status);
    expect(statuses.slice(0, LIMITS.handshake.points).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(-2)).toEqual([429, 429]);
    // Another address is not affected.
    expect((await crc('NzM4OTkyNjE1MjE0MTUyODk2', '10.20.0.5')).status).toBe(200);
  });
});

describe('generic sources', () => {
  const body = () =>
    JSON.stringify({
      id: `sig-${randomBytes(4).toString('hex')}`,
      author: { id: 'warga-sig', name: 'Rina' },
      text: 'Lampu jalan mati di Jl. Juanda',
      createdAt: new Date().toISOString(),
    });
  const post = (source: string, raw: string, headers: Record<string, string>) =>
    fetch(`${t.url}/webhooks/generic/${source}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: raw,
    });
  const master = () => t.config.GENERIC_WEBHOOK_SECRET!;

  it('accepts a delivery signed with the source’s own secret over timestamp and body', async () => {
    const raw = body();
    const res = await post('lapor-web', raw, genericDeliveryHeaders(master(), 'lapor-web', raw));
    expect(res.status).toBe(200);
    await waitFor(() => MessageModel.findOne({ dedupeKey: `generic:lapor-web:${JSON.parse(raw).id}` }));
  });

  it("refuses another source's secret, the master itself, and our reply key", async () => {
    const raw = body();
    const stamp = String(Math.floor(Date.now() / 1000));
    const signedWith = (secret: string) => ({
      'x-aspirasi-timestamp': stamp,
      'x-aspirasi-signature': signGenericBody(secret, stamp, raw),
    });
    const other = genericSourceSecrets(master(), 'sistem-lain');
    const own = genericSourceSecrets(master(), 'lapor-web');
    for (const secret of [other.inbound, master(), own.reply]) {
      const res = await post('lapor-web', raw, signedWith(secret));
      expect(res.status).toBe(401);
      expect((await res.json()).error.message).toMatch(/tidak cocok/);
    }
    expect(await MessageModel.exists({ dedupeKey: `generic:lapor-web:${JSON.parse(raw).id}` })).toBeNull();
  });

  it('refuses a stale or far-future timestamp (a replayed delivery)', async () => {
    const raw = body();
    for (const offsetMinutes of [-6, 6]) {
      const headers = genericDeliveryHeaders(master(), 'lapor-web', raw, Date.now() + offsetMinutes * 60_000);
      const res = await post('lapor-web', raw, headers);
      expect(res.status).toBe(401);
      expect((await res.json()).error.message).toMatch(/kedaluwarsa/);
    }
    const missing = await post('lapor-web', raw, {
      'x-aspirasi-signature': genericDeliveryHeaders(master(), 'lapor-web', raw)['x-aspirasi-signature']!,
    });
    expect(missing.status).toBe(401);
  });

  it('keeps the first contract (body-only HMAC with the master) outside production (production: production.test.ts)', async () => {
    const raw = body();
    const legacy = { 'x-aspirasi-signature': `sha256=${hmacSha256(master(), raw)}` };
    expect((await post('lapor-web', raw, legacy)).status).toBe(200);
  });
});

describe('unknown webhook names', () => {
  it('get 404 and add no metric series', async () => {
    for (const name of ['zz-tidak-ada', 'zz-<script>', 'zz-'.padEnd(200, 'x')]) {
      const res = await fetch(`${t.url}/webhooks/${encodeURIComponent(name)}`, {
        method: 'POST',
        body: '{}',
      });
      expect(res.status).toBe(404);
    }
    expect(await (await fetch(`${t.url}/metrics`)).text()).not.toMatch(/zz-/);
  });

  it('leave the known channels counted under their own names', async () => {
    expect((await t.postGeneric('lapor-web', { events: [] })).status).toBeLessThan(500);
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/aspirasi_webhooks_total\{channel="generic",status="\d{3}"\} [1-9]/);
    expect(metrics).toMatch(/aspirasi_webhooks_total\{channel="unknown",status="404"\} [1-9]/);
    expect(metrics).not.toMatch(/channel="undefined"/);
  });
});
