// The one-pass scorer (feature ids, merged weight rows) must give exactly what each model gives on its own.
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../src/classify/corpus.js';
import { cnbScores } from '../../../src/classify/model/cnb.js';
import { createScorer } from '../../../src/classify/model/scorer.js';
import { softmaxLogProbs } from '../../../src/classify/model/softmax.js';
import { compile } from '../../../src/classify/model/compiled.js';
import { analyzeText, ngramFeatures } from '../../../src/classify/text/features.js';
import { trainModels } from '../../../src/classify/train.js';

describe('one-pass scorer', () => {
  const corpus = readCorpus().examples;
  const models = trainModels(corpus.filter((_, i) => i % 10 === 0));
  const score = createScorer(models);
  // The models' features of a text as the scorer reads it: a stem no model knows replaced by the known stem it
  // is a typing slip of (model/spelling.ts).
  const { index } = compile(models);
  const stems = index.toLists().stems;
  const featuresAsRead = (text: string) =>
    ngramFeatures(
      analyzeText(text).content.map((stem) => {
        const id = index.readStemId(stem);
        return id >= 0 ? stems[id] : stem;
      }),
    );
  const texts = [
    'banjir sepinggang di samarinda, tolong evakuasi',
    'KTP saya belum jadi 3 bulan',
    'halo',
    '',
    '🔥🔥',
    'jemabtan di desa kmai sudah ruask, mhoon diperbaiki', // typing slips
    // texts the models were not trained on, long letters among them
    ...corpus
      .filter((_, i) => i % 10 === 5)
      .slice(0, 300)
      .map((e) => e.text),
  ];

  it('matches CNB logits and softmax log-probabilities of the separate models', () => {
    for (const text of texts) {
      const scored = score(analyzeText(text).contentWords);
      const features = featuresAsRead(text);
      for (const key of ['topic', 'urgency', 'type'] as const) {
        const expected = cnbScores(models[key], features).map((s) => s / models[key].temperature);
        scored[key].forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
      }
      const expectedLr = softmaxLogProbs(models.topicSoftmax!, features);
      scored.topicSoftmax!.forEach((v, i) => expect(v).toBeCloseTo(expectedLr[i], 12));
    }
  });

  it('scores a text the same however often it has scored others (its counters are emptied)', () => {
    const text = texts[5];
    const first = score(analyzeText(text).contentWords);
    for (const t of texts.slice(6, 40)) score(analyzeText(t).contentWords);
    expect(score(analyzeText(text).contentWords)).toEqual(first);
  });
});
