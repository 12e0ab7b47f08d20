import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorrectionsFile } from '../../../src/classify/corrections.js';
import { loadClassifier } from '../../../src/classify/index.js';
import { trainAndWrite, trainingDigest } from '../../../src/classify/train.js';
import type { LabelledExample } from '../../../src/classify/corpus.js';

const examples: LabelledExample[] = [
  {
    text: 'jalan berlubang parah mohon diaspal',
    topic: 'infrastruktur',
    urgency: 'normal',
    type: 'pengaduan',
  },
  { text: 'lampu jalan mati sudah seminggu', topic: 'infrastruktur', urgency: 'normal', type: 'pengaduan' },
  { text: 'sampah menumpuk di tps bau sekali', topic: 'lingkungan', urgency: 'normal', type: 'pengaduan' },
  { text: 'kapan truk sampah lewat?', topic: 'lingkungan', urgency: 'rendah', type: 'permintaan_informasi' },
];

describe('training', () => {
  it('writes numbered model versions that load and record their version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aspirasi-models-'));
    expect(trainAndWrite(examples, [], dir).version).toBe('v1');
    expect(trainAndWrite(examples, [], dir).version).toBe('v2');
    expect(readdirSync(dir).sort()).toEqual(['classifier-v1.json', 'classifier-v2.json']);
    const classifier = loadClassifier(join(dir, 'classifier-v2.json'));
    expect(classifier.version).toBe('v2');
    expect(classifier.classify('sampah di tps numpuk').modelVersion).toBe('v2');
  });

  it('reads corrections and reports bad lines by number', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aspirasi-corr-'));
    const file = join(dir, 'c.jsonl');
    writeFileSync(
      file,
      '{"text":"tiang listrik miring","topic":"energi"}\nnope\n{"text":"x","topic":"bukan_topik"}\n',
    );
    const { corrections, errors } = readCorrectionsFile(file);
    expect(corrections).toEqual([{ text: 'tiang listrik miring', topic: 'energi' }]);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('baris 2');
  });

  it('stamps the corpus digest into the model, and an edited corpus has another digest', () => {
    const corpus = mkdtempSync(join(tmpdir(), 'aspirasi-corpus-'));
    const file = join(corpus, 'infrastruktur.jsonl');
    writeFileSync(file, examples.map((e) => JSON.stringify(e)).join('\n') + '\n');
    const before = trainingDigest(corpus);
    expect(trainingDigest(corpus)).toBe(before);
    const dir = mkdtempSync(join(tmpdir(), 'aspirasi-models-'));
    const { path } = trainAndWrite(examples, [], dir, before);
    expect(JSON.parse(readFileSync(path, 'utf8')).trainedOn.digest).toBe(before);
    appendFileSync(file, JSON.stringify({ text: 'gorong-gorong ambrol', topic: 'infrastruktur' }) + '\n');
    expect(trainingDigest(corpus)).not.toBe(before);
  });
});
