import { Schema, model, type InferSchemaType, type Types } from 'mongoose';
import { CONVERSATION_STATUSES, MESSAGE_TYPES, PLATFORMS, TOPICS, URGENCIES } from '../domain/labels.js';

const slaSchema = new Schema(
  {
    policyUrgency: { type: String, enum: URGENCIES },
    startedAt: Date,
    firstResponseDueAt: Date,
    resolutionDueAt: Date,
    /** Milestones of the first-response timeline (its breach is firstResponseDueAt). */
    firstResponseWarnAt: Date,
    firstResponseEscalateAt: Date,
    /** Milestones of the resolution timeline (its breach is resolutionDueAt). */
    warnAt: Date,
    escalateAt: Date,
    firstResponseBreached: { type: Boolean, default: false },
    resolutionBreached: { type: Boolean, default: false },
    /** Total time spent waiting on the citizen; the follow-up clock pauses then. */
    pausedMs: { type: Number, default: 0 },
    pausedSince: Date,
    /** Bumped on every reschedule; a delayed SLA job carrying an older version is stale and does nothing. */
    timerVersion: { type: Number, default: 0 },
    /** `${target}:${milestone}:${epochMs}` of the notifications already sent, so a retry never sends twice. */
    notified: { type: [String], default: [] },
  },
  { _id: false },
);

const conversationSchema = new Schema(
  {
    ticketNumber: { type: String, required: true },
    /** `${platform}:${accountId}:${threadKey}`: one conversation per thread (DM thread, or post+citizen). */
    threadRef: { type: String, required: true },
    /** dedupeKey of the message that opened the case: a resumed ingest of that message knows the case is its own. */
    openedBy: { type: String },
    platform: { type: String, enum: PLATFORMS, required: true },
    accountId: { type: String, required: true },
    visibility: { type: String, enum: ['public', 'private'], required: true },
    contactId: { type: Schema.Types.ObjectId, ref: 'Contact', required: true },
    /** The contact's name and handle as the case was opened, so a case's view needs no read of contacts. Absent on
     *  cases opened before it existed (the view reads the contact then); cleared with the contact's personal data. */
    contactName: { type: String },
    contactHandle: { type: String },
    status: { type: String, enum: CONVERSATION_STATUSES, default: 'new' },
    topic: { type: String, enum: TOPICS },
    urgency: { type: String, enum: URGENCIES },
    /** 0 = kritis .. 3 = rendah, stored so the list can sort by urgency with an index. */
    urgencyRank: { type: Number, default: 2 },
    type: { type: String, enum: MESSAGE_TYPES },
    region: { type: String, default: null },
    // `type` must be spelled { type: Number } here, or mongoose reads the object as a type declaration.
    confidence: {
      type: new Schema(
        { topic: Number, urgency: Number, type: { type: Number }, region: Number },
        { _id: false },
      ),
      default: () => ({}),
    },
    modelVersion: String,
    agencyId: { type: Schema.Types.ObjectId, ref: 'Agency', required: true },
    assigneeId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    routedByRuleId: { type: Schema.Types.ObjectId, ref: 'RoutingRule', default: null },
    claimedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    claimedAt: Date,
    preview: { type: String, default: '' },
    /** Lower-cased text of the first messages and the contact's name, capped, for the inbox search box. */
    searchText: { type: String, default: '' },
    lastMessageAt: { type: Date, required: true },
    lastInboundAt: { type: Date },
    firstRespondedAt: Date,
    resolvedAt: Date,
    rejectionReason: String,
    sla: { type: slaSchema, default: () => ({}) },
    tags: { type: [String], default: [] },
    linkedIds: { type: [Schema.Types.ObjectId], default: [] },
    /** Report keys computed at write time (the test database cannot compute dates in aggregations). */
    createdDay: String, // YYYY-MM-DD in the agency's time zone
    messageCount: { type: Number, default: 0 },
    /** The citizen's personal data was removed from this case (src/privacy/anonymise.ts). */
    anonymisedAt: { type: Date, default: null },
    /** Bumped by every change (src/workflow/change-case.ts): a change applies only to the version it was decided on. */
    version: { type: Number, default: 0 },
    /** Keys of the last changes applied, so a repeated change (a retry) is recognised and applied once. */
    changeKeys: { type: [String], default: [] },
    /** The last change's follow-up (its events and SLA jobs), written with the change and replayed until done. */
    outbox: {
      type: new Schema(
        {
          key: String,
          pending: Boolean,
          at: Date,
          events: { type: [Schema.Types.Mixed], default: [] },
          slaJobs: { type: [Schema.Types.Mixed], default: undefined },
          previousAgencyId: { type: String, default: null },
        },
        { _id: false },
      ),
      default: null,
    },
  },
  { timestamps: true },
);

// Ingest finds the open case of a thread: findOneAndUpdate({ threadRef }, ..., { upsert }).
conversationSchema.index({ threadRef: 1 }, { unique: true });
// Public status lookup and officers quoting a ticket: findOne({ ticketNumber }).
conversationSchema.index({ ticketNumber: 1 }, { unique: true });
// Inbox list, newest first, scoped to an agency: find({ agencyId, status }).sort({ lastMessageAt: -1, _id: -1 }).
conversationSchema.index({ agencyId: 1, lastMessageAt: -1, _id: -1 });
// Inbox list sorted by urgency then SLA deadline: find({ agencyId }).sort({ urgencyRank: 1, 'sla.firstResponseDueAt': 1 }).
conversationSchema.index({ agencyId: 1, urgencyRank: 1, 'sla.firstResponseDueAt': 1 });
// "Assigned to me" and open-case counts for assignment: find({ assigneeId, status: { $in: open } }).
conversationSchema.index({ assigneeId: 1, status: 1 });
// Retention sweep: find({ status: { $in: finished }, updatedAt: { $lt: cutoff }, anonymisedAt: null }).
conversationSchema.index({ status: 1, updatedAt: 1 });
// Export and erasure of one citizen: find({ contactId }).
conversationSchema.index({ contactId: 1 });
// Changes whose follow-up did not finish (a crash, Redis away): find({ 'outbox.pending': true, updatedAt: { $lt } }).
conversationSchema.index({ 'outbox.pending': 1, updatedAt: 1 });
// Reports over a period: find({ createdAt: { $gte, $lt } }).
conversationSchema.index({ createdAt: 1 });

export type Conversation = InferSchemaType<typeof conversationSchema>;
/** A conversation as read with lean(): what domain code works with. */
export type ConversationDoc = Conversation & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };
export const ConversationModel = model('Conversation', conversationSchema);

export const OPEN_STATUSES = ['new', 'routed', 'in_progress', 'waiting', 'rejected'] as const;
