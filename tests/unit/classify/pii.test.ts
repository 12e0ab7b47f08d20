import { describe, expect, it } from 'vitest';
import { detectPii, maskPii } from '../../../src/classify/pii.js';

const kinds = (t: string) => detectPii(t).map((s) => [s.kind, t.slice(s.start, s.end)]);

describe('PII spans', () => {
  it('finds a NIK and tells a KK number by its label', () => {
    expect(kinds('NIK 6472010101010001, no KK: 6472 0101 0101 0002')).toEqual([
      ['nik', '6472010101010001'],
      ['kk', '6472 0101 0101 0002'],
    ]);
  });

  it('finds phone numbers in local and +62 forms', () => {
    expect(kinds('hubungi 0812-3456-7890 atau +62 812 3456 7890 atau (0541) 123456')).toEqual([
      ['phone', '0812-3456-7890'],
      ['phone', '+62 812 3456 7890'],
      ['phone', '(0541) 123456'],
    ]);
  });

  it('finds e-mail addresses', () => {
    expect(kinds('email saya budi.s@gmail.com ya')).toEqual([['email', 'budi.s@gmail.com']]);
  });

  it('finds house addresses with number and RT/RW', () => {
    expect(kinds('rumah di Jl. Pangeran Antasari No. 12 RT 03 RW 05 Samarinda')).toEqual([
      ['address', 'Jl. Pangeran Antasari No. 12 RT 03 RW 05'],
    ]);
    expect(kinds('tinggal di gg. mawar no 5')).toEqual([['address', 'gg. mawar no 5']]);
  });

  it('does not flag amounts, dates or a street without a house number', () => {
    expect(detectPii('bayar 1.500.000 tgl 12-05-2024, jalan Ahmad Yani rusak 200 meter')).toEqual([]);
  });

  it('masks each span', () => {
    expect(maskPii('NIK 6472010101010001 hp 081234567890 email a@b.co')).toBe(
      'NIK [NIK] hp [TELEPON] email [EMAIL]',
    );
  });
});
