// `npx aspirasi simulate`: streams realistic signed webhooks (texts from the project's own corpus) at a server.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { signGenericBody } from '../../../adapters/generic/index.js';
import { DEV_GENERIC_WEBHOOK_SECRET } from '../../config.js';
import type { Command } from '../command.js';

const NAMES = [
  'Rahmad',
  'Siti Aisyah',
  'Yohanes',
  'Fitriani',
  'Bambang S',
  'Nurul',
  'Dayak_Borneo88',
  'Ayu Lestari',
  'Hj. Salmah',
  'Irfan',
];

function corpusTexts(dir = 'data/corpus'): string[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
  return files.flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
}

export const simulateCommand: Command = {
  summary:
    'kirim webhook bertanda tangan yang realistis ke server yang berjalan (--url, --count, --interval)',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        url: { type: 'string', default: process.env.ASPIRASI_URL ?? 'http://localhost:3000' },
        count: { type: 'string', default: '20' },
        interval: { type: 'string', default: '500' },
        source: { type: 'string', default: 'lapor-web' },
      },
    });
    const count = Number(values.count);
    const interval = Number(values.interval);
    if (!Number.isInteger(count) || count < 1 || !Number.isFinite(interval) || interval < 0) {
      io.stderr.write('--count harus bilangan bulat ≥ 1 dan --interval (ms) ≥ 0.\n');
      return 2;
    }
    const secret = process.env.GENERIC_WEBHOOK_SECRET || DEV_GENERIC_WEBHOOK_SECRET;
    const texts = corpusTexts();
    const runId = Date.now().toString(36);
    let failed = 0;
    for (let i = 1; i <= count; i++) {
      const author = Math.floor(Math.random() * 1e6);
      const body = JSON.stringify({
        id: `sim-${runId}-${i}`,
        author: { id: `sim-${author}`, name: NAMES[author % NAMES.length] },
        text: texts[Math.floor(Math.random() * texts.length)],
        createdAt: new Date().toISOString(),
      });
      try {
        const res = await fetch(`${values.url}/webhooks/generic/${values.source}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-aspirasi-signature': signGenericBody(secret, body),
          },
          body,
        });
        if (!res.ok) failed++;
        io.stdout.write(`[${i}/${count}] HTTP ${res.status}${res.ok ? '' : ` ${await res.text()}`}\n`);
      } catch (err) {
        io.stderr.write(
          `Server ${values.url} tidak dapat dihubungi (${(err as Error).message}). Sudah \`npm start\`?\n`,
        );
        return 1;
      }
      if (interval) await new Promise((r) => setTimeout(r, interval));
    }
    io.stdout.write(`Selesai: ${count - failed} terkirim, ${failed} gagal.\n`);
    return failed ? 1 : 0;
  },
};
