// The monthly schedule: on the 1st at 07:00 (province time) a job per scope — the province and each agency — builds
// last month's report and e-mails the PDF to its supervisors (the province's to humas leadership and admins).
// A scope's report is sent once per month: the job id dedupes the scheduling, a Redis mark the sending.
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import nodemailer from 'nodemailer';
import { jobIdFor } from '../../queue/queues.js';
import { AgencyModel, UserModel } from '../../store/index.js';
import { agencyScope, provinceScope } from '../scope.js';
import { buildMonthlyReport } from './data.js';
import { renderMonthlyHtml } from './html.js';
import { renderMonthlyPdf } from './pdf.js';
import { reportTitle } from './sections.js';

export const MONTHLY_SCHEDULE_JOB = 'monthly-reports';
export const MONTHLY_REPORT_JOB = 'monthly-report';

export interface MonthlyReportJob {
  month: string;
  /** null for the province. */
  agencyId: string | null;
}

/** 07:00 on the 1st, in the province's zone. */
export async function monthlyReportSchedule() {
  const { zone } = await provinceScope();
  return { pattern: '0 7 1 * *', tz: zone };
}

/** One job per scope for the month before `now` (in the province's zone). */
export async function enqueueMonthlyReports(queue: Queue, now = new Date()) {
  const { zone } = await provinceScope();
  const month = DateTime.fromJSDate(now, { zone }).minus({ months: 1 }).toFormat('yyyy-MM');
  const agencies = await AgencyModel.find({ active: true }).select('_id').lean();
  const jobs: MonthlyReportJob[] = [
    { month, agencyId: null },
    ...agencies.map((a) => ({ month, agencyId: String(a._id) })),
  ];
  await queue.addBulk(
    jobs.map((data) => ({
      name: MONTHLY_REPORT_JOB,
      data,
      opts: { jobId: jobIdFor(`monthly:${data.month}:${data.agencyId ?? 'province'}`) },
    })),
  );
  return { month, scopes: jobs.length };
}

async function recipients(agencyId: string | null): Promise<string[]> {
  if (agencyId) {
    const users = await UserModel.find({ agencyId, role: 'supervisor', active: true }).select('email').lean();
    return users.map((u) => u.email);
  }
  const humas = await AgencyModel.findOne({ isHumas: true }).select('_id').lean();
  const users = await UserModel.find({
    active: true,
    $or: [{ role: 'admin' }, { role: 'supervisor', agencyId: humas?._id }],
  })
    .select('email')
    .lean();
  return users.map((u) => u.email);
}

export interface MailSettings {
  smtpUrl?: string;
  from: string;
}

export async function sendMonthlyReport(
  redis: Redis,
  prefix: string,
  mail: MailSettings,
  job: MonthlyReportJob,
): Promise<{ sent: boolean; to: string[]; reason?: string }> {
  const sentKey = `${prefix}:monthly-sent:${job.month}:${job.agencyId ?? 'province'}`;
  if (await redis.exists(sentKey)) return { sent: false, to: [], reason: 'already_sent' };
  const to = await recipients(job.agencyId);
  if (!mail.smtpUrl) return { sent: false, to, reason: 'no_smtp' };
  if (to.length === 0) return { sent: false, to, reason: 'no_recipients' };
  const scope = job.agencyId ? await agencyScope(job.agencyId) : await provinceScope();
  const report = await buildMonthlyReport(scope, job.month);
  const pdf = await renderMonthlyPdf(report);
  const transport = nodemailer.createTransport(mail.smtpUrl);
  try {
    await transport.sendMail({
      from: mail.from,
      to,
      subject: reportTitle(report),
      text: `Terlampir laporan ${reportTitle(report)}. Halaman lengkap juga tersedia di dasbor Aspirasi.`,
      html: renderMonthlyHtml(report),
      attachments: [{ filename: `evaluasi-${job.month}.pdf`, content: pdf, contentType: 'application/pdf' }],
    });
  } finally {
    transport.close();
  }
  await redis.set(sentKey, new Date().toISOString(), 'EX', 400 * 86_400);
  return { sent: true, to };
}
