// The sla queue: due SLA milestones (warn / breach / escalate), each one change of its case (src/workflow).
import { SLA_MILESTONE_JOB, type SlaJob } from '../src/sla/timers.js';
import { runSlaMilestone } from '../src/workflow/sla-milestone.js';
import { defineJob, defineQueueWorker } from './env.js';

const milestone = defineJob<SlaJob>({
  queue: 'sla',
  name: SLA_MILESTONE_JOB,
  run: (env, data) => runSlaMilestone(env, data),
});

export const slaWorker = defineQueueWorker({ queue: 'sla', concurrency: 4, jobs: [milestone] });
