// `aspirasi train [--db] [--corrections FILE.jsonl] [--corpus DIR] [--out DIR]`: retrains from the corpus plus
// officer corrections (from MongoDB's audit log with --db, or a file) and writes the next models/classifier-v<N>.json.
import { readCorpus } from '../../classify/corpus.js';
import { readCorrectionsFile, type Correction } from '../../classify/corrections.js';
import { trainAndWrite, trainingDigest } from '../../classify/train.js';
import type { Command } from '../command.js';
import { publishModelUpdatedTo } from '../../pipeline/model-updates.js';
import { correctionsFromEvents } from '../../training/db-corrections.js';
import { connectDatabase, disconnectDatabase } from '../../store/index.js';

/** Officers' corrections stored as "reclassified" events in MONGODB_URI. */
async function databaseCorrections(): Promise<Correction[] | string> {
  const uri = process.env.MONGODB_URI;
  if (!uri) return '--db butuh MONGODB_URI (basis data tempat koreksi petugas disimpan).';
  await connectDatabase(uri);
  try {
    return await correctionsFromEvents();
  } finally {
    await disconnectDatabase();
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export const trainCommand: Command = {
  summary:
    'latih ulang model dari data/corpus/*.jsonl (+ koreksi petugas: --db dari MONGODB_URI, --corrections FILE.jsonl)',
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
    if (args.includes('--db')) {
      const fromDb = await databaseCorrections();
      if (typeof fromDb === 'string') {
        stderr.write(fromDb + '\n');
        return 2;
      }
      corrections = [...corrections, ...fromDb];
    }
    const { path, version } = trainAndWrite(
      examples,
      corrections,
      option(args, '--out'),
      trainingDigest(option(args, '--corpus')),
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    stdout.write(
      `Model ${version} ditulis ke ${path}: ${examples.length} contoh korpus` +
        (skipped ? ` (${skipped} baris dilewati)` : '') +
        `, ${corrections.length} koreksi, ${seconds} detik\n`,
    );
    // Running workers reload on this message (src/pipeline/model-updates.ts); without Redis they pick the
    // model up when they next connect or start.
    const redisUrl = process.env.REDIS_URL;
    if (redisUrl) {
      const told = await publishModelUpdatedTo(redisUrl, version);
      stdout.write(
        told
          ? `Proses yang berjalan diberi tahu lewat Redis: model ${version} dipakai untuk pesan baru.\n`
          : `Redis tidak terjangkau: proses yang berjalan memakai ${version} saat tersambung kembali.\n`,
      );
    }
    return 0;
  },
};
