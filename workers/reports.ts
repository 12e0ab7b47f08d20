// The reports worker: the monthly schedule and one job per scope that builds and e-mails its report
// (src/reports/monthly/deliver.ts).
import type { AppContext } from '../src/context.js';
import { childLog } from '../src/log.js';
import { QUEUE_NAMES } from '../src/queue/queues.js';
import { startQueueWorker } from '../src/queue/worker.js';
import {
  enqueueMonthlyReports,
  MONTHLY_SCHEDULE_JOB,
  sendMonthlyReport,
  type MonthlyReportJob,
} from '../src/reports/monthly/deliver.js';

const log = childLog('worker:reports');

export function startReportsWorker(ctx: AppContext) {
  const mail = { smtpUrl: ctx.config.SMTP_URL, from: ctx.config.MAIL_FROM };
  return startQueueWorker<MonthlyReportJob>(
    ctx.config,
    QUEUE_NAMES.reports,
    async (job) => {
      if (job.name === MONTHLY_SCHEDULE_JOB) return enqueueMonthlyReports(ctx.queues.reports);
      const result = await sendMonthlyReport(ctx.redis, ctx.config.QUEUE_PREFIX, mail, job.data);
      if (!result.sent) log.info({ ...job.data, reason: result.reason }, 'monthly report not e-mailed');
      return result;
    },
    { concurrency: 1, log },
  );
}
