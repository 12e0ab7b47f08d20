import { describe, expect, it } from 'vitest';
import { trimReply } from '../../../../adapters/email/trim.js';

describe('trimReply', () => {
  it('cuts the history Gmail quotes in Indonesian and English, wrapped or not', () => {
    expect(
      trimReply('Baik, terima kasih.\n\nPada Sen, 1 Des 2026 pukul 09.00 Humas <h@k.id> menulis:\n> lama'),
    ).toBe('Baik, terima kasih.');
    expect(trimReply('Sudah diperbaiki?\n\nOn Mon, 1 Dec 2026 at 09:00, Humas <h@k.id>\nwrote:\n> old')).toBe(
      'Sudah diperbaiki?',
    );
  });

  it("cuts Outlook's header block and separators, not a line that merely starts with From:", () => {
    const outlook =
      'Mohon info.\n\n________________________________\nFrom: Humas\nSent: Monday\nSubject: x\n\nlama';
    expect(trimReply(outlook)).toBe('Mohon info.');
    expect(trimReply('Dari: warga RT 03\nJalan rusak di depan rumah.')).toBe(
      'Dari: warga RT 03\nJalan rusak di depan rumah.',
    );
    expect(trimReply('Keluhan.\n\n-----Pesan Asli-----\nDari: Humas')).toBe('Keluhan.');
  });

  it('drops quoted lines and the signature', () => {
    expect(trimReply('> kutipan\nBalasan saya.\n\n-- \nBudi\n0812-xxx')).toBe('Balasan saya.');
    expect(trimReply('Lampu mati.\n\nDikirim dari Yahoo Mail di Android')).toBe('Lampu mati.');
    expect(trimReply('Jalan rusak parah.\n\nSalam,\nBudi')).toBe('Jalan rusak parah.');
  });

  it('keeps the whole text rather than nothing', () => {
    expect(trimReply('> hanya kutipan')).toBe('> hanya kutipan');
    expect(trimReply('Salam,\nBudi')).toBe('Salam,\nBudi');
  });
});
