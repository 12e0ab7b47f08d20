// Classifier speed on one core: cold model load (code + model file) and messages classified per second,
// over the project's own corpus texts (data/corpus), short social-media messages like production traffic.
import { figure } from './format.js';

const loadStart = performance.now();
const { loadClassifier } = await import('../src/classify/index.js');
const classifier = loadClassifier();
const loadMs = performance.now() - loadStart;

const { readCorpus } = await import('../src/classify/corpus.js');
let texts = readCorpus().examples.map((e) => e.text);
if (texts.length < 50) {
  texts = [
    'jln di depan rmh sy rusak parah bangeeet, tlg diperbaiki pak',
    'banjir lagi di samarinda, air udh masuk rumah 😭',
    'kapan bansos PKH cair min?',
    'terima kasih pak wali, PJU di gang kami sudah nyala',
    'SLOT GACOR depo 10rb cek bio',
  ];
}

const TOTAL = 50_000;
// Steady state, as in a running worker: one pass over every text warms the JIT and the stem cache.
for (const text of texts) classifier.classify(text);
const start = performance.now();
for (let i = 0; i < TOTAL; i++) classifier.classify(texts[i % texts.length]);
const seconds = (performance.now() - start) / 1000;
const avgChars = texts.reduce((a, t) => a + t.length, 0) / texts.length;

console.log(
  `model ${classifier.version}, ${texts.length} distinct texts, ${avgChars.toFixed(0)} chars on average`,
);
console.log(figure('classify throughput (one core)', TOTAL / seconds, 'msg/s', 5000, true));
console.log(figure('model load (cold, incl. code)', loadMs, 'ms', 1000, false));
