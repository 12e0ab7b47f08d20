import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../src/auth/password.js';
import { seal, unseal } from '../../../src/security/seal.js';

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one; hashes are salted', async () => {
    const a = await hashPassword('rahasia-kita');
    const b = await hashPassword('rahasia-kita');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$/);
    expect(await verifyPassword('rahasia-kita', a)).toBe(true);
    expect(await verifyPassword('rahasia-kitA', a)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});

describe('sealing secrets at rest', () => {
  it('round-trips and never contains the plain token', () => {
    const sealed = seal({ accessToken: 'EAAB-very-secret' }, 'k'.repeat(32));
    expect(sealed).not.toContain('EAAB');
    expect(unseal(sealed, 'k'.repeat(32))).toEqual({ accessToken: 'EAAB-very-secret' });
  });

  it('fails loudly with the wrong key or a tampered value', () => {
    const sealed = seal({ a: 1 }, 'k'.repeat(32));
    expect(() => unseal(sealed, 'x'.repeat(32))).toThrow();
    // Flip one bit of the ciphertext itself: editing base64 characters can land in padding bits and change nothing.
    const [version, iv, tag, data] = sealed.split('.');
    const bytes = Buffer.from(data, 'base64url');
    bytes[0] ^= 1;
    const tampered = [version, iv, tag, bytes.toString('base64url')].join('.');
    expect(() => unseal(tampered, 'k'.repeat(32))).toThrow();
  });
});
