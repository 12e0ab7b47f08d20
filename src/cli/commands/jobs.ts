// `aspirasi jobs`: the failed work of the queues, seen and run again from a terminal (bull-board at
// /admin/queues shows the same). Re-running is safe: every job resumes or settles, never repeats its effect.
//   npx aspirasi jobs stats
//   npx aspirasi jobs list  --queue inbound --failed [--limit 20]
//   npx aspirasi jobs retry --queue inbound --failed
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import { ConfigError, loadConfig } from '../../config.js';
import { QUEUE_NAMES, type QueueName } from '../../queue/queues.js';
import { createRedis, pingRedis } from '../../queue/redis.js';
import type { Command, CommandIo } from '../command.js';

const NAMES = Object.values(QUEUE_NAMES) as string[];
const USAGE =
  'Penggunaan:\n' +
  '  npx aspirasi jobs stats\n' +
  '  npx aspirasi jobs list  --queue <antrean> --failed [--limit 20]\n' +
  '  npx aspirasi jobs retry --queue <antrean> --failed\n' +
  `Antrean: ${NAMES.join(', ')}\n`;

type Options = { queue?: string; failed?: boolean; limit?: string };

function parse(args: string[]): { action: string; opts: Options } | string {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { queue: { type: 'string' }, failed: { type: 'boolean' }, limit: { type: 'string' } },
    });
  } catch (err) {
    return `${(err as Error).message}\n\n${USAGE}`;
  }
  const [action] = parsed.positionals;
  if (!action || !['stats', 'list', 'retry'].includes(action)) return USAGE;
  const opts = parsed.values as Options;
  if (action !== 'stats') {
    if (!opts.queue || !NAMES.includes(opts.queue))
      return `--queue wajib, salah satu dari: ${NAMES.join(', ')}\n\n${USAGE}`;
    if (!opts.failed)
      return `Sebutkan --failed (hanya pekerjaan yang gagal yang bisa dijalankan ulang).\n\n${USAGE}`;
  }
  if (opts.limit !== undefined && !/^\d{1,4}$/.test(opts.limit)) return '--limit harus bilangan 1-9999\n';
  return { action, opts };
}

async function run(action: string, opts: Options, queueOf: (name: string) => Queue, io: CommandIo) {
  if (action === 'stats') {
    for (const name of NAMES) {
      const c = await queueOf(name).getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
      io.stdout.write(
        `${name.padEnd(12)} menunggu ${c.waiting}  berjalan ${c.active}  tertunda ${c.delayed}  ` +
          `gagal ${c.failed}  selesai ${c.completed}\n`,
      );
    }
    return 0;
  }
  const queue = queueOf(opts.queue as QueueName);
  if (action === 'list') {
    const jobs = await queue.getFailed(0, Number(opts.limit ?? 20) - 1);
    if (jobs.length === 0) io.stdout.write(`Tidak ada pekerjaan gagal di antrean ${queue.name}.\n`);
    for (const j of jobs) {
      const at = j.finishedOn ? new Date(j.finishedOn).toISOString() : '-';
      io.stdout.write(`${j.id}  ${j.name}  ${at}  percobaan ${j.attemptsMade}  ${j.failedReason}\n`);
    }
    return 0;
  }
  // One by one rather than queue.retryJobs: each job gets its full set of attempts (and backoff) again.
  let retried = 0;
  for (let total = await queue.getFailedCount(); retried < total;) {
    const batch = await queue.getFailed(0, Math.min(199, total - retried - 1));
    if (batch.length === 0) break;
    for (const job of batch)
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    retried += batch.length;
  }
  io.stdout.write(`${retried} pekerjaan gagal di antrean ${queue.name} dijalankan ulang.\n`);
  return 0;
}

export const jobsCommand: Command = {
  summary: 'lihat dan jalankan ulang pekerjaan antrean yang gagal (stats | list | retry --queue X --failed)',
  async run(args, io) {
    const parsed = parse(args);
    if (typeof parsed === 'string') {
      io.stderr.write(parsed);
      return 2;
    }
    let config;
    try {
      config = loadConfig();
    } catch (err) {
      io.stderr.write(`${(err as ConfigError).message}\n`);
      return 2;
    }
    if (!(await pingRedis(config.REDIS_URL))) {
      io.stderr.write(`Redis di ${new URL(config.REDIS_URL).host} tidak menjawab; periksa REDIS_URL.\n`);
      return 1;
    }
    const connection = createRedis(config.REDIS_URL);
    const queues = new Map<string, Queue>();
    const queueOf = (name: string) => {
      if (!queues.has(name)) queues.set(name, new Queue(name, { connection, prefix: config.QUEUE_PREFIX }));
      return queues.get(name)!;
    };
    try {
      return await run(parsed.action, parsed.opts, queueOf, io);
    } finally {
      await Promise.all([...queues.values()].map((q) => q.close()));
      connection.disconnect();
    }
  },
};
