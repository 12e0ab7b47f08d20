// k-fold cross-validation over the training corpus: each fold is classified by a model trained on the others
// (out-of-fold rows, the same shape as a file evaluation).
import { createClassifier } from '../classifier.js';
import type { LabelledExample } from '../corpus.js';
import { trainModels } from '../train.js';
import { evaluateText, type EvalRow } from './rows.js';

export function crossValidate(examples: readonly LabelledExample[], folds = 5): EvalRow[] {
  const rows: EvalRow[] = [];
  for (let k = 0; k < folds; k++) {
    const train = examples.filter((_, i) => i % folds !== k);
    const test = examples.filter((_, i) => i % folds === k);
    const classifier = createClassifier({ ...trainModels(train), version: `cv${k}` });
    for (const e of test) rows.push(evaluateText(classifier, e.text, e));
  }
  return rows;
}
