// Typing slips added to evaluation texts (`aspirasi eval --typos RATE`): how much a set's figures fall when
// citizens type in a hurry, the way the issue-14 letters were described ("heavy typos").
import { mulberry32 } from '../model/random.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Each word of four letters or more gets, with probability `rate`, one slip after its first letter: a letter
 *  dropped, doubled, swapped with the next or replaced. Seeded, so a set's figures repeat. */
export function withTypos(text: string, rate: number, seed = 7): string {
  const random = mulberry32(seed);
  return text.replace(/[A-Za-z]{4,}/g, (word) => {
    if (random() >= rate) return word;
    const i = 1 + Math.floor(random() * (word.length - 1));
    switch (Math.floor(random() * 4)) {
      case 0:
        return word.slice(0, i) + word.slice(i + 1);
      case 1:
        return word.slice(0, i) + word[i] + word.slice(i);
      case 2:
        return i + 1 < word.length ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word;
      default:
        return word.slice(0, i) + LETTERS[Math.floor(random() * 26)] + word.slice(i + 1);
    }
  });
}
