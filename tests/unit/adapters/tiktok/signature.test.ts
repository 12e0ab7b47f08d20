import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_AGE_SECONDS, verifyTiktokSignature } from '../../../../adapters/tiktok/signature.js';
import { A9_DM, APP_SECRET, NOW, tiktokRequest } from './samples.js';

const verify = (opts: Parameters<typeof tiktokRequest>[1]) =>
  verifyTiktokSignature(tiktokRequest(A9_DM, opts), APP_SECRET, NOW);

describe('Tiktok-Signature', () => {
  it('accepts t=<unix s>,s=<hex HMAC(app secret, t + "." + raw body)>', () => {
    const t = NOW - 2;
    const s = createHmac('sha256', APP_SECRET).update(`${t}.${A9_DM}`).digest('hex');
    expect(verify({ header: `t=${t},s=${s}` })).toEqual({ ok: true });
    expect(verify({ header: `t=${t}, s=${s.toUpperCase()}` })).toEqual({ ok: true });
  });

  it('rejects a wrong signature, another secret, or a signature reused with another timestamp', () => {
    const t = NOW - 2;
    const other = createHmac('sha256', 'other-secret').update(`${t}.${A9_DM}`).digest('hex');
    const sOfOlder = createHmac('sha256', APP_SECRET)
      .update(`${t - 1}.${A9_DM}`)
      .digest('hex');
    for (const header of [`t=${t},s=${'0'.repeat(64)}`, `t=${t},s=${other}`, `t=${t},s=${sOfOlder}`]) {
      expect(verify({ header })).toEqual({
        ok: false,
        status: 401,
        reason: 'Tanda tangan Tiktok-Signature tidak cocok.',
      });
    }
  });

  it('rejects a missing or malformed header', () => {
    expect(verify({ header: null })).toEqual({
      ok: false,
      status: 401,
      reason: 'Header Tiktok-Signature tidak ada.',
    });
    for (const header of ['garbage', `s=abc`, `t=soon,s=abc`, `t=${NOW}`]) {
      expect(verify({ header })).toMatchObject({
        ok: false,
        status: 401,
        reason: expect.stringMatching(/t=<detik>,s=<hex>/),
      });
    }
  });

  it('rejects a timestamp older than 5 minutes (a stale replay) and says so, even when correctly signed', () => {
    expect(verify({ t: NOW - MAX_AGE_SECONDS })).toEqual({ ok: true });
    const stale = verify({ t: NOW - MAX_AGE_SECONDS - 1 });
    expect(stale).toMatchObject({ ok: false, status: 401 });
    expect((stale as { reason: string }).reason).toMatch(/lebih tua dari batas 5 menit/);
    expect(verify({ t: NOW + MAX_AGE_SECONDS + 60 })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/lebih maju dari batas 5 menit/),
    });
  });

  it("tolerates ordinary clock skew that Chatwoot's 5-second rule would refuse", () => {
    expect(verify({ t: NOW - 45 })).toEqual({ ok: true });
    expect(verify({ t: NOW + 20 })).toEqual({ ok: true });
  });

  it('refuses with 503 while no app secret is configured', () => {
    expect(verifyTiktokSignature(tiktokRequest(A9_DM), '', NOW)).toMatchObject({ ok: false, status: 503 });
  });
});
