// Cases held by an officer who has been away or offline for the configured time go back to their agency's
// queue (and straight to another online officer when one has room). Run periodically by the SLA worker.
import type { Queue } from 'bullmq';
import { isStale } from '../routing/assign.js';
import { ConversationModel, OPEN_STATUSES, UserModel } from '../store/index.js';
import { autoAssign } from './assignment.js';
import { publishConversation, recordEvent, type WorkflowDeps } from './deps.js';

export const OFFLINE_RETURN_JOB = 'offline-return';

/** One repeatable sweep per deployment; every few seconds when the away time is short (tests), else each minute. */
export async function scheduleOfflineReturn(queue: Queue, awayMinutes: number) {
  const every = Math.max(1000, Math.min(60_000, (awayMinutes * 60_000) / 2));
  await queue.upsertJobScheduler(
    OFFLINE_RETURN_JOB,
    { every },
    { name: OFFLINE_RETURN_JOB, opts: { attempts: 1 } },
  );
}

export async function returnCasesOfAwayOfficers(
  deps: Pick<WorkflowDeps, 'publisher'>,
  awayMinutes: number,
  now = new Date(),
) {
  const cutoff = new Date(now.getTime() - awayMinutes * 60_000);
  const away = await UserModel.find({
    presence: { $ne: 'online' },
    $or: [{ lastSeenAt: { $lte: cutoff } }, { lastSeenAt: null }],
  })
    .select('_id lastSeenAt')
    .lean();
  const staleIds = away.filter((u) => isStale(u.lastSeenAt, now, awayMinutes)).map((u) => u._id);
  if (staleIds.length === 0) return { returned: 0 };
  const cases = await ConversationModel.find({
    assigneeId: { $in: staleIds },
    status: { $in: OPEN_STATUSES },
  })
    .select('_id agencyId assigneeId')
    .lean();
  let returned = 0;
  for (const conv of cases) {
    const res = await ConversationModel.updateOne(
      { _id: conv._id, assigneeId: conv.assigneeId },
      { $set: { assigneeId: null, claimedBy: null } },
    );
    if (!res.modifiedCount) continue;
    returned++;
    await recordEvent(conv, 'unassigned', null, {
      userId: String(conv.assigneeId),
      reason: 'officer_away',
      awayMinutes,
    });
    const next = await autoAssign(deps, String(conv._id));
    if (!next) await publishConversation(deps, conv._id);
  }
  return { returned };
}
