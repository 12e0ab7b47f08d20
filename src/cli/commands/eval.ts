// `aspirasi eval [FILE.jsonl ...] [--cv] [--model FILE] [--detail] [--typos RATE]`: scores the classifier against labelled
// lines and prints only aggregate numbers (never the texts). Without files it reads the project's own sets in
// data/eval (listed in OWN_SETS, described in data/eval/README.md; rows with a "class" are also reported per
// class). Each source is one column with bootstrap 95% intervals (rows marked with a "case", e.g. the topic set's
// boundary cases, get a column of their own as well); --cv adds 5-fold corpus cross-validation; then the kritis
// precision/recall curve and reliability tables. --typos adds typing slips to that share of words first.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadClassifier, readCorpus } from '../../classify/index.js';
import { crossValidate } from '../../classify/evaluation/cross-validate.js';
import {
  curveTable,
  reliabilityTable,
  summaryTable,
  topicCalibrationFit,
  type Source,
} from '../../classify/evaluation/report.js';
import type { Command } from '../command.js';
import {
  errorClassTable,
  formatErrorClasses,
  formatLabelledClasses,
  labelledClassTable,
} from '../../classify/evaluation/error-classes.js';
import { readLabelledFile, detailReport } from './eval-file.js';

const OWN_SETS = [
  'urgency',
  'topic',
  'urgency-blind',
  'topic-blind',
  'portal-blind',
  'desk-blind',
  'jateng-blind',
  'letters-blind-a',
  'letters-blind-b',
  'tail-blind',
  'letters-blind-c',
  'judge-blind-d',
  'understated-blind',
  'everyday',
].map((name) => fileURLToPath(new URL(`../../../data/eval/${name}.jsonl`, import.meta.url)));

export const evalCommand: Command = {
  summary: 'ukur model terhadap FILE.jsonl berlabel (+ --cv validasi silang korpus); hanya angka agregat',
  async run(args, { stdout, stderr }) {
    const modelAt = args.indexOf('--model');
    const typosAt = args.indexOf('--typos');
    const typoRate = typosAt >= 0 ? Number(args[typosAt + 1]) : 0;
    if (typosAt >= 0 && !(typoRate > 0 && typoRate <= 1)) {
      stderr.write(
        '--typos butuh angka di atas 0 sampai 1 (bagian kata yang diberi salah ketik), mis. --typos 0.15\n',
      );
      return 2;
    }
    const valueAt = new Set([modelAt, typosAt].filter((i) => i >= 0).map((i) => i + 1));
    const files = args.filter((a, i) => !a.startsWith('--') && !valueAt.has(i));
    if (!files.length) files.push(...OWN_SETS);
    for (const file of files) {
      if (!existsSync(file)) {
        stderr.write(`File tidak ditemukan: ${file}\nPenggunaan: npm run eval -- [FILE.jsonl ...] [--cv]\n`);
        return 2;
      }
    }
    const classifier = loadClassifier(modelAt >= 0 ? args[modelAt + 1] : undefined);
    stdout.write(`Model ${classifier.version}\n`);
    const sources: Source[] = [];
    let bad = 0;
    const classes: string[] = [];
    for (const file of files) {
      const read = readLabelledFile(classifier, file, typoRate);
      for (const e of read.errors) stderr.write(e + '\n');
      bad += read.errors.length;
      sources.push({ name: basename(file, '.jsonl'), rows: read.rows });
      for (const c of new Set(read.cases.filter((x): x is string => x !== undefined))) {
        sources.push({
          name: `${basename(file, '.jsonl')}/${c}`,
          rows: read.rows.filter((_, i) => read.cases[i] === c),
        });
      }
      if (args.includes('--detail')) stdout.write(detailReport(file, read.pairs));
      if (read.rows.some((r) => r.goldUrgency)) {
        classes.push(formatErrorClasses(basename(file, '.jsonl'), errorClassTable(read.rows, read.texts)));
      }
      if (read.classes.some((c) => c !== undefined)) {
        classes.push(
          formatLabelledClasses(basename(file, '.jsonl'), labelledClassTable(read.rows, read.classes)),
        );
      }
    }
    if (args.includes('--cv')) {
      stderr.write('Validasi silang 5 lipatan atas korpus (melatih 5 model)…\n');
      sources.push({ name: 'corpus-cv', rows: crossValidate(readCorpus().examples) });
    }
    stdout.write('\n' + summaryTable(sources) + '\n' + curveTable(sources) + '\n');
    for (const s of sources) stdout.write(reliabilityTable(s));
    stdout.write('\n' + classes.join('\n'));
    const cv = sources.find((s) => s.name === 'corpus-cv');
    if (cv) stdout.write(topicCalibrationFit(cv));
    return bad ? 1 : 0;
  },
};
