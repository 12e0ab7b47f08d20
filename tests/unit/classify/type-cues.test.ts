import { describe, expect, it } from 'vitest';
import { typeCues, typeFromCues } from '../../../src/classify/lexicon/type-cues.js';
import { cleanText } from '../../../src/classify/text/normalize.js';

const ruleType = (t: string) => typeFromCues(typeCues(cleanText(t)));

describe('message type cues', () => {
  it('reads a plain question as permintaan_informasi', () => {
    expect(ruleType('Kapan pendaftaran beasiswa KIP dibuka?')).toBe('permintaan_informasi');
  });

  it('reads thanks without a complaint as apresiasi', () => {
    expect(ruleType('Terima kasih pak wali, lampu jalan di gang kami sudah menyala')).toBe('apresiasi');
  });

  it('does not take a polite closing for praise', () => {
    expect(ruleType('Lampu jalan di depan rumah kami mati. Atas perhatiannya terima kasih')).not.toBe(
      'apresiasi',
    );
  });

  it('reads a long letter describing a problem as a complaint even when it ends with a question', () => {
    const letter =
      'Dengan hormat, saya warga yang tinggal di pinggir sungai. Sudah enam bulan saluran air di lingkungan kami ' +
      'tersumbat dan tidak pernah dibersihkan, sehingga setiap hujan air meluap ke rumah warga dan menimbulkan bau. ' +
      'Kami sudah melapor ke kelurahan tetapi belum ada tindak lanjut. Bagaimana kelanjutannya?';
    expect(ruleType(letter)).toBe('pengaduan');
  });

  it('does not take a request to promote tourism for a promotion', () => {
    expect(
      ruleType('Kami mohon dinas membantu mempromosikan desa wisata kami, promosinya masih minim'),
    ).not.toBe('spam');
  });

  it('recognizes gambling promotion as spam', () => {
    expect(ruleType('slot gacor maxwin, depo 10rb cek link di bio')).toBe('spam');
  });
});
