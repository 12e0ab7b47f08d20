// A model's weights as the classifier uses them: one feature index (feature-index.ts) and per model a flat
// array of weights by row with the feature id of each row. Built from a trained model (compile), or decoded from
// a model file (model-file.ts), where it is stored compactly: JSON.parse of 2 million weights as decimal
// numbers under 270,000 keys took most of the load time, a base64 string of small integers takes milliseconds.
import type { ModelFile } from './model-file.js';
import { FeatureIndex } from './feature-index.js';

export type TableName = 'topic' | 'urgency' | 'type' | 'topicSoftmax' | 'danger';
export const TABLE_NAMES: readonly TableName[] = ['topic', 'urgency', 'type', 'topicSoftmax', 'danger'];

export interface Table {
  k: number;
  /** feature id of each row */
  rows: Int32Array;
  /** k weights per row */
  weights: Float64Array;
}

export interface Compiled {
  /** feature ids: the scorer's models' features first, then the danger detector's own */
  index: FeatureIndex;
  tables: Partial<Record<TableName, Table>>;
}

type Weighted = { weights: Record<string, readonly number[]>; classes: readonly string[] };
/** What compile reads of a model file (the scorer's tests compile the models alone). */
export interface CompilableModel {
  topic: Weighted;
  urgency: Weighted;
  type: Weighted;
  topicSoftmax?: Weighted;
  danger?: { model: Weighted };
}

function modelsOf(model: CompilableModel): Partial<Record<TableName, Weighted>> {
  const { topic, urgency, type, topicSoftmax, danger } = model;
  return { topic, urgency, type, topicSoftmax, danger: danger?.model };
}

/** Lays a trained model out by feature id. */
export function compile(model: CompilableModel): Compiled {
  const index = new FeatureIndex();
  const tables: Compiled['tables'] = {};
  const models = modelsOf(model);
  for (const name of TABLE_NAMES) {
    const m = models[name];
    if (!m) continue;
    const k = m.classes.length;
    const features = Object.keys(m.weights);
    const rows = new Int32Array(features.length);
    const weights = new Float64Array(features.length * k);
    features.forEach((f, r) => {
      rows[r] = index.add(f);
      weights.set(m.weights[f], r * k);
    });
    tables[name] = { k, rows, weights };
  }
  return { index, tables };
}

/** Keyed by the topic model, which copies such as {...model, danger: undefined} share. */
const attached = new WeakMap<object, { compiled: Compiled; sources: unknown[] }>();

function sources(model: ModelFile): unknown[] {
  return [model.topic, model.urgency, model.type, model.topicSoftmax, model.danger?.model];
}

/** Remembers the layout a model file was decoded from, so the classifier need not lay it out again. */
export function attachCompiled(model: ModelFile, compiled: Compiled): void {
  attached.set(model.topic, { compiled, sources: sources(model) });
}

/** The attached layout when every sub-model the model has is one it was decoded with (a copy may leave one
 *  out, and then does not use its table), else a fresh layout. */
export function compiledModel(model: ModelFile): Compiled {
  const known = attached.get(model.topic);
  const same = known && sources(model).every((s, i) => s === undefined || s === known.sources[i]);
  return same ? known.compiled : compile(model);
}
