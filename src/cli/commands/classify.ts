// `aspirasi classify`: stdin JSON lines {"text"} -> stdout JSON lines with the labels, confidence and PII spans.
// A bad line is reported on stderr with its number; the others are still classified; exit code 1 at the end.
import { createInterface } from 'node:readline';
import { loadClassifier } from '../../classify/index.js';
import type { Command } from '../command.js';

export const classifyCommand: Command = {
  summary: 'klasifikasi baris JSON {"text"} dari stdin ke stdout (--model FILE untuk model tertentu)',
  async run(args, { stdin, stdout, stderr }) {
    const modelAt = args.indexOf('--model');
    const classifier = loadClassifier(modelAt >= 0 ? args[modelAt + 1] : undefined);
    let lineNo = 0;
    let failures = 0;
    const out: string[] = [];
    const flush = () => {
      if (out.length) stdout.write(out.join(''));
      out.length = 0;
    };
    for await (const line of createInterface({ input: stdin, crlfDelay: Infinity })) {
      lineNo++;
      if (!line.trim()) continue;
      let text: unknown;
      try {
        text = (JSON.parse(line) as { text?: unknown })?.text;
      } catch {
        stderr.write(`baris ${lineNo}: bukan JSON yang sah\n`);
        failures++;
        continue;
      }
      if (typeof text !== 'string') {
        stderr.write(`baris ${lineNo}: kolom "text" (string) tidak ada\n`);
        failures++;
        continue;
      }
      const c = classifier.classify(text);
      out.push(
        JSON.stringify({
          topic: c.topic,
          urgency: c.urgency,
          type: c.type,
          region: c.region,
          confidence: c.confidence,
          pii: c.pii,
          modelVersion: c.modelVersion,
        }) + '\n',
      );
      if (out.length >= 256) flush();
    }
    flush();
    if (failures) stderr.write(`${failures} baris gagal diproses\n`);
    return failures ? 1 : 0;
  },
};
