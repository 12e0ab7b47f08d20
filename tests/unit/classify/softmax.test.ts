import { describe, expect, it } from 'vitest';
import { softmaxLogProbs, trainSoftmax } from '../../../src/classify/model/softmax.js';

const classes = ['air', 'listrik', 'sekolah'];
const docs = [
  ['pdam', 'air', 'mati'],
  ['air', 'keruh', 'pdam'],
  ['pipa', 'air', 'bocor'],
  ['listrik', 'padam', 'pln'],
  ['pln', 'token', 'listrik'],
  ['trafo', 'listrik', 'meledak'],
  ['guru', 'sekolah', 'ppdb'],
  ['sekolah', 'seragam', 'mahal'],
];
const labels = ['air', 'air', 'air', 'listrik', 'listrik', 'listrik', 'sekolah', 'sekolah'];

function probs(model: ReturnType<typeof trainSoftmax>, features: string[]): number[] {
  return softmaxLogProbs(model, features).map(Math.exp);
}

describe('softmax topic model', () => {
  const model = trainSoftmax(docs, labels, classes, { minDocFreq: 1 });

  it('puts most probability on the class whose words the text uses', () => {
    const p = probs(model, ['pln', 'padam']);
    expect(p[1]).toBeGreaterThan(0.6);
    expect(probs(model, ['sekolah', 'guru'])[2]).toBeGreaterThan(0.6);
  });

  it('returns log-probabilities that sum to one', () => {
    const total = probs(model, ['air', 'listrik', 'kata_asing']).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 6);
  });

  it('gives a class with few examples a fair chance (balanced class weights)', () => {
    // 'sekolah' has 2 examples against 3 each: one of its words alone still wins.
    expect(probs(model, ['seragam'])[2]).toBeGreaterThan(probs(model, ['seragam'])[0]);
  });

  it('is deterministic for a given seed and drops features rarer than minDocFreq', () => {
    const again = trainSoftmax(docs, labels, classes, { minDocFreq: 1 });
    expect(again).toEqual(model);
    const trimmed = trainSoftmax(docs, labels, classes, { minDocFreq: 2 });
    expect(trimmed.weights.meledak).toBeUndefined();
    expect(trimmed.weights.pln).toBeDefined();
  });
});
