// The versioned model file written by `aspirasi train` and read at start (models/classifier-v<N>.json).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CnbModel } from './cnb.js';
import type { SoftmaxModel } from './softmax.js';
import type { DangerModel } from '../danger/detector.js';
import { decodeModel, encodeModel } from './model-codec.js';

/** Format 2 stores the weights compactly (model-codec.ts); format 1 files (weights as JSON maps) still load. */
export const MODEL_FORMAT = 'aspirasi-classifier/2';
const OLD_FORMAT = 'aspirasi-classifier/1';
export const DEFAULT_MODEL_DIR = fileURLToPath(new URL('../../../models', import.meta.url));

export interface ModelFile {
  format: typeof MODEL_FORMAT | typeof OLD_FORMAT;
  version: string;
  createdAt: string;
  trainedOn: {
    examples: number;
    corrections: number;
    perTopic: Record<string, number>;
    /** what the model was trained from (train.ts, trainingDigest); a different digest means a stale model */
    digest?: string;
  };
  topic: CnbModel;
  urgency: CnbModel;
  type: CnbModel;
  /** logit bonus per unit of hand-written topic keyword score */
  topicKeywordWeight: number;
  /** optional second topic model, ensembled with CNB (absent in models written before it existed) */
  topicSoftmax?: SoftmaxModel;
  /** weight of the softmax model's log-probabilities in the topic logits */
  topicSoftmaxWeight?: number;
  /** the "danger now" detector deciding kritis (absent in older models, which use the crisis-lexicon floor) */
  danger?: DangerModel;
  /** Platt mapping of the topic confidence (absent in older models: the raw probability is reported) */
  topicCalibration?: { a: number; b: number };
}

const MODEL_NAME = /^classifier-v(\d+)\.json$/;

function versions(dir: string): number[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => MODEL_NAME.exec(f)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Path of the newest model in dir, or null when none was trained yet. */
export function newestModelPath(dir = DEFAULT_MODEL_DIR): string | null {
  const all = versions(dir);
  return all.length ? join(dir, `classifier-v${all[all.length - 1]}.json`) : null;
}

export function readModel(path: string): ModelFile {
  const model = JSON.parse(readFileSync(path, 'utf8')) as ModelFile;
  if (model.format === OLD_FORMAT) return model;
  if (model.format !== MODEL_FORMAT)
    throw new Error(`${path}: not an ${MODEL_FORMAT} model (format ${model.format})`);
  return decodeModel(model as unknown as Parameters<typeof decodeModel>[0]);
}

/** Rewrites a model file of an older format in the current one, same version (write then rename, as below). */
export function rewriteModel(path: string, model: ModelFile): void {
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(
    partial,
    JSON.stringify({ ...encodeModel(model), format: MODEL_FORMAT, version: model.version }) + '\n',
  );
  renameSync(partial, path);
}

/** Writes the model as the next version; returns its path and stamps the version into the model. */
export function writeNextModel(
  model: Omit<ModelFile, 'version'>,
  dir = DEFAULT_MODEL_DIR,
): { path: string; version: string } {
  mkdirSync(dir, { recursive: true });
  const all = versions(dir);
  const n = (all[all.length - 1] ?? 0) + 1;
  const version = `v${n}`;
  const path = join(dir, `classifier-${version}.json`);
  // Write then rename: a process starting at the same moment never reads a half-written model.
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify({ ...encodeModel(model), format: MODEL_FORMAT, version }) + '\n');
  renameSync(partial, path);
  return { path, version };
}
