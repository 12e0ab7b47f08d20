// How a model file stores its weights (format aspirasi-classifier/2): the compiled layout of compiled.ts, the
// vocabulary as one string and each table's rows and weights as base64 typed arrays. Training rounds weights to
// 2 (CNB) or 3 (softmax) decimals, so a weight is an integer over a power of ten: stored as that integer, it
// reads back as the very same double (the division is correctly rounded, as parsing the decimal was). Typed
// arrays are written in the machine's byte order: little-endian on every platform Node ships for x64 and arm64.
import type { ModelFile } from './model-file.js';
import { FeatureIndex } from './feature-index.js';
import {
  attachCompiled,
  compile,
  TABLE_NAMES,
  type Compiled,
  type Table,
  type TableName,
} from './compiled.js';

interface EncodedTable {
  k: number;
  rows: string;
  /** weights = integers / scale, or raw doubles when scale is 0 */
  scale: number;
  bits: 16 | 32 | 64;
  weights: string;
}
interface EncodedIndex {
  stems: string;
  unigrams: string;
  pairs: string;
  others: string[];
  otherIds: number[];
  size: number;
}
export interface EncodedWeights {
  index: EncodedIndex;
  tables: Partial<Record<TableName, EncodedTable>>;
}

const base64 = (a: Int16Array | Int32Array | Float64Array): string =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

function bytes(s: string): ArrayBuffer {
  const b = Buffer.from(s, 'base64');
  const out = new ArrayBuffer(b.length); // aligned copy: a decoded Buffer may sit at any offset of a pool
  new Uint8Array(out).set(b);
  return out;
}

/** The smallest exact integer form of a table's weights. */
function encodeWeights(w: Float64Array): Pick<EncodedTable, 'scale' | 'bits' | 'weights'> {
  for (const scale of [100, 1000, 10000]) {
    let max = 0;
    let exact = true;
    for (let i = 0; i < w.length && exact; i++) {
      const q = Math.round(w[i] * scale);
      exact = q / scale === w[i];
      max = Math.max(max, Math.abs(q));
    }
    if (!exact || max > 2 ** 31 - 1) continue;
    const ints = max <= 32767 ? new Int16Array(w.length) : new Int32Array(w.length);
    for (let i = 0; i < w.length; i++) ints[i] = Math.round(w[i] * scale);
    return { scale, bits: max <= 32767 ? 16 : 32, weights: base64(ints) };
  }
  return { scale: 0, bits: 64, weights: base64(w) };
}

function decodeWeights(t: EncodedTable): Float64Array {
  const buffer = bytes(t.weights);
  if (t.bits === 64) return new Float64Array(buffer);
  const ints = t.bits === 16 ? new Int16Array(buffer) : new Int32Array(buffer);
  const out = new Float64Array(ints.length);
  for (let i = 0; i < ints.length; i++) out[i] = ints[i] / t.scale;
  return out;
}

export function encodeCompiled({ index, tables }: Compiled): EncodedWeights {
  const encoded: EncodedWeights['tables'] = {};
  for (const name of TABLE_NAMES) {
    const t = tables[name];
    if (t) encoded[name] = { k: t.k, rows: base64(t.rows), ...encodeWeights(t.weights) };
  }
  const lists = index.toLists();
  const encodedIndex = {
    // stems are runs of a-z, 0-9 and '-', so a line break separates them unambiguously
    stems: lists.stems.join('\n'),
    unigrams: base64(lists.unigrams),
    pairs: base64(lists.pairs),
    others: lists.others,
    otherIds: Array.from(lists.otherIds),
    size: lists.size,
  };
  return { index: encodedIndex, tables: encoded };
}

function decodeIndex(e: EncodedIndex): FeatureIndex {
  return FeatureIndex.fromLists({
    stems: e.stems ? e.stems.split('\n') : [],
    unigrams: new Int32Array(bytes(e.unigrams)),
    pairs: new Int32Array(bytes(e.pairs)),
    others: e.others,
    otherIds: Int32Array.from(e.otherIds),
    size: e.size,
  });
}

export function decodeCompiled({ index, tables }: EncodedWeights): Compiled {
  const decoded: Compiled['tables'] = {};
  for (const name of TABLE_NAMES) {
    const t = tables[name];
    if (t) decoded[name] = { k: t.k, rows: new Int32Array(bytes(t.rows)), weights: decodeWeights(t) };
  }
  return { index: decodeIndex(index), tables: decoded };
}

type Holder = { weights?: unknown };
/** A model file's fields, with the weights encoded apart. */
export type StoredModel = Omit<ModelFile, 'version'> & { weights: EncodedWeights };

function partsOf(model: Omit<ModelFile, 'version'>): Partial<Record<TableName, Holder>> {
  const { topic, urgency, type, topicSoftmax, danger } = model;
  return { topic, urgency, type, topicSoftmax, danger: danger?.model };
}

function withoutWeights<T extends Holder>(part: T): T {
  const copy = { ...part };
  delete copy.weights;
  return copy;
}

/** The model as written: the sub-models without their weights, which go encoded into `weights`. */
export function encodeModel(model: Omit<ModelFile, 'version'>): StoredModel {
  const { topic, urgency, type, topicSoftmax, danger } = model;
  return {
    ...model,
    topic: withoutWeights(topic),
    urgency: withoutWeights(urgency),
    type: withoutWeights(type),
    topicSoftmax: topicSoftmax && withoutWeights(topicSoftmax),
    danger: danger && { ...danger, model: withoutWeights(danger.model) },
    weights: encodeCompiled(compile(model)),
  };
}

/** A parsed model file back to a ModelFile, in place: the sub-models' `weights` are built on first read (the
 *  classifier uses the attached layout instead). */
export function decodeModel(raw: StoredModel & { version: string }): ModelFile {
  const compiled = decodeCompiled(raw.weights);
  const model: ModelFile & { weights?: EncodedWeights } = raw;
  delete model.weights;
  const parts = partsOf(model);
  for (const name of TABLE_NAMES) {
    const part = parts[name];
    const table = compiled.tables[name];
    if (part && table) lazyWeights(part, table, compiled.index);
  }
  attachCompiled(model, compiled);
  return model;
}

function lazyWeights(part: Holder, table: Table, index: FeatureIndex): void {
  Object.defineProperty(part, 'weights', {
    enumerable: true,
    configurable: true,
    get() {
      const vocabulary = index.features();
      const weights: Record<string, number[]> = {};
      table.rows.forEach((id, r) => {
        weights[vocabulary[id]] = Array.from(table.weights.subarray(r * table.k, (r + 1) * table.k));
      });
      Object.defineProperty(part, 'weights', { value: weights, enumerable: true, writable: true });
      return weights;
    },
  });
}
