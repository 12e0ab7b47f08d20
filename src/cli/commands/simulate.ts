// `npx aspirasi simulate`: streams realistic signed webhooks at a running server, spread over the channels whose
// adapters declare samples (website form, Facebook, Instagram, WhatsApp, Telegram, X, TikTok), with texts from the
// project's own corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sampleChannels, type Citizen } from '../simulate/deliveries.js';
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
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { text: string }).text),
    );
}

const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)];

function randomCitizen(): Citizen {
  const n = Math.floor(Math.random() * 1e8);
  return {
    id: `7${String(n).padStart(15, '0')}`,
    name: NAMES[n % NAMES.length],
    phone: `628${String(n).padStart(10, '0')}`,
  };
}

export const simulateCommand: Command = {
  summary: 'kirim webhook bertanda tangan yang realistis ke server (--url, --count, --interval, --channels)',
  async run(args, io) {
    let CHANNELS: ReturnType<typeof sampleChannels>;
    try {
      CHANNELS = sampleChannels();
    } catch (err) {
      io.stderr.write(`${(err as Error).message}\n`);
      return 2;
    }
    const { values } = parseArgs({
      args,
      options: {
        url: { type: 'string', default: process.env.ASPIRASI_URL ?? 'http://localhost:3000' },
        count: { type: 'string', default: '20' },
        interval: { type: 'string', default: '500' },
        channels: { type: 'string', default: Object.keys(CHANNELS).join(',') },
      },
    });
    const count = Number(values.count);
    const interval = Number(values.interval);
    const channels = values.channels.split(',').map((c) => c.trim()) as string[];
    const unknown = channels.filter((c) => !(c in CHANNELS));
    if (
      !Number.isInteger(count) ||
      count < 1 ||
      !Number.isFinite(interval) ||
      interval < 0 ||
      unknown.length
    ) {
      io.stderr.write(
        '--count harus bilangan bulat ≥ 1, --interval (ms) ≥ 0, dan --channels dari: ' +
          `${Object.keys(CHANNELS).join(', ')}${unknown.length ? ` (tidak dikenal: ${unknown.join(', ')})` : ''}.\n`,
      );
      return 2;
    }
    const texts = corpusTexts();
    const runId = Date.now().toString(36);
    let failed = 0;
    for (let i = 1; i <= count; i++) {
      const channel = channels[(i - 1) % channels.length];
      const sample = CHANNELS[channel](
        { id: `sim${runId}${i}`, n: (Date.now() % 1e9) + i },
        randomCitizen(),
        pick(texts),
      );
      try {
        if (sample.deliver) {
          const { ok, status } = await sample.deliver();
          if (!ok) failed++;
          io.stdout.write(`[${i}/${count}] ${channel.padEnd(9)} ${status}\n`);
          if (interval) await new Promise((r) => setTimeout(r, interval));
          continue;
        }
        const delivery = sample.prepare ? await sample.prepare(values.url) : sample;
        const res = await fetch(`${values.url}${delivery.path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...delivery.headers },
          body: delivery.body,
          signal: AbortSignal.timeout(15_000), // a server that accepts but never answers must not hang the CLI
        });
        if (!res.ok) failed++;
        io.stdout.write(
          `[${i}/${count}] ${channel.padEnd(9)} HTTP ${res.status}${res.ok ? '' : ` ${await res.text()}`}\n`,
        );
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
