// Every kind of entry in a case's history (the audit log and the source of every metric), with the shape of its
// data. Events are written only through src/events/record.ts with these types; the store refuses any other type,
// and rollups, outgoing webhooks, training and the history panel read the same list.
import type { Classification, ConversationStatus, Urgency } from './labels.js';

/** A move of the status machine (src/domain/transitions.ts). */
interface StatusMove {
  from: ConversationStatus;
  to: ConversationStatus;
  action: string;
}

interface AgencyMove {
  fromAgencyId: string;
  fromAgency?: string;
  toAgencyId?: string;
  toAgency?: string;
  reason?: string | null;
  by?: 'officer';
}

interface ReplyDelivery {
  messageId: string;
  status?: string;
  error?: string;
  from?: string;
  checkedBy?: string;
}

interface Link {
  conversationId: string;
  ticketNumber: string;
}

export interface CaseEventData {
  created: { platform: string };
  classified: Omit<Classification, 'pii'>;
  /** Ingest's routing (reason says why), or a disposisi by humas (by: 'officer'). */
  routed:
    | {
        agencyId: string;
        ruleId: string | null;
        officerId: string | null;
        reason: 'rule' | 'low_confidence' | 'no_rule' | 'spam';
        isHumas: boolean;
      }
    | (StatusMove & AgencyMove);
  accepted: StatusMove;
  rejected: StatusMove & AgencyMove & { reason: string };
  transferred: StatusMove & AgencyMove;
  status_changed: StatusMove & { note?: string | null };
  assigned: {
    userId: string | null;
    previousUserId?: string | null;
    by: 'auto' | 'manual' | 'claim' | 'reply';
  };
  unassigned: { userId: string; reason: 'officer_away'; awayMinutes: number };
  claimed: { takeOver: boolean; previousClaimerId: string | null };
  note: { note: string };
  tagged: { added: string[]; removed: string[] };
  linked: Link;
  unlinked: Link;
  replied: { messageId: string; visibility: 'public' | 'private'; first: boolean };
  reply_status: ReplyDelivery;
  reply_resent: ReplyDelivery;
  message_updated: { messageId: string; action: string };
  /** By the system (a more urgent message) or by an officer's correction (which carries the text for training). */
  reclassified:
    | { by: 'system'; field: 'urgency'; from: Urgency; to: Urgency }
    | {
        by: 'officer';
        before: Record<string, string | null>;
        after: Partial<Record<'topic' | 'urgency' | 'type' | 'region', string | null>>;
        text: string;
        review: object;
      };
  sla_warning: SlaMilestone;
  sla_breach: SlaMilestone;
  sla_escalation: SlaMilestone;
}

interface SlaMilestone {
  target: 'first_response' | 'resolution';
  dueAt: Date;
  assigneeId: string | null;
}

export type CaseEventType = keyof CaseEventData;

/** The list the store validates against; `satisfies` makes the compiler check it names every type above. */
export const CASE_EVENT_TYPES = [
  'created',
  'classified',
  'routed',
  'accepted',
  'rejected',
  'transferred',
  'status_changed',
  'assigned',
  'unassigned',
  'claimed',
  'note',
  'tagged',
  'linked',
  'unlinked',
  'replied',
  'reply_status',
  'reply_resent',
  'message_updated',
  'reclassified',
  'sla_warning',
  'sla_breach',
  'sla_escalation',
] as const satisfies readonly CaseEventType[];

type Missing = Exclude<CaseEventType, (typeof CASE_EVENT_TYPES)[number]>;
const complete: Missing extends never ? true : Missing = true;
void complete;

/** One event to append: its type decides the shape of its data. */
export type CaseEventInput = {
  [T in CaseEventType]: { type: T; data: CaseEventData[T]; actorId?: string | null };
}[CaseEventType];

export const isCaseEventType = (type: string): type is CaseEventType =>
  (CASE_EVENT_TYPES as readonly string[]).includes(type);
