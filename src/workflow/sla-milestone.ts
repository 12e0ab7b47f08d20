// What a due SLA job does, as one change of the case: record the event, mark a breach, and notify the right people in their time zone.
// Warn -> the assignee (or the agency's supervisors while nobody holds the case); breach -> the agency's
// supervisors and the assignee; escalate -> humas leadership (the humas desk's supervisors).
import { DomainError } from '../domain/errors.js';
import type { RealtimePublisher } from '../realtime/publisher.js';
import { formatLocalTime } from '../sla/format.js';
import { PAUSED_STATUSES, type SlaJob, type SlaMilestone, type SlaTarget } from '../sla/timers.js';
import { cached } from '../cache/reference-data.js';
import { UserModel, type ConversationDoc } from '../store/index.js';
import { changeCase, type CaseChangeDeps } from './change-case.js';

const EVENT_TYPE = {
  warn: 'sla_warning',
  breach: 'sla_breach',
  escalate: 'sla_escalation',
} as const satisfies Record<SlaMilestone, string>;
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
  const humas = await cached.humasAgency();
  return humas ? supervisorsOf(humas._id) : [];
}

export type MilestoneOutcome = 'stale' | 'duplicate' | 'notified';

export async function runSlaMilestone(deps: CaseChangeDeps, job: SlaJob): Promise<MilestoneOutcome> {
  // Once per timer version, target, milestone and time: a retried or duplicated job changes nothing twice.
  const key = `${job.target}:${job.milestone}:${job.at}`;
  let stale = false;
  const done = await changeCase(deps, job.conversationId, `sla:${job.version}:${key}`, (conv) => {
    stale =
      (conv.sla?.timerVersion ?? 0) !== job.version ||
      PAUSED_STATUSES.has(conv.status) ||
      (job.target === 'first_response' && Boolean(conv.firstRespondedAt));
    if (stale || (conv.sla?.notified ?? []).includes(key)) return null;
    const dueAt =
      job.target === 'first_response' ? conv.sla!.firstResponseDueAt! : conv.sla!.resolutionDueAt!;
    const set: Record<string, unknown> = { 'sla.notified': [...(conv.sla?.notified ?? []), key] };
    if (job.milestone === 'breach') set[BREACH_FLAG[job.target]] = true;
    const assigneeId = conv.assigneeId ? String(conv.assigneeId) : null;
    return {
      set,
      events: [
        { type: EVENT_TYPE[job.milestone], actorId: null, data: { target: job.target, dueAt, assigneeId } },
      ],
    };
  }).catch((err: Error) => {
    if (err instanceof DomainError && err.code === 'not_found') return null;
    throw err;
  });
  if (!done || stale) return 'stale';
  if (!done.changed || done.repeated) return 'duplicate';
  await notify(deps.publisher, job, done.conversation);
  return 'notified';
}

async function notify(publisher: RealtimePublisher, job: SlaJob, conv: ConversationDoc) {
  const dueAt = job.target === 'first_response' ? conv.sla!.firstResponseDueAt! : conv.sla!.resolutionDueAt!;
  const agency = await cached.agency(conv.agencyId);
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
}
