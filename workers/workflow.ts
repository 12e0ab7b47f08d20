// The workflow queue: a case's steps after ingest (assign and start the clocks of a new case; reopen or resume on
// a citizen's message) and the periodic return of cases held by officers who went away (src/workflow).
import {
  CASE_ROUTED_JOB,
  CITIZEN_MESSAGE_JOB,
  onCitizenMessage,
  onRouted,
  type CaseRoutedJob,
  type CitizenMessageJob,
} from '../src/workflow/ingest-hooks.js';
import {
  OFFLINE_RETURN_JOB,
  offlineReturnEveryMs,
  returnCasesOfAwayOfficers,
} from '../src/presence/offline-return.js';
import { sweepCaseOutboxes } from '../src/workflow/change-case.js';
import { defineJob, defineQueueWorker } from './env.js';

const caseRouted = defineJob<CaseRoutedJob>({
  queue: 'workflow',
  name: CASE_ROUTED_JOB,
  run: (env, data) => onRouted(env, data.conversationId, data.agencyId),
});

const citizenMessage = defineJob<CitizenMessageJob>({
  queue: 'workflow',
  name: CITIZEN_MESSAGE_JOB,
  run: (env, data) => onCitizenMessage(env, data.conversationId, data.messageId),
});

const offlineReturn = defineJob<void>({
  queue: 'workflow',
  name: OFFLINE_RETURN_JOB,
  repeat: (env) => ({ every: offlineReturnEveryMs(env.config.OFFICER_AWAY_MINUTES) }),
  repeatOptions: { attempts: 1 },
  run: (env) => returnCasesOfAwayOfficers(env, env.config.OFFICER_AWAY_MINUTES),
});

/** Every 30 s: changes whose events or SLA jobs were not finished (src/workflow/change-case.ts). */
const caseOutboxSweep = defineJob<void>({
  queue: 'workflow',
  name: 'case-outbox-sweep',
  repeat: () => ({ every: 30_000 }),
  repeatOptions: { attempts: 1 },
  run: (env) => sweepCaseOutboxes(env),
});

export const workflowWorker = defineQueueWorker({
  queue: 'workflow',
  concurrency: 4,
  rerunFailedOnAdd: true,
  jobs: [caseRouted, citizenMessage, offlineReturn, caseOutboxSweep],
});
