// Classifier speed on one core: cold model load (code + model file) and messages classified per second, over
// the project's own corpus texts (data/corpus) and over its evaluation letters (data/eval, longer, read window
// by window by the danger detector). Baseline in the same run: the same model without the danger detector.
import { readFileSync } from 'node:fs';
import { figure } from './format.js';

const loadStart = performance.now();
const { loadClassifier } = await import('../src/classify/index.js');
const classifier = loadClassifier();
const loadMs = performance.now() - loadStart;

const { createClassifier } = await import('../src/classify/classifier.js');
const { newestModelPath, readModel } = await import('../src/classify/model/model-file.js');
const { readCorpus } = await import('../src/classify/corpus.js');
const baseline = createClassifier({ ...readModel(newestModelPath()!), danger: undefined });

const corpus = readCorpus().examples.map((e) => e.text);
const letters = readFileSync(new URL('../data/eval/urgency.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);

const TOTAL = 30_000;
function throughput(c: { classify(t: string): unknown }, texts: string[]): number {
  // Steady state, as in a running worker: one pass over every text warms the JIT and the stem cache.
  for (const text of texts) c.classify(text);
  const start = performance.now();
  for (let i = 0; i < TOTAL; i++) c.classify(texts[i % texts.length]);
  return TOTAL / ((performance.now() - start) / 1000);
}
const avg = (texts: string[]) => (texts.reduce((a, t) => a + t.length, 0) / texts.length).toFixed(0);

const withDetector = throughput(classifier, corpus);
const without = throughput(baseline, corpus);
const onLetters = throughput(classifier, letters);
console.log(
  `model ${classifier.version}; corpus ${corpus.length} texts (${avg(corpus)} chars avg), eval ${letters.length} (${avg(letters)})`,
);
console.log(figure('classify throughput, corpus', withDetector, 'msg/s', 5000, true));
console.log(figure('classify throughput, eval texts', onLetters, 'msg/s', 5000, true));
console.log(
  `baseline without the danger detector: ${without.toFixed(0)} msg/s (detector costs ${(100 * (1 - withDetector / without)).toFixed(0)}%)`,
);
console.log(figure('model load (cold, incl. code)', loadMs, 'ms', 1000, false));
