// The JSON shapes of docs/api.md, built in one place for the API and the realtime pushes alike. What the user
// asking may do is added per user at the edge (src/views/case-abilities.ts).
import type { Types } from 'mongoose';
import type { ConversationStatus } from '../domain/labels.js';
import { replyWindowsOf, type ConversationReplyWindows } from './reply-window.js';
import { storedSlaState } from '../sla/stored.js';
import type { SlaPhase } from '../sla/state.js';
import { cached } from '../cache/reference-data.js';
import { ContactModel, ConversationModel, type ConversationDoc } from '../store/index.js';

const FINISHED = new Set<string>(['resolved', 'closed', 'spam']);

type Id = Types.ObjectId | string | null | undefined;
const str = (id: Id) => (id ? String(id) : null);

export interface ConversationView {
  id: string;
  ticketNumber: string;
  platform: string;
  accountId: string;
  visibility: 'public' | 'private';
  contact: { id: string; name: string | null; handle: string | null };
  status: ConversationStatus;
  topic: string | null;
  urgency: string | null;
  type: string | null;
  region: string | null;
  confidence: Partial<Record<'topic' | 'urgency' | 'type' | 'region', number | null>>;
  modelVersion: string | null;
  agencyId: string;
  agency: { id: string; code: string; shortName: string; isHumas: boolean } | null;
  assigneeId: string | null;
  assignee: { id: string; name: string } | null;
  claimedBy: string | null;
  /** Who holds the claim lock (answers the citizen now). */
  claimer: { id: string; name: string } | null;
  preview: string;
  lastMessageAt: Date;
  lastInboundAt: Date | null;
  createdAt: Date;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  rejectionReason: string | null;
  sla: {
    firstResponseDueAt: Date | null;
    resolutionDueAt: Date | null;
    firstRespondedAt: Date | null;
    breached: boolean;
    /** ok | warning | breached | escalated, on the target that is running; null before scheduling. */
    phase: SlaPhase | null;
    /** Which target the phase is about. */
    target: 'first_response' | 'resolution' | null;
    pausedSince: Date | null;
    /** running: counting now; paused: waiting on the citizen, resumes when they answer; finished: the case is
     *  done, `phase` is where it ended; null before scheduling. */
    clock: 'running' | 'paused' | 'finished' | null;
  };
  /** Whether a reply may go out now, per visibility, from the platform adapter's rule (adapters/<name>/). */
  replyWindow: ConversationReplyWindows;
  tags: string[];
  linkedIds: string[];
}

/** Build views for many conversations with one query per related collection (no N+1). */
export async function conversationViews(docs: ConversationDoc[]): Promise<ConversationView[]> {
  const ids = (key: 'agencyId' | 'assigneeId' | 'claimedBy' | 'contactId') =>
    [...new Set(docs.map((d) => str(d[key])).filter(Boolean))] as string[];
  const now = new Date();
  // Cases opened with their contact's name in hand need no read of contacts (older ones do).
  const unnamed = docs.filter((d) => d.contactName === undefined).map((d) => d.contactId);
  const [agencies, users, contacts, windows] = await Promise.all([
    cached.agencies(),
    cached.people([...ids('assigneeId'), ...ids('claimedBy')]),
    unnamed.length ? ContactModel.find({ _id: { $in: unnamed } }).lean() : [],
    replyWindowsOf(docs, now),
  ]);
  const byId = <T extends { _id: unknown }>(list: T[]) => new Map(list.map((x) => [String(x._id), x]));
  const agencyMap = byId(agencies);
  const userMap = byId(users);
  const contactMap = byId(contacts);
  return docs.map((d) => {
    const agency = agencyMap.get(String(d.agencyId));
    const assignee = d.assigneeId ? userMap.get(String(d.assigneeId)) : undefined;
    const contact =
      d.contactName === undefined
        ? contactMap.get(String(d.contactId))
        : { name: d.contactName, handle: d.contactHandle };
    const sla = d.sla ?? {};
    const claimer = d.claimedBy ? userMap.get(String(d.claimedBy)) : undefined;
    // A paused clock stands where it stopped: a case waiting on the citizen does not run into a breach.
    const pausedSince: Date | null = sla.pausedSince ?? null;
    const state = storedSlaState(sla, pausedSince ?? now, d.firstRespondedAt, d.resolvedAt);
    return {
      id: String(d._id),
      ticketNumber: d.ticketNumber,
      platform: d.platform,
      accountId: d.accountId,
      visibility: d.visibility,
      contact: { id: String(d.contactId), name: contact?.name ?? null, handle: contact?.handle ?? null },
      status: d.status,
      topic: d.topic ?? null,
      urgency: d.urgency ?? null,
      type: d.type ?? null,
      region: d.region ?? null,
      confidence: d.confidence ?? {},
      modelVersion: d.modelVersion ?? null,
      agencyId: String(d.agencyId),
      agency: agency
        ? { id: String(agency._id), code: agency.code, shortName: agency.shortName, isHumas: agency.isHumas }
        : null,
      assigneeId: str(d.assigneeId),
      assignee: assignee ? { id: String(assignee._id), name: assignee.name } : null,
      claimedBy: str(d.claimedBy),
      claimer: claimer ? { id: String(claimer._id), name: claimer.name } : null,
      preview: d.preview ?? '',
      lastMessageAt: d.lastMessageAt,
      lastInboundAt: d.lastInboundAt ?? null,
      createdAt: d.createdAt,
      firstRespondedAt: d.firstRespondedAt ?? null,
      resolvedAt: d.resolvedAt ?? null,
      rejectionReason: d.rejectionReason ?? null,
      sla: {
        firstResponseDueAt: sla.firstResponseDueAt ?? null,
        resolutionDueAt: sla.resolutionDueAt ?? null,
        firstRespondedAt: d.firstRespondedAt ?? null,
        breached: Boolean(sla.firstResponseBreached || sla.resolutionBreached),
        phase: state?.phase ?? null,
        target: state?.target ?? null,
        pausedSince,
        clock: !state ? null : FINISHED.has(d.status) ? 'finished' : pausedSince ? 'paused' : 'running',
      },
      replyWindow: windows.get(String(d._id))!,
      tags: d.tags ?? [],
      linkedIds: (d.linkedIds ?? []).map(String),
    };
  });
}

export async function conversationViewOf(doc: ConversationDoc | null): Promise<ConversationView | null> {
  return doc ? (await conversationViews([doc]))[0] : null;
}

export async function conversationView(id: Id): Promise<ConversationView | null> {
  const doc = await ConversationModel.findById(id).lean();
  return doc ? (await conversationViews([doc]))[0] : null;
}
