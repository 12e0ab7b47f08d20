// The SLA worker: due SLA milestones (warn / breach / escalate), the workflow steps after ingest (assign and
// start the clocks of a new case; reopen/resume on a citizen message) and the periodic return of cases held
// by officers who went offline. A thin loop around src/sla and src/workflow.
import type { AppContext } from '../src/context.js';
import { childLog } from '../src/log.js';
import { QUEUE_NAMES } from '../src/queue/queues.js';
import { startQueueWorker } from '../src/queue/worker.js';
import { runSlaMilestone } from '../src/workflow/sla-milestone.js';
import type { SlaJob } from '../src/sla/timers.js';
import {
  CASE_ROUTED_JOB,
  CITIZEN_MESSAGE_JOB,
  onCitizenMessage,
  onRouted,
} from '../src/workflow/ingest-hooks.js';
import { OFFLINE_RETURN_JOB, returnCasesOfAwayOfficers } from '../src/workflow/offline-return.js';

const log = childLog('worker:sla');

export function startSlaWorker(ctx: AppContext, opts: { awayMinutes: number }, concurrency = 4) {
  // Job data differs by job name: { conversationId, messageId? } for the workflow steps, SlaJob for milestones.
  return startQueueWorker<{ conversationId: string; messageId?: string } & Partial<SlaJob>>(
    ctx.config,
    QUEUE_NAMES.sla,
    async (job) => {
      switch (job.name) {
        case OFFLINE_RETURN_JOB:
          return returnCasesOfAwayOfficers(ctx, opts.awayMinutes);
        case CASE_ROUTED_JOB:
          return onRouted(ctx, job.data.conversationId);
        case CITIZEN_MESSAGE_JOB:
          return onCitizenMessage(ctx, job.data.conversationId, job.data.messageId ?? String(job.id));
        default:
          return runSlaMilestone(ctx, job.data as SlaJob);
      }
    },
    { concurrency, log, onFinalFailure: ctx.reportFinalFailure },
  );
}
