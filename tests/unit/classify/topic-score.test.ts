import { describe, expect, it } from 'vitest';
import { TOPICS } from '../../../src/domain/labels.js';
import { toWords } from '../../../src/classify/lexicon/match.js';
import { topicKeywordScores } from '../../../src/classify/lexicon/topic-score.js';

const score = (text: string, topic: (typeof TOPICS)[number]) =>
  topicKeywordScores(toWords(text))[TOPICS.indexOf(topic)];

describe('topic keyword scores', () => {
  it('does not read the blessings of a polite letter as health or roads', () => {
    const greeting = 'Semoga Bapak senantiasa diberi kesehatan dalam menjalankan amanah, sehat selalu.';
    expect(topicKeywordScores(toWords(greeting)).every((s) => s === 0)).toBe(true);
    expect(score('Anggaran perjalanan dinas naik dua kali lipat', 'infrastruktur')).toBe(0);
  });

  it('still counts the same words when they are the subject', () => {
    expect(score('pelayanan kesehatan di puskesmas lambat', 'kesehatan')).toBeGreaterThan(0);
    expect(score('jalan di depan sekolah rusak', 'infrastruktur')).toBeGreaterThan(0);
  });

  it('counts a phrase listed more than once in the lexicon only once', () => {
    // "+jalan berlubang" (weight 2) appears several times in lexicon/topics.ts
    expect(score('jalan berlubang', 'infrastruktur')).toBe(2);
  });
});
