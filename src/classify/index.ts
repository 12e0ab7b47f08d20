// Public interface of Aspirasi's Indonesian text classifier.
import { createClassifier, type Classifier } from './classifier.js';
import { readCorpus } from './corpus.js';
import type { Correction } from './corrections.js';
import { newestModelPath, readModel } from './model/model-file.js';
import { trainAndWrite } from './train.js';

export type { Classifier } from './classifier.js';
export type { Correction } from './corrections.js';
export { detectPii, maskPii } from './pii.js';
export { matchRegion, loadGazetteer } from './gazetteer.js';

/**
 * Loads a model file (default: the newest models/classifier-v<N>.json). A fresh checkout has none: training
 * from the corpus takes ~2 s, so the first model is trained here rather than kept in git.
 */
export function loadClassifier(path?: string): Classifier {
  const file = path ?? newestModelPath() ?? trainFirstModel();
  return createClassifier(readModel(file));
}

function trainFirstModel(): string {
  process.stderr.write('Belum ada model di models/: melatih model pertama dari data/corpus (±2 detik)…\n');
  return trainAndWrite(readCorpus().examples).path;
}

let shared: Classifier | null = null;
/** The newest model, loaded once on first use. */
export function getClassifier(): Classifier {
  shared ??= loadClassifier();
  return shared;
}

/** Switches the shared classifier to the newest model (e.g. after the nightly `train` job); returns its version. */
export function reloadClassifier(path?: string): string {
  shared = loadClassifier(path);
  return shared.version;
}

export { trainAndWrite, trainModels } from './train.js';

/** What the nightly job runs: corpus + the given corrections -> next models/classifier-v<N>.json, then the
 *  shared classifier switches to it. Returns the new version. */
export function retrain(corrections: readonly Correction[] = []): { version: string; path: string } {
  const written = trainAndWrite(readCorpus().examples, corrections);
  reloadClassifier(written.path);
  return written;
}
export { readCorpus, type LabelledExample } from './corpus.js';
export { parseCorrection } from './corrections.js';
