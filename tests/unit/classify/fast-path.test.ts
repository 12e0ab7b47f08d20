// The classifier's fast paths against the straightforward code they replace: the compact model file, the
// danger reader, the tokenizer and the region lookup on already-cleaned text must give the same answers.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../src/classify/classifier.js';
import { readCorpus } from '../../../src/classify/corpus.js';
import { readDanger } from '../../../src/classify/danger/detector.js';
import { createDangerReader } from '../../../src/classify/danger/reader.js';
import { matchRegion, regionOfCleaned, regionOfTokens } from '../../../src/classify/gazetteer.js';
import { compile } from '../../../src/classify/model/compiled.js';
import { readModel, writeNextModel } from '../../../src/classify/model/model-file.js';
import { analyzeText } from '../../../src/classify/text/features.js';
import { tokenizeId } from '../../../src/classify/text/natural.js';
import { trainModels } from '../../../src/classify/train.js';

const corpus = readCorpus().examples;
const model = trainModels(corpus.filter((_, i) => i % 8 === 0));
const unseen = [
  ...corpus
    .filter((_, i) => i % 8 === 3)
    .slice(0, 400)
    .map((e) => e.text),
  'Banjir sepinggang di Samarinda!!! @budi_x #banjir_kukar www.contoh.id anak2 bangeeet 🔥🌊',
  'Yth. Bapak Camat.\r\nAir belum surut 3 hari.\nBelum ada bantuan.\n\nKami di Sanga-Sanga, Kutai-Kartanegara.',
  '',
  '   ',
  '🙏',
];

describe('compact model file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aspirasi-compact-'));
  const written = writeNextModel(model, dir);
  const read = readModel(written.path);

  // What a format-1 file gave back: the weights through JSON (which writes -0 as 0).
  const viaJson = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

  it('reads back every weight of every model exactly', () => {
    expect(read.format).toBe('aspirasi-classifier/2');
    for (const key of ['topic', 'urgency', 'type', 'topicSoftmax'] as const) {
      expect(read[key]!.weights).toEqual(viaJson(model[key]!.weights));
    }
    expect(read.danger!.model.weights).toEqual(viaJson(model.danger!.model.weights));
    expect(read.danger!.cuesOnly).toEqual(model.danger!.cuesOnly);
  });

  it('is smaller than the same model as JSON maps, and classifies as the trained model does', () => {
    const asMaps = JSON.stringify({ ...model, version: 'v1' });
    expect(readFileSync(written.path, 'utf8').length).toBeLessThan(asMaps.length * 0.7);
    const fromFile = createClassifier(read);
    const inMemory = createClassifier({ ...model, version: written.version });
    for (const text of unseen) expect(fromFile.classify(text)).toEqual(inMemory.classify(text));
  });

  it('still loads a model file written as JSON maps (format 1)', () => {
    const old = join(dir, 'old.json');
    writeFileSync(old, JSON.stringify({ ...model, format: 'aspirasi-classifier/1', version: 'v1' }));
    const fromOld = createClassifier(readModel(old));
    const inMemory = createClassifier({ ...model, version: 'v1' });
    for (const text of unseen.slice(0, 100)) expect(fromOld.classify(text)).toEqual(inMemory.classify(text));
  });
});

describe('danger reader', () => {
  const { index, tables } = compile(model);
  const read = createDangerReader(model.danger!, tables.danger!, index);
  /** The reader reads a typing slip of a known stem as that stem (model/spelling.ts); the reference does not. */
  const hasSlip = (text: string) =>
    analyzeText(text).contentWords.some((w) => index.stemId(w.stem) < 0 && index.readStemId(w.stem) >= 0);

  it('gives the probability and lexicon rank of the window-by-window reference', () => {
    const plain = unseen.filter((t) => !hasSlip(t));
    expect(plain.length).toBeGreaterThan(unseen.length * 0.9);
    for (const text of plain) {
      const { words } = analyzeText(text);
      const fast = read(words);
      const reference = readDanger(model.danger!, words);
      expect(fast.lexRank).toBe(reference.lexRank);
      expect(fast.probability).toBeCloseTo(reference.probability, 12);
    }
  });

  it('reads a typing slip as the word it slipped from', () => {
    const text =
      'Tolong pak, anak kami hilang sejak tadi malam, belum ditemukan, mohon bantuan pencarian segera';
    const slipped = text.replace('hilang', 'hilnag').replace('segera', 'segeera');
    expect(hasSlip(slipped)).toBe(true);
    expect(read(analyzeText(slipped).words).probability).toBeCloseTo(
      read(analyzeText(text).words).probability,
      12,
    );
  });
});

describe('text fast paths', () => {
  const require = createRequire(import.meta.url);
  const Tokenizer = require('natural/lib/natural/tokenizers/aggressive_tokenizer_id.js') as new () => {
    tokenize(text: string): string[];
  };
  const natural = new Tokenizer();

  it("tokenizes as natural's AggressiveTokenizerId", () => {
    for (const text of [
      ...unseen.map((t) => t.toLowerCase()),
      ' -a- b--c  ,d\t\ne ',
      '---',
      'x',
      'é ü 12-3 -',
    ]) {
      expect(tokenizeId(text)).toEqual(natural.tokenize(text));
    }
  });

  it('finds the region from the cleaned text and from its tokens as from the raw text', () => {
    for (const text of [...unseen, 'Kec. Sanga-Sanga qqbatasqq Samarinda. Kutai-Kartanegara! Balikpapan']) {
      const { cleaned, tokens } = analyzeText(text);
      expect(regionOfCleaned(cleaned)).toEqual(matchRegion(text));
      expect(regionOfTokens(cleaned, tokens)).toEqual(matchRegion(text));
    }
  });
});
