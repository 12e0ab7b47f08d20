// What each capability adds to a running process (socket handlers, ingest hooks, extra workers).
// `npm start` and the test harness both use this, so tests run exactly what production runs.
import { countForCrisis, startLeadershipWorkers } from '../workers/leadership.js';
import { scheduleNightlyRetrain, startMaintenanceWorker } from '../workers/maintenance.js';
import { startPollWorker } from '../workers/polls.js';
import { startSlaWorker } from '../workers/sla.js';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { childLog } from './log.js';
import { retryUntilDone } from './queue/retry-until-done.js';
import type { StartOptions } from './server.js';
import type { CaseChangeDeps as WorkflowDeps } from './workflow/change-case.js';
import { enqueueCaseRouted, enqueueCitizenMessage } from './workflow/ingest-hooks.js';
import { scheduleOfflineReturn } from './workflow/offline-return.js';
import { scheduleAnonymise } from './privacy/retention-job.js';
import { presenceSocketHandler } from './workflow/presence.js';

const log = childLog('wiring');

export async function startOptions(config: Config): Promise<StartOptions> {
  const awayMinutes = config.OFFICER_AWAY_MINUTES;
  // The ingest hooks run inside the inbound worker, which starts in the same call as extraWorkers:
  // the context is captured there before any job can be processed.
  let deps: WorkflowDeps | undefined;
  const context = () => {
    if (!deps) throw new Error('workflow used before the workers started');
    return deps as AppContext;
  };
  const slaQueue = () => context().queues.sla;
  return {
    ingestHooks: {
      onRouted: async (id) => void (await enqueueCaseRouted(slaQueue(), id)),
      onCitizenMessage: async (id, messageId) =>
        void (await enqueueCitizenMessage(slaQueue(), id, messageId)),
      onInboundMessage: async (notice) => void (await countForCrisis(context(), notice)),
    },
    socketHandlers: [presenceSocketHandler],
    extraWorkers: (ctx: AppContext) => {
      deps = ctx;
      retryUntilDone(
        () => scheduleOfflineReturn(ctx.queues.sla, awayMinutes),
        log,
        'schedule the offline-return sweep',
      );
      retryUntilDone(() => scheduleNightlyRetrain(ctx), log, 'schedule the nightly classifier retraining');
      retryUntilDone(
        () => scheduleAnonymise(ctx.queues.maintenance),
        log,
        'schedule the personal-data retention job',
      );
      return [
        startSlaWorker(ctx, { awayMinutes }),
        startMaintenanceWorker(ctx),
        ...startLeadershipWorkers(ctx),
        startPollWorker(ctx),
      ];
    },
  };
}
