// `aspirasi train [--corrections FILE.jsonl] [--corpus DIR] [--out DIR]`: retrains from the corpus plus
// officer corrections and writes the next models/classifier-v<N>.json.
import { readCorpus } from '../../classify/corpus.js';
import { readCorrectionsFile, type Correction } from '../../classify/corrections.js';
import { trainAndWrite } from '../../classify/train.js';
import type { Command } from '../command.js';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export const trainCommand: Command = {
  summary:
    'latih ulang model dari data/corpus/*.jsonl (+ --corrections FILE.jsonl), tulis models/classifier-v<N>.json',
  async run(args, { stdout, stderr }) {
    const started = performance.now();
    const { examples, skipped } = readCorpus(option(args, '--corpus'));
    if (!examples.length) {
      stderr.write('Korpus kosong: tidak ada contoh di data/corpus/*.jsonl\n');
      return 1;
    }
    let corrections: Correction[] = [];
    const correctionsFile = option(args, '--corrections');
    if (correctionsFile) {
      const read = readCorrectionsFile(correctionsFile);
      for (const e of read.errors) stderr.write(e + '\n');
      corrections = read.corrections;
    }
    const { path, version } = trainAndWrite(examples, corrections, option(args, '--out'));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    stdout.write(
      `Model ${version} ditulis ke ${path}: ${examples.length} contoh korpus` +
        (skipped ? ` (${skipped} baris dilewati)` : '') +
        `, ${corrections.length} koreksi, ${seconds} detik\n`,
    );
    return 0;
  },
};
