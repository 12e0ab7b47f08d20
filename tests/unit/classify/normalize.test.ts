import { describe, expect, it } from 'vitest';
import { cleanText, normalizeText } from '../../../src/classify/text/normalize.js';
import { textFeatures } from '../../../src/classify/text/features.js';

describe('normalization of social-media Indonesian', () => {
  it('lowercases, squashes elongations and expands slang', () => {
    expect(normalizeText('Jln RUSAK bangeeet, tlg dong udh lama')).toBe(
      'jalan rusak banget tolong sudah lama',
    );
  });

  it('expands "2" reduplication and regional negation', () => {
    expect(normalizeText('anak2 kada bisa sekolah')).toBe('anak anak tidak bisa sekolah');
  });

  it('replaces URLs, keeps mention and hashtag words, drops plain emoji', () => {
    expect(cleanText('Cek https://contoh.id/x @pemkot_samarinda #banjir 😀')).toBe(
      'cek tautan pemkot samarinda banjir',
    );
  });

  it('turns emoji that signal danger into words', () => {
    expect(cleanText('rumah sebelah 🔥🔥')).toBe('rumah sebelah api api');
  });

  it('keeps double letters of real words ("maaf", "saat")', () => {
    expect(normalizeText('maaf saat ini')).toBe('maaf saat ini');
  });

  it('stems, drops stopwords but keeps intent words, and adds bigrams', () => {
    const f = textFeatures('Mohon segera diperbaiki jalan yang rusak');
    expect(f).toEqual(expect.arrayContaining(['mohon', 'segera', 'baik', 'jalan', 'rusak', 'mohon_segera']));
    expect(f).not.toContain('yang');
  });

  it('keeps tidak and belum as features so negation is visible to the model', () => {
    expect(textFeatures('gk ada air, blm nyala')).toEqual(
      expect.arrayContaining(['tidak', 'belum', 'tidak_air']),
    );
  });
});
