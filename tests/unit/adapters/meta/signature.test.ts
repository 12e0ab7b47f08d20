import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMetaAdapter } from '../../../../adapters/meta/index.js';
import type { IncomingRequest } from '../../../../adapters/types.js';

const secret = 'test-app-secret';
const adapter = createMetaAdapter({ appSecret: secret, verifyToken: 'tok' });

function request(body: string | Buffer, headers: IncomingRequest['headers']): IncomingRequest {
  return { rawBody: Buffer.isBuffer(body) ? body : Buffer.from(body), headers, query: {}, params: {} };
}

const sign = (body: string | Buffer, key = secret, algo = 'sha256') =>
  `${algo}=` + createHmac(algo, key).update(body).digest('hex');

describe('X-Hub-Signature-256', () => {
  // Meta escapes non-ASCII as \uXXXX; hashing re-serialised JSON would break, so the raw bytes are signed.
  const body = '{"object":"page","entry":[{"id":"1","text":"Jalan rusak \\ud83d\\ude21 tolong"}]}';

  it('accepts the signature Meta computes over the raw bytes', () => {
    expect(adapter.verify(request(body, { 'x-hub-signature-256': sign(body) }))).toEqual({ ok: true });
  });

  it('accepts raw UTF-8 emoji bytes signed as received', () => {
    const utf8 = Buffer.from('{"object":"page","text":"Banjir 🌊 di RT 05"}', 'utf8');
    expect(adapter.verify(request(utf8, { 'x-hub-signature-256': sign(utf8) }))).toEqual({ ok: true });
  });

  it('rejects a missing signature with 401', () => {
    expect(adapter.verify(request(body, {}))).toEqual({
      ok: false,
      status: 401,
      reason: 'missing X-Hub-Signature-256',
    });
  });

  it('rejects a legacy sha1-only signature even when it is correct', () => {
    const result = adapter.verify(request(body, { 'x-hub-signature': sign(body, secret, 'sha1') }));
    expect(result).toMatchObject({ ok: false, status: 401 });
    expect(result.ok === false && result.reason).toContain('sha1');
  });

  it('rejects a signature made with another secret', () => {
    const result = adapter.verify(request(body, { 'x-hub-signature-256': sign(body, 'other-secret') }));
    expect(result).toMatchObject({ ok: false, status: 401 });
  });

  it('rejects a signature over re-serialised JSON (different bytes)', () => {
    const reserialised = JSON.stringify(JSON.parse(body));
    expect(reserialised).not.toBe(body);
    const result = adapter.verify(request(body, { 'x-hub-signature-256': sign(reserialised) }));
    expect(result).toMatchObject({ ok: false, status: 401 });
  });

  it('rejects a truncated signature without throwing', () => {
    const result = adapter.verify(request(body, { 'x-hub-signature-256': sign(body).slice(0, 20) }));
    expect(result).toMatchObject({ ok: false, status: 401 });
  });

  it('refuses everything when no app secret is configured', () => {
    const unconfigured = createMetaAdapter({ appSecret: '', verifyToken: 'tok' });
    const result = unconfigured.verify(request(body, { 'x-hub-signature-256': sign(body, '') }));
    expect(result).toMatchObject({ ok: false, status: 401 });
  });
});
