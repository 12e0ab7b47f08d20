// `aspirasi eval FILE.jsonl [--model FILE]`: scores the classifier against labelled lines and prints only
// aggregate numbers (never the texts): per-class P/R/F1, accuracy, macro-F1, kritis recall/precision, confusion.
import { readFileSync } from 'node:fs';
import { TOPICS, URGENCIES, MESSAGE_TYPES } from '../../domain/labels.js';
import { loadClassifier } from '../../classify/index.js';
import { confusionTable, scoreLabels, type LabelScores } from '../../classify/metrics.js';
import type { Command } from '../command.js';

const pct = (x: number) => x.toFixed(3);

function report(title: string, s: LabelScores): string {
  const rows = s.perClass
    .filter((c) => c.support > 0 || c.predicted > 0)
    .map(
      (c) =>
        `  ${c.label.padEnd(22)} ${pct(c.precision)}     ${pct(c.recall)}  ${pct(c.f1)}  ${String(c.support).padStart(5)}`,
    );
  return (
    `\n== ${title} (n=${s.n}) ==\n  ${'kelas'.padEnd(22)} precision recall  f1     support\n${rows.join('\n')}\n` +
    `  accuracy ${pct(s.accuracy)}   macro-F1 ${pct(s.macroF1)} (rata-rata kelas yang ada di data)\n`
  );
}

export const evalCommand: Command = {
  summary: 'ukur model terhadap FILE.jsonl berlabel (hanya angka agregat)',
  async run(args, { stdout, stderr }) {
    const modelAt = args.indexOf('--model');
    const file = args.find((a, i) => !a.startsWith('--') && (modelAt < 0 || i !== modelAt + 1));
    if (!file) {
      stderr.write('Penggunaan: npm run eval -- FILE.jsonl [--model FILE]\n');
      return 2;
    }
    const classifier = loadClassifier(modelAt >= 0 ? args[modelAt + 1] : undefined);
    const pairs = {
      topic: [] as [string, string][],
      urgency: [] as [string, string][],
      type: [] as [string, string][],
    };
    let bad = 0;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        let row: Record<string, unknown>;
        try {
          row = JSON.parse(line) as Record<string, unknown>;
        } catch {
          stderr.write(`baris ${i + 1}: bukan JSON yang sah\n`);
          bad++;
          return;
        }
        if (typeof row.text !== 'string') {
          stderr.write(`baris ${i + 1}: kolom "text" tidak ada\n`);
          bad++;
          return;
        }
        const c = classifier.classify(row.text);
        for (const key of ['topic', 'urgency', 'type'] as const) {
          if (typeof row[key] === 'string') pairs[key].push([row[key] as string, c[key]]);
        }
      });
    const topic = scoreLabels(pairs.topic, TOPICS);
    const urgency = scoreLabels(pairs.urgency, URGENCIES);
    const type = scoreLabels(pairs.type, [...MESSAGE_TYPES, 'lainnya']);
    const kritis = urgency.perClass.find((c) => c.label === 'kritis')!;
    stdout.write(`Model ${classifier.version}, file ${file}\n`);
    stdout.write(report('topic', topic));
    stdout.write(confusionTable(pairs.topic, TOPICS) + '\n');
    if (urgency.n) {
      stdout.write(report('urgency', urgency));
      stdout.write(`  kritis: recall ${pct(kritis.recall)}  precision ${pct(kritis.precision)}\n`);
      stdout.write(confusionTable(pairs.urgency, URGENCIES) + '\n');
    }
    if (type.n) stdout.write(report('type', type));
    stdout.write(
      `\nRINGKASAN topic accuracy ${pct(topic.accuracy)} macro-F1 ${pct(topic.macroF1)} | ` +
        `kritis recall ${pct(kritis.recall)} precision ${pct(kritis.precision)} | type accuracy ${pct(type.accuracy)}\n`,
    );
    return bad ? 1 : 0;
  },
};
