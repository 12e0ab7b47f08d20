// Pure pieces of the security pass: media hosts, hostile JSON, the password policy, the X CRC token shape and the
// generic signatures.
import { describe, expect, it } from 'vitest';
import { genericSourceSecrets, signGenericBody } from '../../../adapters/generic/index.js';
import { verifyGenericRequest } from '../../../adapters/generic/signing.js';
import { isXCrcToken } from '../../../adapters/x/signature.js';
import { passwordProblems } from '../../../src/auth/password-policy.js';
import { isAllowedMediaUrl } from '../../../src/domain/media-hosts.js';
import { decodeUtf8Strict, hostileJsonProblem } from '../../../src/security/hostile-json.js';

describe('isAllowedMediaUrl (server view and web inbox)', () => {
  it.each([
    ['facebook', 'https://scontent-sin6-1.xx.fbcdn.net/v/t1/a.jpg', true],
    ['instagram', 'https://scontent.cdninstagram.com/v/a.jpg', true],
    ['whatsapp', 'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1', true],
    ['x', 'https://pbs.twimg.com/media/a.jpg', true],
    ['tiktok', 'https://p16-sign-sg.tiktokcdn.com/a.webp', true],
    ['facebook', 'http://scontent.xx.fbcdn.net/a.jpg', false],
    ['facebook', 'https://fbcdn.net.jahat.example/a.jpg', false],
    ['facebook', 'https://jahatfbcdn.net/a.jpg', false],
    ['facebook', 'https://user:pw@scontent.xx.fbcdn.net/a.jpg', false],
    ['facebook', 'https://scontent.xx.fbcdn.net:8443/a.jpg', false],
    ['facebook', 'javascript:alert(1)', false],
    ['facebook', 'data:image/svg+xml,<svg onload=alert(1)>', false],
    ['facebook', 'https://pbs.twimg.com/media/a.jpg', false],
    ['telegram', 'https://api.telegram.org/file/bot123:ABC/photo.jpg', false],
    ['generic', 'https://example.org/a.jpg', false],
    ['facebook', `https://a.fbcdn.net/${'a'.repeat(3000)}`, false],
    ['facebook', undefined, false],
  ])('%s %s -> %s', (platform, url, allowed) => {
    expect(isAllowedMediaUrl(platform, url)).toBe(allowed);
  });
});

describe('hostile JSON', () => {
  it('refuses operator keys, prototype keys and deep nesting anywhere, and accepts ordinary payloads', () => {
    expect(hostileJsonProblem({ a: [{ b: { c: 'x' } }], text: '$gt is fine as text' })).toBeNull();
    expect(hostileJsonProblem({ a: [{ b: { $gt: '' } }] })).toMatch(/"\$gt" tidak diizinkan/);
    expect(hostileJsonProblem(JSON.parse('{"x":{"__proto__":{"polluted":1}}}'))).toMatch(/__proto__/);
    expect(hostileJsonProblem({ constructor: { prototype: {} } })).toMatch(/constructor/);
    let deep: unknown = 'x';
    for (let i = 0; i < 70; i++) deep = [deep];
    expect(hostileJsonProblem(deep)).toMatch(/terlalu dalam/);
  });

  it('decodes only valid UTF-8, keeping a byte-order mark so it is not mistaken for JSON', () => {
    expect(decodeUtf8Strict(Buffer.from('café ✓'))).toBe('café ✓');
    expect(decodeUtf8Strict(Buffer.from('café', 'latin1'))).toBeNull();
    expect(decodeUtf8Strict(Buffer.from([0xc0, 0xaf]))).toBeNull();
    expect(decodeUtf8Strict(Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toBe('\uFEFF{}');
  });
});

describe('password policy for new passwords', () => {
  it('asks for length, refuses common and published ones and the e-mail, and no composition rules', () => {
    expect(passwordProblems('pesut mahakam berenang')).toEqual([]);
    expect(passwordProblems('Pendek1!')).toEqual(['kata sandi minimal 10 karakter']);
    expect(passwordProblems('aspirasi-demo')).toContain(
      'kata sandi ini terlalu umum atau pernah diterbitkan',
    );
    expect(passwordProblems('Bismillah123')).toContain('kata sandi ini terlalu umum atau pernah diterbitkan');
    expect(passwordProblems('aaaaaaaaaaaa')).toContain(
      'kata sandi terlalu mudah ditebak (karakter berulang)',
    );
    expect(passwordProblems('rina.wati-2026', { email: 'rina.wati@kaltimprov.go.id' })).toContain(
      'kata sandi tidak boleh memuat alamat e-mail Anda',
    );
    expect(passwordProblems('x'.repeat(300))).toContain('kata sandi maksimal 256 karakter');
  });
});

describe('X CRC tokens', () => {
  it('are short base64-like strings that are never JSON', () => {
    expect(isXCrcToken('NzM4OTkyNjE1MjE0MTUyODk2')).toBe(true);
    expect(isXCrcToken('challenge+/=token')).toBe(true);
    for (const bad of ['{"for_user_id":"1"}', '12345678', 'true', 'short', 'a b c d e f', 'x'.repeat(129)])
      expect(isXCrcToken(bad), bad).toBe(false);
  });
});

describe('generic signatures', () => {
  const master = 'm'.repeat(16) + 'aster-secret-for-unit-tests';
  const request = (headers: Record<string, string>, body: string) => ({
    rawBody: Buffer.from(body),
    headers,
    query: {},
    params: { channel: 'generic', source: 'lapor-web' },
  });

  it('derive different inbound and reply secrets per source', () => {
    const a = genericSourceSecrets(master, 'lapor-web');
    const b = genericSourceSecrets(master, 'sistem-lain');
    expect(new Set([a.inbound, a.reply, b.inbound, b.reply, master]).size).toBe(5);
  });

  it('check the timestamp against the clock within five minutes, both ways', () => {
    const body = '{"id":"1"}';
    const now = 1_800_000_000_000;
    const at = (offsetSeconds: number) => {
      const stamp = String(now / 1000 + offsetSeconds);
      const signature = signGenericBody(genericSourceSecrets(master, 'lapor-web').inbound, stamp, body);
      return verifyGenericRequest(
        request({ 'x-aspirasi-timestamp': stamp, 'x-aspirasi-signature': signature }, body),
        master,
        'lapor-web',
        { acceptLegacy: false, now },
      ).ok;
    };
    expect([at(0), at(-299), at(299), at(-301), at(301)]).toEqual([true, true, true, false, false]);
  });
});
