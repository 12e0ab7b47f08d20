// The one interface every channel adapter implements. Nothing platform-specific leaks past it.
import type { Platform } from '../src/domain/labels.js';

export interface Attachment {
  type: 'image' | 'video' | 'audio' | 'document' | 'sticker' | 'location' | 'contacts' | 'link' | 'other';
  url?: string;
  mediaId?: string;
  mimeType?: string;
  name?: string;
  caption?: string;
  location?: { latitude: number; longitude: number; name?: string; address?: string };
  contacts?: { name: string; phones: string[] }[];
}

/** A citizen message normalized from any platform. All ids are strings (never JS numbers: ids exceed 2^53). */
export interface InboundMessage {
  platform: Platform;
  accountId: string; // our page / IG account / phone number id / bot / generic source
  externalId: string; // the platform's id for this message
  /** Groups messages into one conversation within platform+account (DM thread, or post+citizen for comments). */
  threadKey: string;
  visibility: 'public' | 'private'; // public = comment, private = DM
  author: { id: string; name?: string; handle?: string; phone?: string };
  text: string;
  attachments: Attachment[];
  createdAt: string; // ISO 8601
  /** A ticket number already told to the citizen (the website form answers it at once): the case opens with it. */
  reservedTicketNumber?: string;
  /** create = new message; edit/remove/hide/unhide update the stored message with the same externalId. */
  action: 'create' | 'edit' | 'remove' | 'hide' | 'unhide';
  replyToExternalId?: string;
  /** Platform extras the reply path needs later (e.g. post id, media id, comment parent). Small, flat. */
  meta?: Record<string, string>;
}

/** Delivery receipt for one of our own outbound messages (e.g. WhatsApp statuses). */
export interface DeliveryStatus {
  platform: Platform;
  accountId: string;
  externalId: string; // the id the platform gave our reply
  status: 'sent' | 'delivered' | 'read' | 'failed';
  at: string; // ISO 8601
  error?: string;
}

export interface ParsedDelivery {
  messages: InboundMessage[];
  statuses: DeliveryStatus[];
  /** Entries that could not be parsed: logged, never fatal for the rest of the delivery. */
  problems: string[];
}

export interface IncomingRequest {
  rawBody: Buffer;
  headers: Record<string, string | string[] | undefined>;
  query: Record<string, unknown>;
  params: Record<string, string>;
}

export type VerifyResult = { ok: true } | { ok: false; status: number; reason: string };

export interface OutboundReply {
  platform: Platform;
  accountId: string;
  visibility: 'public' | 'private';
  text: string;
  /** The inbound message being answered (comment id, DM id ...). */
  inReplyTo: { externalId: string; meta?: Record<string, string> };
  recipient: { id: string; phone?: string };
  threadKey: string;
  /** A platform-approved message template instead of free text (WhatsApp outside its 24 h window). */
  template?: TemplateChoice;
}

/** A message template approved on the account, as the officer picks it. */
export interface ReplyTemplate {
  name: string;
  language: string;
  category: string;
  /** The body with positional placeholders {{1}} .. {{n}}. */
  body: string;
  /** How many placeholders the officer fills. */
  variables: number;
}

export interface TemplateChoice {
  name: string;
  language: string;
  variables: string[];
}

export type TemplatesResult = { ok: true; templates: ReplyTemplate[] } | Extract<SendResult, { ok: false }>;

export interface SendContext {
  baseUrl: string; // platform API base, from config, so tests point it at a fake server
  credentials: Record<string, string>; // decrypted ChannelAccount secrets (access token ...)
  fetch: typeof fetch;
  /** Seals refreshed credentials (OAuth access tokens) onto the ChannelAccount before they are used. */
  saveCredentials(next: Record<string, string>): Promise<void>;
  /** Shared counters with a lifetime in Redis (e.g. a daily API quota every worker spends from). */
  counter(name: string): SharedCounter;
}

export interface SharedCounter {
  get(): Promise<number>;
  /** Adds and returns the new total; the counter disappears at `expiresAt`. */
  add(amount: number, expiresAt: Date): Promise<number>;
}

export type SendResult =
  | { ok: true; externalId: string }
  /** retryable: 5xx, 429, network. Not retryable: 4xx that will not change (expired token, blocked user).
   *  mayHaveDelivered: the call broke after the reply left (e.g. SMTP cut during DATA): its outcome is unknown. */
  | { ok: false; retryable: boolean; error: string; retryAfterMs?: number; mayHaveDelivered?: boolean };

export interface HandshakeResult {
  status: number;
  body: string;
  contentType: 'text/plain' | 'application/json';
}

/** What the reply-window check needs to know about the conversation being answered. */
export interface ReplyWindowInput {
  platform: Platform;
  visibility: 'public' | 'private';
  lastInboundAt: Date; // the citizen's last message
  inReplyToCreatedAt: Date; // when the message being answered was written
  privateReplyAlreadySent: boolean; // a private reply to this comment already went out
  now: Date;
  /** meta of the message being answered (e.g. kind: 'comment' | 'dm'); tells an IG private reply to a comment from a DM. */
  inReplyToMeta?: Record<string, string>;
}
/** Whether a reply may go out now; closesAt = when an open window shuts (null: no limit). */
export interface ReplyWindowState {
  open: boolean;
  closesAt: Date | null;
  /** Why it is closed, in Indonesian, for the officer (null while open). */
  reason: string | null;
}
export type ReplyWindowRule = (input: ReplyWindowInput) => ReplyWindowState;
export const ALWAYS_OPEN: ReplyWindowState = { open: true, closesAt: null, reason: null };

export interface ChannelAdapter {
  /** Route name: POST /webhooks/<name>. */
  readonly name: string;
  /** GET subscription handshakes (Meta hub.challenge, X CRC). Absent = GET not supported. */
  handshake?(req: IncomingRequest): HandshakeResult;
  verify(req: IncomingRequest): VerifyResult;
  parse(req: IncomingRequest): ParsedDelivery;
  send(reply: OutboundReply, ctx: SendContext): Promise<SendResult>;
  /** Message templates the account may send when the reply window is closed (WhatsApp). */
  listTemplates?(platform: Platform, ctx: MediaContext): Promise<TemplatesResult>;
  /** Fills in what the webhook left out (Instagram @mentions carry ids only) before the message is stored. */
  complete?(message: InboundMessage, ctx: MediaContext): Promise<CompleteResult>;
  /** The bytes of a stored attachment known by mediaId only (the platform URL needs the account's token). */
  fetchMedia?(attachment: Attachment, ctx: MediaContext): Promise<MediaResult>;
}

export type CompleteResult = { ok: true; message: InboundMessage } | Extract<SendResult, { ok: false }>;

export type MediaContext = Pick<SendContext, 'baseUrl' | 'credentials' | 'fetch'>;

export type MediaResult =
  | { ok: true; body: ReadableStream<Uint8Array>; contentType?: string; size?: number }
  /** status: what our API answers (404 gone at the platform, 413 too large, 502 platform down). */
  | { ok: false; status: number; error: string };
