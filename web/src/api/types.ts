// Shapes of docs/api.md as the browser sees them.
export type Role = 'admin' | 'supervisor' | 'officer';

export interface User {
  id: string;
  name: string;
  email: string;
  role: Role;
  agencyId: string | null;
  agency: { id: string; code: string; name: string; isHumas: boolean } | null;
  timezone: string;
  seesAllAgencies: boolean;
}

export interface Agency {
  id: string;
  code: string;
  name: string;
  shortName: string;
  isHumas: boolean;
}

export interface Sla {
  firstResponseDueAt: string | null;
  resolutionDueAt: string | null;
  firstRespondedAt: string | null;
  breached: boolean;
}

/** Whether a reply may go out, computed by the server from the platform adapter's rule. */
export interface ReplyWindow {
  open: boolean;
  /** When an open window shuts (the composer closes it then without asking again); null = no limit. */
  closesAt: string | null;
  reason: string | null;
}

export interface Conversation {
  id: string;
  ticketNumber: string;
  platform: string;
  accountId: string;
  visibility: 'public' | 'private';
  contact: { id: string; name?: string; handle?: string } | null;
  status: string;
  topic: string;
  urgency: string;
  type: string;
  region: string | null;
  confidence?: { topic?: number; urgency?: number; type?: number; region?: number };
  modelVersion?: string;
  agencyId: string | null;
  agency: { id: string; code: string; shortName: string } | null;
  assigneeId: string | null;
  assignee: { id: string; name: string } | null;
  /** The officer holding the answer lock (claim); others must take over to reply. */
  claimedBy?: string | null;
  /** Why the last agency refused the case (bukan wewenang); shown to the humas desk. */
  rejectionReason?: string | null;
  preview: string;
  lastMessageAt: string;
  lastInboundAt?: string;
  /** Per reply visibility; public is null where the conversation cannot be answered publicly. */
  replyWindow?: { public: ReplyWindow | null; private: ReplyWindow };
  createdAt: string;
  sla?: Sla | null;
  tags?: string[];
  linkedIds?: string[];
}

export interface Attachment {
  type: string;
  url?: string;
  /** Our own API path for media the platform keeps behind the account's token (Telegram files). */
  mediaUrl?: string;
  name?: string;
  caption?: string;
  location?: { latitude: number; longitude: number; name?: string; address?: string };
}

export interface Message {
  id: string;
  conversationId: string;
  direction: 'inbound' | 'outbound';
  platform: string;
  visibility: 'public' | 'private';
  externalId?: string;
  author: { id: string; name?: string } | null;
  text: string;
  attachments?: Attachment[];
  createdAt: string;
  edited?: boolean;
  removed?: boolean;
  hidden?: boolean;
  delivery?: { status: string; error?: string; updatedAt?: string };
  sentBy?: { id: string; name: string };
}

export interface ConversationEvent {
  id: string;
  conversationId: string;
  type: string;
  actor: { id: string; name: string } | null;
  data?: Record<string, unknown>;
  createdAt: string;
}

export interface CannedResponse {
  id: string;
  title: string;
  body: string;
  agencyId: string | null;
}

export interface Viewer {
  id: string;
  name: string;
  typing: boolean;
}
