// Classifier speed on one core: cold model load (code + model file) and messages classified per second, over
// the project's own corpus texts (data/corpus, ~300 chars, long formal letters among them) and its evaluation
// texts (data/eval, shorter). Baselines in the same run: the same model without the danger detector
// (throughput), and the same model stored as a format-1 file (weights as JSON maps), loaded cold in a child
// process as the compact file is (load). A third run types every text anew with slips (evaluation/typos.ts), so
// each carries words no cache has seen: the price of the speller (model/spelling.ts) on a live stream.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figure } from './format.js';

const loadStart = performance.now();
const { loadClassifier } = await import('../src/classify/index.js');
const classifier = loadClassifier();
const loadMs = performance.now() - loadStart;

const { createClassifier } = await import('../src/classify/classifier.js');
const { newestModelPath, readModel } = await import('../src/classify/model/model-file.js');
const { readCorpus } = await import('../src/classify/corpus.js');
const { withTypos } = await import('../src/classify/evaluation/typos.js');
const modelPath = newestModelPath()!;
const model = readModel(modelPath);
const baseline = createClassifier({ ...model, danger: undefined });

const corpus = readCorpus().examples.map((e) => e.text);
const letters = readFileSync(new URL('../data/eval/urgency.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);

const TOTAL = 30_000;
/** Messages per CPU-second of the last throughput run: on a shared machine the wall-clock figure also counts
 *  the time other processes held the core. */
let perCpuSecond = 0;
function throughput(c: { classify(t: string): unknown }, texts: string[], warm = texts): number {
  // Steady state, as in a running worker: one pass over every text warms the JIT and the word caches.
  for (const text of warm) c.classify(text);
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < TOTAL; i++) c.classify(texts[i % texts.length]);
  const used = process.cpuUsage(cpu);
  perCpuSecond = TOTAL / ((used.user + used.system) / 1e6);
  return TOTAL / ((performance.now() - start) / 1000);
}
const avg = (texts: string[]) => (texts.reduce((a, t) => a + t.length, 0) / texts.length).toFixed(0);

/** Cold load (code + file) in a fresh process, as at the start of this bench. */
function coldLoadMs(path: string): number {
  const script =
    `const t = performance.now(); const { loadClassifier } = await import(${JSON.stringify(
      new URL('../src/classify/index.ts', import.meta.url).href,
    )}); ` + `loadClassifier(${JSON.stringify(path)}); console.log(performance.now() - t);`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  return Number(run.stdout.trim().split('\n').pop());
}

const withDetector = throughput(classifier, corpus);
const withDetectorCpu = perCpuSecond;
const without = throughput(baseline, corpus);
const withoutCpu = perCpuSecond;
const onLetters = throughput(classifier, letters);
// Fresh slips in every text: no pass over these beforehand, so their misspelt words meet empty caches.
const misspelt = Array.from({ length: TOTAL }, (_, i) => withTypos(corpus[i % corpus.length], 0.15, i + 1));
const onMisspelt = throughput(classifier, misspelt, corpus);

const dir = mkdtempSync(join(tmpdir(), 'aspirasi-bench-'));
const oldFormat = join(dir, 'classifier-v1.json');
writeFileSync(oldFormat, JSON.stringify({ ...model, format: 'aspirasi-classifier/1' }));
const compactMs = coldLoadMs(modelPath);
const oldFormatMs = coldLoadMs(oldFormat);
rmSync(dir, { recursive: true, force: true });

console.log(
  `model ${classifier.version}; corpus ${corpus.length} texts (${avg(corpus)} chars avg), eval ${letters.length} (${avg(letters)})`,
);
console.log(figure('classify throughput, corpus', withDetector, 'msg/s', 5000, true));
console.log(figure('classify throughput, eval texts', onLetters, 'msg/s', 5000, true));
console.log(figure('classify throughput, corpus, new typos', onMisspelt, 'msg/s', 5000, true));
console.log(
  `baseline without the danger detector: ${without.toFixed(0)} msg/s (detector costs ${(100 * (1 - withDetector / without)).toFixed(0)}%)`,
);
console.log(
  `per CPU-second (excludes time other processes held the core): corpus ${withDetectorCpu.toFixed(0)} msg/s, ` +
    `without the detector ${withoutCpu.toFixed(0)} msg/s`,
);
console.log(figure('model load (cold, incl. code)', loadMs, 'ms', 1000, false));
console.log(
  `cold load in a fresh process: ${compactMs.toFixed(0)} ms; same model as a format-1 file (JSON maps): ` +
    `${oldFormatMs.toFixed(0)} ms (ratio ${(oldFormatMs / compactMs).toFixed(2)})`,
);
