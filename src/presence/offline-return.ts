// Cases held by an officer who has been away or offline for the configured time go back to their agency's
// queue (and straight to another online officer when one has room). Run periodically by the SLA worker.
import { isStale } from '../routing/assign.js';
import { ConversationModel, OPEN_STATUSES, UserModel } from '../store/index.js';
import { autoAssign } from '../workflow/assignment.js';
import { changeCase, type CaseChangeDeps } from '../workflow/change-case.js';

export const OFFLINE_RETURN_JOB = 'offline-return';

/** Every few seconds when the away time is short (tests), else each minute. */
export const offlineReturnEveryMs = (awayMinutes: number) =>
  Math.max(1000, Math.min(60_000, (awayMinutes * 60_000) / 2));

export async function returnCasesOfAwayOfficers(deps: CaseChangeDeps, awayMinutes: number, now = new Date()) {
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
    const officerId = String(conv.assigneeId);
    // Keyed by the officer's absence: a retried sweep returns each case once.
    const key = `away:${officerId}:${String(conv._id)}:${cutoff.getTime()}`;
    const done = await changeCase(deps, String(conv._id), key, (fresh) => {
      if (String(fresh.assigneeId) !== officerId) return null; // someone else took it meanwhile
      return {
        set: { assigneeId: null, claimedBy: null },
        events: [
          {
            type: 'unassigned',
            actorId: null,
            data: { userId: officerId, reason: 'officer_away', awayMinutes },
          },
        ],
      };
    });
    if (!done.changed) continue;
    returned++;
    await autoAssign(deps, String(conv._id), `${key}:assign`);
  }
  return { returned };
}
