import { describe, expect, it } from 'vitest';
import { correctedStemId } from '../../../src/classify/model/spelling.js';
import { createClassifier } from '../../../src/classify/classifier.js';
import { trainModels } from '../../../src/classify/train.js';

const known = ['jembatan', 'listrik', 'mohon', 'infak', 'banjir', 'lapar'];
const idOf = (stem: string) => known.indexOf(stem);

describe('correctedStemId', () => {
  it('undoes two swapped letters and a letter typed twice', () => {
    expect(correctedStemId('jemabtan', idOf)).toBe(0);
    expect(correctedStemId('listrrik', idOf)).toBe(1);
    expect(correctedStemId('mhoon', idOf)).toBe(2);
  });

  it('leaves regional words, names and real words alone', () => {
    expect(correctedStemId('indak', idOf)).toBe(-1); // Minang "not", one replaced letter from "infak"
    expect(correctedStemId('clapar', idOf)).toBe(-1); // a village, one dropped letter from "lapar"
    expect(correctedStemId('banjar', idOf)).toBe(-1); // an Indonesian word of its own
    expect(correctedStemId('abnjir', idOf)).toBe(-1); // the first letter is kept
  });

  it('corrects only toward one known stem and only words of five letters or more', () => {
    expect(correctedStemId('jmebatan', (s) => (s === 'jembatan' || s === 'jmeabtan' ? 1 : -1))).toBe(1);
    expect(correctedStemId('jmebatan', (s) => ['jembatan', 'jmebtaan'].indexOf(s))).toBe(-1);
    expect(correctedStemId('lsitrik', idOf)).toBe(1);
    expect(correctedStemId('lsit', (s) => (s === 'list' ? 0 : -1))).toBe(-1);
  });
});

describe('a classifier reading typing slips', () => {
  const classifier = createClassifier({
    ...trainModels([
      {
        text: 'jembatan kayu di desa kami rusak parah',
        topic: 'infrastruktur',
        urgency: 'normal',
        type: 'pengaduan',
      },
      {
        text: 'jembatan gantung putus tolong diperbaiki',
        topic: 'infrastruktur',
        urgency: 'tinggi',
        type: 'pengaduan',
      },
      { text: 'listrik padam terus, token mahal', topic: 'energi', urgency: 'normal', type: 'pengaduan' },
      { text: 'listrik mati sejak pagi, pln lambat', topic: 'energi', urgency: 'tinggi', type: 'pengaduan' },
      {
        text: 'sekolah anak saya kekurangan guru',
        topic: 'pendidikan',
        urgency: 'normal',
        type: 'pengaduan',
      },
      {
        text: 'guru honorer di sekolah belum digaji',
        topic: 'pendidikan',
        urgency: 'normal',
        type: 'pengaduan',
      },
    ]),
    version: 'test',
  });

  it('gives a misspelt message the topic of the well-spelt one', () => {
    expect(classifier.classify('jemabtan ambruk').topic).toBe(classifier.classify('jembatan ambruk').topic);
    expect(classifier.classify('listrrik').topic).toBe('energi');
  });
});
