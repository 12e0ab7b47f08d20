// A job that failed for good is work nobody will do unless someone looks: count it, and tell the admins live
// (at most once a minute per queue and process, so an outage does not flood them). Best effort by nature: the
// failure may be the database or Redis itself being away.
import type { Job } from 'bullmq';
import { childLog } from '../log.js';
import { finalJobFailures } from '../metrics/metrics.js';
import type { RealtimePublisher } from '../realtime/publisher.js';
import { UserModel } from '../store/index.js';
import type { QueueName } from '../queue/queues.js';
import type { FinalFailureReport } from '../queue/worker.js';

const log = childLog('jobs');
const NOTIFY_EVERY_MS = 60_000;

export function finalFailureReporter(publisher: RealtimePublisher): FinalFailureReport {
  const lastNotified = new Map<QueueName, number>();
  const pending = new Map<QueueName, number>();
  return (queue: QueueName, job: Job | undefined, err: Error) => {
    finalJobFailures.inc({ queue, job: job?.name ?? 'unknown' });
    pending.set(queue, (pending.get(queue) ?? 0) + 1);
    if (Date.now() - (lastNotified.get(queue) ?? 0) < NOTIFY_EVERY_MS) return;
    lastNotified.set(queue, Date.now());
    const count = pending.get(queue) ?? 1;
    pending.set(queue, 0);
    const message =
      `${count} pekerjaan di antrean "${queue}" gagal permanen (terakhir: ${err.message.slice(0, 200)}). ` +
      `Periksa /admin/queues, lalu jalankan ulang: npx aspirasi jobs retry --queue ${queue} --failed`;
    UserModel.find({ role: 'admin', active: true })
      .select('_id')
      .lean()
      .then((admins) => {
        for (const a of admins)
          publisher.toUser(String(a._id), 'notification', { kind: 'job_failed', queue, count, message });
      })
      .catch((e: Error) => log.warn({ err: e.message, queue }, 'could not notify admins of a failed job'));
  };
}
