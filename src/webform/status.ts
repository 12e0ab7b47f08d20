// What the status page (GET /lapor/status) tells about one ticket: its status and agency to anyone with the
// ticket number (as GET /api/public/tickets/:ticket does), and the officers' replies only to the holder of the
// report's follow-up code. A report still in the queue is "diterima" to its code holder.
import { timingSafeEqual } from 'node:crypto';
import type { Redis } from 'ioredis';
import { AgencyModel, ConversationModel, MessageModel } from '../store/index.js';
import { STATUS_LABEL_ID } from '../domain/workflow-wording.js';
import { hashFollowUpCode, reservedTicketKey } from './submit.js';

export const TICKET_PATTERN = /^ASP-\d{4}-\d{6}$/;

export type TicketStatus =
  | { found: false }
  | { found: true; queued: true; ticketNumber: string }
  | {
      found: true;
      queued: false;
      ticketNumber: string;
      statusLabel: string;
      agency: string | null;
      createdAt: Date;
      updatedAt: Date;
      /** null: no (or a wrong) follow-up code was given, so replies are not shown. */
      replies: { text: string; at: Date }[] | null;
      codeWrong: boolean;
    };

const sameHash = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export async function ticketStatus(
  redis: Redis,
  prefix: string,
  ticketNumber: string,
  code: string | undefined,
): Promise<TicketStatus> {
  if (!TICKET_PATTERN.test(ticketNumber)) return { found: false };
  const conv = await ConversationModel.findOne({ ticketNumber })
    .select('ticketNumber status agencyId createdAt updatedAt platform')
    .lean();
  const codeHash = code ? hashFollowUpCode(code) : null;
  if (!conv || conv.status === 'spam') {
    const reserved = await redis.get(reservedTicketKey(prefix, ticketNumber)).catch(() => null);
    return reserved && codeHash && sameHash(reserved, codeHash)
      ? { found: true, queued: true, ticketNumber }
      : { found: false };
  }
  const agency = await AgencyModel.findById(conv.agencyId).select('name').lean();
  let replies: { text: string; at: Date }[] | null = null;
  if (codeHash && conv.platform === 'webform') {
    const opening = await MessageModel.findOne({ conversationId: conv._id, direction: 'inbound' })
      .sort({ createdAt: 1 })
      .select('meta')
      .lean();
    // Between the case opening and its first message being stored, the reservation still holds the code.
    const expected =
      (opening?.meta as Record<string, string> | undefined)?.followUpHash ??
      (await redis.get(reservedTicketKey(prefix, ticketNumber)).catch(() => null));
    if (expected && sameHash(expected, codeHash)) {
      const sent = await MessageModel.find({
        conversationId: conv._id,
        direction: 'outbound',
        'delivery.status': 'sent',
      })
        .sort({ createdAt: 1 })
        .select('text createdAt')
        .lean();
      replies = sent.map((m) => ({ text: m.text ?? '', at: m.createdAt as Date }));
    }
  }
  return {
    found: true,
    queued: false,
    ticketNumber,
    statusLabel: STATUS_LABEL_ID[conv.status as keyof typeof STATUS_LABEL_ID],
    agency: agency?.name ?? null,
    createdAt: conv.createdAt as Date,
    updatedAt: conv.updatedAt as Date,
    replies,
    codeWrong: Boolean(codeHash) && replies === null && conv.platform === 'webform',
  };
}
