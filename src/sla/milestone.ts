// What a due SLA job does: record the Event, mark a breach, and notify the right people in their time zone.
// Warn -> the assignee (or the agency's supervisors while nobody holds the case); breach -> the agency's
// supervisors and the assignee; escalate -> humas leadership (the humas desk's supervisors).
import type { RealtimePublisher } from '../realtime/publisher.js';
import { recordCaseEvent } from '../case-events/recorded.js';
import { AgencyModel, ConversationModel, EventModel, UserModel } from '../store/index.js';
import { conversationView } from '../views/conversation-view.js';
import { formatLocalTime } from './format.js';
import { PAUSED_STATUSES, type SlaJob, type SlaMilestone, type SlaTarget } from './timers.js';

const EVENT_TYPE: Record<SlaMilestone, string> = {
  warn: 'sla_warning',
  breach: 'sla_breach',
  escalate: 'sla_escalation',
};
const KIND = EVENT_TYPE;
const TARGET_LABEL: Record<SlaTarget, string> = {
  first_response: 'respons pertama',
  resolution: 'penyelesaian (tindak lanjut)',
};
const BREACH_FLAG: Record<SlaTarget, string> = {
  first_response: 'sla.firstResponseBreached',
  resolution: 'sla.resolutionBreached',
};

export function notificationText(
  job: Pick<SlaJob, 'milestone' | 'target'>,
  ticketNumber: string,
  agencyName: string,
  dueAt: Date,
  timezone: string,
): string {
  const due = formatLocalTime(dueAt, timezone);
  const target = TARGET_LABEL[job.target];
  if (job.milestone === 'warn') return `Tiket ${ticketNumber} mendekati batas ${target}: ${due}.`;
  if (job.milestone === 'breach')
    return `Tiket ${ticketNumber} (${agencyName}) melewati batas ${target} (${due}).`;
  return `Eskalasi: tiket ${ticketNumber} (${agencyName}) jauh melewati batas ${target} (${due}) dan belum ditangani.`;
}

async function supervisorsOf(agencyId: unknown) {
  return UserModel.find({ agencyId, role: 'supervisor', active: true }).select('timezone').lean();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function recipients(milestone: SlaMilestone, conv: any) {
  const assignee = conv.assigneeId
    ? await UserModel.findOne({ _id: conv.assigneeId, active: true }).select('timezone').lean()
    : null;
  if (milestone === 'warn') return assignee ? [assignee] : supervisorsOf(conv.agencyId);
  if (milestone === 'breach')
    return [...(assignee ? [assignee] : []), ...(await supervisorsOf(conv.agencyId))];
  const humas = await AgencyModel.findOne({ isHumas: true }).select('_id').lean();
  return humas ? supervisorsOf(humas._id) : [];
}

export type MilestoneOutcome = 'stale' | 'duplicate' | 'notified';

export async function runSlaMilestone(publisher: RealtimePublisher, job: SlaJob): Promise<MilestoneOutcome> {
  const conv = await ConversationModel.findById(job.conversationId).lean();
  if (!conv || (conv.sla?.timerVersion ?? 0) !== job.version || PAUSED_STATUSES.has(conv.status))
    return 'stale';
  if (job.target === 'first_response' && conv.firstRespondedAt) return 'stale';
  // Claim the notification atomically: a retried or duplicated job finds the key already there.
  const key = `${job.target}:${job.milestone}:${job.at}`;
  const claimed = await ConversationModel.updateOne(
    { _id: conv._id, 'sla.timerVersion': job.version, 'sla.notified': { $ne: key } },
    {
      $addToSet: { 'sla.notified': key },
      ...(job.milestone === 'breach' ? { $set: { [BREACH_FLAG[job.target]]: true } } : {}),
    },
  );
  if (claimed.modifiedCount === 0) return 'duplicate';

  const dueAt = job.target === 'first_response' ? conv.sla!.firstResponseDueAt! : conv.sla!.resolutionDueAt!;
  const event = await EventModel.create({
    conversationId: conv._id,
    type: EVENT_TYPE[job.milestone],
    agencyId: conv.agencyId,
    data: { target: job.target, dueAt, assigneeId: conv.assigneeId ? String(conv.assigneeId) : null },
  });
  await recordCaseEvent(event);
  const agency = await AgencyModel.findById(conv.agencyId).select('shortName').lean();
  const seen = new Set<string>();
  for (const user of await recipients(job.milestone, conv)) {
    const id = String(user._id);
    if (seen.has(id)) continue;
    seen.add(id);
    publisher.toUser(id, 'notification', {
      kind: KIND[job.milestone],
      conversationId: String(conv._id),
      ticketNumber: conv.ticketNumber,
      target: job.target,
      dueAt,
      message: notificationText(
        job,
        conv.ticketNumber,
        agency?.shortName ?? '',
        dueAt,
        user.timezone ?? 'Asia/Makassar',
      ),
    });
  }
  const view = await conversationView(conv._id);
  if (view) publisher.conversationUpdated(view);
  return 'notified';
}
