// Public interface of Aspirasi's Indonesian text classifier.
import { createClassifier, type Classifier } from './classifier.js';
import { readCorpus } from './corpus.js';
import type { Correction } from './corrections.js';
import {
  MODEL_FORMAT,
  newestModelPath,
  readModel,
  rewriteModel,
  type ModelFile,
} from './model/model-file.js';
import { trainAndWrite, trainingDigest } from './train.js';

export type { Classifier } from './classifier.js';
export type { Correction } from './corrections.js';
export { detectPii, maskPii } from './pii.js';
export { matchRegion, loadGazetteer } from './gazetteer.js';

/**
 * Loads a model file (default: the newest models/classifier-v<N>.json). A fresh checkout has none; a model
 * written by an older Aspirasi lacks the danger detector that decides kritis; a model trained before the corpus,
 * the keyword lexicon or training changed carries another digest (train.ts, trainingDigest). In each case the
 * current model is trained from the corpus here (models are not kept in git).
 */
export function loadClassifier(path?: string): Classifier {
  if (path) return createClassifier(readModel(path));
  const newest = newestModelPath();
  const model = newest ? readModel(newest) : null;
  const digest = trainingDigest();
  if (model?.danger && model.trainedOn.digest === digest) {
    if (model.format !== MODEL_FORMAT) upgrade(newest!, model);
    return createClassifier(model);
  }
  process.stderr.write(
    !model
      ? 'Belum ada model di models/: melatih model pertama dari data/corpus (sekitar setengah menit)…\n'
      : !model.danger
        ? 'Model di models/ dibuat versi lama (tanpa detektor bahaya): melatih model baru dari data/corpus…\n'
        : 'Korpus atau cara pelatihan berubah sejak model terakhir: melatih model baru dari data/corpus…\n',
  );
  return createClassifier(readModel(trainAndWrite(readCorpus().examples, [], undefined, digest).path));
}

/** A format-1 file (weights as JSON maps) takes ~1 s to parse: stored again compactly, it loads in a fraction
 *  of that from the next start on. Best effort: a read-only models/ keeps the old file. */
function upgrade(path: string, model: ModelFile): void {
  try {
    rewriteModel(path, model);
    process.stderr.write(`Model ${model.version} disimpan ulang dalam format ringkas (muat lebih cepat).\n`);
  } catch {
    // the model still loads as it is
  }
}

let current: Classifier | null = null;
const loaded = () => (current ??= loadClassifier());

/** The one handle every part of a process keeps (ingest, API): it always answers with the newest loaded model,
 *  so a reload reaches holders that took the handle at start-up. */
const live: Classifier = {
  get version() {
    return loaded().version;
  },
  classify: (text) => loaded().classify(text),
  danger: (text) => loaded().danger(text),
};

/** The newest model, loaded once on first use, behind a handle that follows reloads. */
export function getClassifier(): Classifier {
  return live;
}

/** Switches the shared classifier to a model file (default: the newest in models/); returns its version. */
export function reloadClassifier(path?: string): string {
  current = loadClassifier(path);
  return current.version;
}

/** Reloads when `dir` holds a newer model than the loaded one (after a "model updated" message, or after
 *  reconnecting to Redis when such a message may have been missed). Returns the version now in use. */
export function reloadIfNewer(dir?: string): string {
  const newest = newestModelPath(dir);
  const loadedVersion = current?.version;
  if (newest && (!loadedVersion || versionNumber(newest) > versionNumber(loadedVersion))) {
    return reloadClassifier(newest);
  }
  return loaded().version;
}

function versionNumber(pathOrVersion: string): number {
  return Number(/v(\d+)(?:\.json)?$/.exec(pathOrVersion)?.[1] ?? 0);
}

export { trainAndWrite, trainModels, trainingDigest } from './train.js';

/** What the nightly job runs: corpus + the given corrections -> next models/classifier-v<N>.json, then the
 *  shared classifier switches to it. Returns the new version. */
export function retrain(corrections: readonly Correction[] = []): { version: string; path: string } {
  const written = trainAndWrite(readCorpus().examples, corrections, undefined, trainingDigest());
  reloadClassifier(written.path);
  return written;
}
export { readCorpus, type LabelledExample } from './corpus.js';
export { parseCorrection } from './corrections.js';
