// Open-loop load: new cases sent on a fixed schedule whatever the answers, each timed until its conversation is
// pushed to the inbox; the resident size of the given processes is sampled throughout.
import type { Socket } from 'socket.io-client';
import { genericDeliveryHeaders } from '../../adapters/generic/index.js';
import { BENCH_SOURCE } from './generic-requests.js';
import type { Child } from './processes.js';

const SAMPLES = 12;

export async function steadyRate(opts: {
  url: string;
  socket: Socket;
  secret: string;
  rate: number;
  seconds: number;
  processes: Record<string, Child>;
}) {
  const run = Date.now().toString(36);
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  opts.socket.on('conversation:new', (e: { conversation: { preview: string } }) => {
    const code = /kode ([\w-]+)/.exec(e.conversation.preview)?.[1];
    const at = code ? sentAt.get(code) : undefined;
    if (at === undefined) return;
    latencies.push(performance.now() - at);
    sentAt.delete(code!);
  });
  const rss: Record<string, number[]> = Object.fromEntries(Object.keys(opts.processes).map((k) => [k, []]));
  const sample = () => {
    for (const [name, child] of Object.entries(opts.processes)) rss[name].push(child.rssMiB());
  };
  const total = Math.round(opts.rate * opts.seconds);
  const every = Math.max(1, Math.floor(total / SAMPLES));
  const started = performance.now();
  const sends: Promise<unknown>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / opts.rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (i % every === 0) sample();
    const code = `${run}-${i}`;
    const body = JSON.stringify({
      id: code,
      author: { id: `steady-${code}`, name: 'Warga' },
      threadId: code,
      text: `Lampu jalan di gang ${i % 50} mati sejak kemarin, kode ${code}`,
      createdAt: new Date().toISOString(),
    });
    sentAt.set(code, performance.now());
    sends.push(
      fetch(`${opts.url}/webhooks/generic/${BENCH_SOURCE}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...genericDeliveryHeaders(opts.secret, BENCH_SOURCE, body),
        },
        body,
      }).catch(() => null),
    );
  }
  await Promise.all(sends);
  // Whatever is still in the pipeline gets a minute to arrive.
  const deadline = performance.now() + 60_000;
  while (sentAt.size > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  sample();
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  return {
    sent: total,
    delivered: latencies.length,
    p50: at(0.5),
    p99: at(0.99),
    max: sorted.at(-1) ?? NaN,
    rss,
  };
}

/** Messages the pipeline stores and pushes per second while senders keep the queue full (a real MongoDB only). */
export async function sustainedThroughput(opts: {
  url: string;
  socket: Socket;
  secret: string;
  seconds: number;
}) {
  const port = Number(new URL(opts.url).port);
  let pushed = 0;
  const count = () => void pushed++;
  opts.socket.on('conversation:new', count);
  const { runLoad } = await import('./load.js');
  const { prepareDeliveries } = await import('./generic-requests.js');
  const window = runLoad({
    port,
    next: prepareDeliveries(opts.secret, 200_000),
    concurrency: 4,
    durationMs: opts.seconds * 1000,
  });
  await new Promise((r) => setTimeout(r, 5000)); // the queue fills; count from here
  const from = pushed;
  await new Promise((r) => setTimeout(r, (opts.seconds - 5) * 1000));
  const perSecond = (pushed - from) / (opts.seconds - 5);
  await window;
  opts.socket.off('conversation:new', count);
  return perSecond;
}
