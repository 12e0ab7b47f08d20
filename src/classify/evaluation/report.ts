// Text of the evaluation report: one column per source (own set, dev file, corpus cross-validation) with
// bootstrap 95% intervals, then the kritis precision/recall curve and reliability tables per source.
import { bootstrap, formatInterval } from './bootstrap.js';
import {
  dangerAveragePrecision,
  kritisPrecision,
  kritisRecall,
  prCurve,
  reliability,
  topicAccuracy,
  topicMacroF1,
} from './figures.js';
import type { EvalRow } from './rows.js';
import { fitPlatt } from '../danger/detector.js';

export interface Source {
  name: string;
  rows: EvalRow[];
}

const FIGURES: [string, (rows: readonly EvalRow[]) => number][] = [
  ['topic accuracy', topicAccuracy],
  ['topic macro-F1', topicMacroF1],
  ['kritis recall', (r) => kritisRecall(r)],
  ['kritis precision', (r) => kritisPrecision(r)],
  ['danger AP', dangerAveragePrecision],
];

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');

export function summaryTable(sources: readonly Source[], resamples = 1000): string {
  const width = 27;
  const head = ['figure'.padEnd(18), ...sources.map((s) => `${s.name} (n=${s.rows.length})`.padEnd(width))];
  const lines = [head.join(' ')];
  for (const [name, figure] of FIGURES) {
    const cells = sources.map((s) => {
      const i = bootstrap(s.rows, figure, resamples);
      return (Number.isFinite(i.value) ? formatInterval(i) : '-').padEnd(width);
    });
    lines.push([name.padEnd(18), ...cells].join(' '));
  }
  const kritisCount = sources.map((s) =>
    `${s.rows.filter((r) => r.goldUrgency === 'kritis').length} of ${s.rows.filter((r) => r.goldUrgency).length}`.padEnd(
      width,
    ),
  );
  lines.push(['kritis rows'.padEnd(18), ...kritisCount].join(' '));
  return lines.join('\n') + '\n';
}

export function curveTable(sources: readonly Source[]): string {
  const withDanger = sources.filter((s) => s.rows.some((r) => r.danger !== null && r.goldUrgency));
  if (!withDanger.length) return '';
  const curves = withDanger.map((s) => prCurve(s.rows));
  const lines = [
    'kritis precision/recall by danger threshold',
    ['threshold', ...withDanger.map((s) => `${s.name} P / R`.padEnd(20))].join('  '),
  ];
  curves[0].forEach((point, i) => {
    const cells = curves.map((c) => `${f3(c[i].precision)} / ${f3(c[i].recall)}`.padEnd(20));
    lines.push([point.threshold.toFixed(2).padEnd(9), ...cells].join('  '));
  });
  return lines.join('\n') + '\n';
}

export function reliabilityTable(source: Source): string {
  const topic = reliability(
    source.rows
      .filter((r) => r.goldTopic)
      .map((r) => ({ confidence: r.topicConfidence, correct: r.topic === r.goldTopic })),
  );
  const danger = reliability(
    source.rows
      .filter((r) => r.goldUrgency && r.danger !== null)
      .map((r) => ({ confidence: r.danger!, correct: r.goldUrgency === 'kritis' })),
  );
  const lines = [`reliability, ${source.name} (bin: n, mean score -> observed rate)`];
  topic.forEach((b, i) => {
    const d = danger[i];
    lines.push(
      `  ${b.from.toFixed(1)}-${b.to.toFixed(1)}  topic ${String(b.n).padStart(5)}, ${f3(b.meanConfidence)} -> ${f3(b.accuracy)}` +
        `   danger ${String(d?.n ?? 0).padStart(5)}, ${f3(d?.meanConfidence ?? NaN)} -> ${f3(d?.accuracy ?? NaN)}`,
    );
  });
  return lines.join('\n') + '\n';
}

/** A Platt fit of topic confidence against correctness on these rows (for TOPIC_CONFIDENCE_PLATT in train.ts;
 *  fit it on cross-validation rows, composing with the mapping already applied). */
export function topicCalibrationFit(source: Source): string {
  const pairs = source.rows
    .filter((r) => r.goldTopic)
    .map((r) => ({ p: r.topicConfidence, kritis: r.topic === r.goldTopic }));
  const { a, b } = fitPlatt(pairs);
  return `topic confidence Platt fit on ${source.name}: a=${a} b=${b} (applied on top of the current mapping)\n`;
}
