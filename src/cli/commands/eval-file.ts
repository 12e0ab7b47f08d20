// Reads a labelled JSONL file for `aspirasi eval`: evaluated rows plus (gold, predicted) pairs per label for the
// detailed per-class report.
import { readFileSync } from 'node:fs';
import { MESSAGE_TYPES, TOPICS, URGENCIES } from '../../domain/labels.js';
import type { Classifier } from '../../classify/index.js';
import { evaluateText, type EvalRow } from '../../classify/evaluation/rows.js';
import { withTypos } from '../../classify/evaluation/typos.js';
import { confusionTable, scoreLabels, type LabelScores } from '../../classify/metrics.js';

type Pairs = Record<'topic' | 'urgency' | 'type', [string, string][]>;

/** `typoRate` > 0 adds typing slips to every text first (evaluation/typos.ts; seeded by line). */
export function readLabelledFile(
  classifier: Classifier,
  file: string,
  typoRate = 0,
): {
  rows: EvalRow[];
  texts: string[];
  cases: (string | undefined)[];
  /** the row's hand-given error class (`"class"`), e.g. in data/eval/urgency-blind.jsonl */
  classes: (string | undefined)[];
  pairs: Pairs;
  errors: string[];
} {
  const rows: EvalRow[] = [];
  const texts: string[] = [];
  const cases: (string | undefined)[] = [];
  const classes: (string | undefined)[] = [];
  const pairs: Pairs = { topic: [], urgency: [], type: [] };
  const errors: string[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let row: Record<string, unknown>;
      try {
        row = JSON.parse(line) as Record<string, unknown>;
      } catch {
        errors.push(`${file} baris ${i + 1}: bukan JSON yang sah`);
        return;
      }
      if (typeof row.text !== 'string') {
        errors.push(`${file} baris ${i + 1}: kolom "text" tidak ada`);
        return;
      }
      const str = (k: string) => (typeof row[k] === 'string' ? (row[k] as string) : undefined);
      const text = typoRate > 0 ? withTypos(row.text, typoRate, i + 1) : row.text;
      const evaluated = evaluateText(classifier, text, { topic: str('topic'), urgency: str('urgency') });
      rows.push(evaluated);
      texts.push(text);
      cases.push(str('case'));
      classes.push(str('class'));
      if (str('topic')) pairs.topic.push([str('topic')!, evaluated.topic]);
      if (str('urgency')) pairs.urgency.push([str('urgency')!, evaluated.urgency]);
      if (str('type')) pairs.type.push([str('type')!, evaluated.type!]);
    });
  return { rows, texts, cases, classes, pairs, errors };
}

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

export function detailReport(file: string, pairs: Pairs): string {
  let out = `\n##### ${file}\n` + report('topic', scoreLabels(pairs.topic, TOPICS));
  out += confusionTable(pairs.topic, TOPICS) + '\n';
  if (pairs.urgency.length) {
    out += report('urgency', scoreLabels(pairs.urgency, URGENCIES));
    out += confusionTable(pairs.urgency, URGENCIES) + '\n';
  }
  if (pairs.type.length) out += report('type', scoreLabels(pairs.type, [...MESSAGE_TYPES, 'lainnya']));
  return out;
}
