import { describe, expect, it } from 'vitest';
import { createMetaAdapter } from '../../../../adapters/meta/index.js';

const adapter = createMetaAdapter({ appSecret: 's', verifyToken: 'rahasia-verifikasi' });
const get = (query: Record<string, unknown>) =>
  adapter.handshake!({ rawBody: Buffer.alloc(0), headers: {}, query, params: {} });

describe('Meta GET verification handshake', () => {
  it('echoes hub.challenge as plain text for the right token', () => {
    const result = get({
      'hub.mode': 'subscribe',
      'hub.verify_token': 'rahasia-verifikasi',
      'hub.challenge': '1158201444',
    });
    expect(result).toEqual({ status: 200, body: '1158201444', contentType: 'text/plain' });
  });

  it('also reads a nested query object (extended query parser)', () => {
    const result = get({ hub: { mode: 'subscribe', verify_token: 'rahasia-verifikasi', challenge: '42' } });
    expect(result.status).toBe(200);
    expect(result.body).toBe('42');
  });

  it('answers 403 for a wrong token', () => {
    const result = get({ 'hub.mode': 'subscribe', 'hub.verify_token': 'salah', 'hub.challenge': '1' });
    expect(result.status).toBe(403);
    expect(result.body).not.toContain('1');
  });

  it('answers 403 for another mode or missing fields', () => {
    expect(
      get({ 'hub.mode': 'unsubscribe', 'hub.verify_token': 'rahasia-verifikasi', 'hub.challenge': '1' })
        .status,
    ).toBe(403);
    expect(get({ 'hub.mode': 'subscribe', 'hub.challenge': '1' }).status).toBe(403);
    expect(get({}).status).toBe(403);
  });

  it('answers 403 when no verify token is configured', () => {
    const open = createMetaAdapter({ appSecret: 's', verifyToken: '' });
    const result = open.handshake!({
      rawBody: Buffer.alloc(0),
      headers: {},
      query: { 'hub.mode': 'subscribe', 'hub.verify_token': '', 'hub.challenge': '1' },
      params: {},
    });
    expect(result.status).toBe(403);
  });
});
