// The one-pass scorer must give exactly what each model gives on its own.
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../src/classify/corpus.js';
import { cnbScores } from '../../../src/classify/model/cnb.js';
import { createScorer } from '../../../src/classify/model/scorer.js';
import { softmaxLogProbs } from '../../../src/classify/model/softmax.js';
import { termCounts } from '../../../src/classify/model/vector.js';
import { analyzeText } from '../../../src/classify/text/features.js';
import { trainModels } from '../../../src/classify/train.js';

describe('one-pass scorer', () => {
  it('matches CNB logits and softmax log-probabilities of the separate models', () => {
    const examples = readCorpus().examples.filter((_, i) => i % 10 === 0);
    const models = trainModels(examples);
    const score = createScorer(models);
    for (const text of [
      'banjir sepinggang di samarinda, tolong evakuasi',
      'KTP saya belum jadi 3 bulan',
      'halo',
    ]) {
      const counts = termCounts(analyzeText(text).features);
      const scored = score(counts);
      for (const key of ['topic', 'urgency', 'type'] as const) {
        const expected = cnbScores(models[key], counts).map((s) => s / models[key].temperature);
        scored[key].forEach((v, i) => expect(v).toBeCloseTo(expected[i], 9));
      }
      const expectedLr = softmaxLogProbs(models.topicSoftmax!, counts);
      scored.topicSoftmax!.forEach((v, i) => expect(v).toBeCloseTo(expectedLr[i], 9));
    }
  });
});
