// The reports queue: the monthly schedule and one job per scope that builds and e-mails its report
// (src/reports/monthly/deliver.ts).
import { childLog } from '../src/log.js';
import {
  enqueueMonthlyReports,
  MONTHLY_REPORT_JOB,
  MONTHLY_SCHEDULE_JOB,
  monthlyReportSchedule,
  sendMonthlyReport,
  type MonthlyReportJob,
} from '../src/reports/monthly/deliver.js';
import { defineJob, defineQueueWorker } from './env.js';

const log = childLog('worker:reports');

const schedule = defineJob<void>({
  queue: 'reports',
  name: MONTHLY_SCHEDULE_JOB,
  repeat: () => monthlyReportSchedule(),
  run: (env) => enqueueMonthlyReports(env.queues.reports),
});

const report = defineJob<MonthlyReportJob>({
  queue: 'reports',
  name: MONTHLY_REPORT_JOB,
  run: async (env, data) => {
    const mail = { smtpUrl: env.config.SMTP_URL, from: env.config.MAIL_FROM };
    const result = await sendMonthlyReport(env.redis, env.config.QUEUE_PREFIX, mail, data);
    if (!result.sent) log.info({ ...data, reason: result.reason }, 'monthly report not e-mailed');
    return result;
  },
});

export const reportsWorker = defineQueueWorker({
  queue: 'reports',
  concurrency: 1,
  reportFinalFailure: false,
  jobs: [schedule, report],
});
