import { describe, expect, it } from 'vitest';
import { withTypos } from '../../../src/classify/evaluation/typos.js';

const text = 'Jalan di depan sekolah kami rusak parah, mohon segera diperbaiki pak';

describe('withTypos', () => {
  it('repeats for a seed and leaves the text alone at rate 0', () => {
    expect(withTypos(text, 0.5, 3)).toBe(withTypos(text, 0.5, 3));
    expect(withTypos(text, 0)).toBe(text);
  });

  it('slips at most one letter of a word, after its first, and never in words under four letters', () => {
    const words = text.split(' ');
    const slipped = withTypos(text, 1, 11).split(' ');
    expect(slipped).toHaveLength(words.length);
    slipped.forEach((w, i) => {
      if (words[i].replace(/\W/g, '').length < 4) expect(w).toBe(words[i]);
      else {
        expect(w[0]).toBe(words[i][0]);
        expect(Math.abs(w.length - words[i].length)).toBeLessThanOrEqual(1);
      }
    });
    expect(slipped.filter((w, i) => w !== words[i]).length).toBeGreaterThan(words.length / 2);
  });
});
