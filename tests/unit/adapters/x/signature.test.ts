import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyXSignature, xCrcHandshake } from '../../../../adapters/x/signature.js';
import { A6_TWEET, CONSUMER_SECRET, xRequest } from './samples.js';

const crc = (query: Record<string, unknown>, secret = CONSUMER_SECRET) =>
  xCrcHandshake({ rawBody: Buffer.alloc(0), headers: {}, query, params: {} }, secret);

describe('X CRC', () => {
  it('answers sha256=<base64 HMAC(consumer secret, crc_token)> as JSON', () => {
    const expected = createHmac('sha256', CONSUMER_SECRET).update('a1b2c3-challenge').digest('base64');
    const result = crc({ crc_token: 'a1b2c3-challenge' });
    expect(result.status).toBe(200);
    expect(result.contentType).toBe('application/json');
    expect(JSON.parse(result.body)).toEqual({ response_token: `sha256=${expected}` });
  });

  it('answers 400 without crc_token and 503 without a configured secret', () => {
    expect(crc({})).toMatchObject({ status: 400 });
    expect(JSON.parse(crc({}).body).error).toBe('Parameter crc_token tidak ada.');
    expect(crc({ crc_token: 'x' }, '')).toMatchObject({ status: 503 });
  });
});

describe('X POST signature', () => {
  it('accepts base64 HMAC-SHA256 of the raw bytes', () => {
    expect(verifyXSignature(xRequest(A6_TWEET), CONSUMER_SECRET)).toEqual({ ok: true });
  });

  it('rejects a hex digest, a signature of other bytes, or another secret with 401', () => {
    const hex = 'sha256=' + createHmac('sha256', CONSUMER_SECRET).update(A6_TWEET).digest('hex');
    const reformatted = JSON.stringify(JSON.parse(A6_TWEET));
    const otherBytes = 'sha256=' + createHmac('sha256', CONSUMER_SECRET).update(reformatted).digest('base64');
    const otherSecret = 'sha256=' + createHmac('sha256', 'other').update(A6_TWEET).digest('base64');
    for (const signature of [hex, otherBytes, otherSecret]) {
      expect(verifyXSignature(xRequest(A6_TWEET, { signature }), CONSUMER_SECRET)).toEqual({
        ok: false,
        status: 401,
        reason: 'Tanda tangan x-twitter-webhooks-signature tidak cocok.',
      });
    }
  });

  it('rejects a missing header with 401', () => {
    expect(verifyXSignature(xRequest(A6_TWEET, { signature: null }), CONSUMER_SECRET)).toEqual({
      ok: false,
      status: 401,
      reason: 'Header x-twitter-webhooks-signature tidak ada.',
    });
  });
});
