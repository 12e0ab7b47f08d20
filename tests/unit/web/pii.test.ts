import { describe, expect, it } from 'vitest';
import { findPii, maskPii } from '../../../web/src/lib/pii.js';

describe('composer PII warning', () => {
  it('masks a NIK, a phone number and an e-mail with the server tokens', () => {
    const text = 'NIK 6472011203900004, hubungi 0812-5544-3321 atau budi.s@mail.co.id ya';
    expect(maskPii(text)).toBe('NIK [NIK], hubungi [TELEPON] atau [EMAIL] ya');
  });

  it('recognises +62 numbers', () => {
    expect(findPii('WA saya +6281345678901').map((h) => h.kind)).toEqual(['phone']);
  });

  it('reports the matched text so the warning can name it', () => {
    expect(findPii('email: rina@contoh.id')).toEqual([
      { kind: 'email', start: 7, end: 21, text: 'rina@contoh.id' },
    ]);
  });

  it('leaves ticket numbers and dates alone', () => {
    const text = 'Laporan ASP-2026-000123 tanggal 12/11/2026 sudah kami terima';
    expect(findPii(text)).toEqual([]);
    expect(maskPii(text)).toBe(text);
  });
});
