// A website-form report, from a checked submission to a queued message: the photo cleaned and kept, a ticket
// number reserved (the citizen sees it at once, before the inbound worker opens the case under it) and a
// follow-up code that lets its holder read the replies on the status page. The same submissionId sent twice
// (a double tap, a retry after a lost answer) is one report with one ticket.
import { createHash, randomInt } from 'node:crypto';
import { webformMessage, WEBFORM_ACCOUNT, type Submission } from '../../adapters/webform/index.js';
import type { Attachment } from '../../adapters/types.js';
import type { AppContext } from '../context.js';
import { storeMedia } from '../media/store.js';
import { enqueueDelivery } from '../pipeline/enqueue.js';
import { messageDedupeKey } from '../pipeline/identity.js';
import { nextTicketNumber } from '../store/ticket-number.js';
import { cleanPhoto, decodePhoto } from './photo.js';

/** A report's answer (and the status page's "diterima" before the case exists) is remembered this long. */
const REMEMBER_SECONDS = 7 * 24 * 3600;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export interface Receipt {
  ticketNumber: string;
  followUpCode: string;
}

export const hashFollowUpCode = (code: string) =>
  createHash('sha256').update(code.trim().toUpperCase()).digest('hex');

function newFollowUpCode(): string {
  return Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

const submissionKey = (ctx: AppContext, id: string) => `${ctx.config.QUEUE_PREFIX}:webform:submission:${id}`;
export const reservedTicketKey = (prefix: string, ticket: string) => `${prefix}:webform:ticket:${ticket}`;

async function attachmentsOf(s: Submission): Promise<Attachment[]> {
  if (!s.photo) return [];
  const photo = await cleanPhoto(decodePhoto(s.photo), s.shareLocation);
  const url = await storeMedia({
    messageKey: messageDedupeKey({
      platform: 'webform',
      accountId: WEBFORM_ACCOUNT,
      externalId: s.submissionId,
    }),
    mimeType: photo.mimeType,
    name: 'foto-laporan.jpg',
    data: photo.data,
  });
  return [
    { type: 'image', url, mimeType: photo.mimeType, name: 'foto-laporan.jpg' },
    ...(photo.location ? [{ type: 'location' as const, location: photo.location }] : []),
  ];
}

export async function submitReport(
  ctx: AppContext,
  s: Submission,
  regionName: string | undefined,
  now = new Date(),
): Promise<Receipt> {
  const key = submissionKey(ctx, s.submissionId);
  const earlier = await ctx.redis.get(key);
  if (earlier) return JSON.parse(earlier) as Receipt;
  const attachments = await attachmentsOf(s);
  const receipt: Receipt = { ticketNumber: await nextTicketNumber(now), followUpCode: newFollowUpCode() };
  // First writer of the submission wins; a concurrent twin answers with the winner's ticket.
  const won = await ctx.redis.set(key, JSON.stringify(receipt), 'EX', REMEMBER_SECONDS, 'NX');
  if (won !== 'OK') return JSON.parse((await ctx.redis.get(key)) ?? 'null') ?? receipt;
  const followUpHash = hashFollowUpCode(receipt.followUpCode);
  try {
    await ctx.redis.set(
      reservedTicketKey(ctx.config.QUEUE_PREFIX, receipt.ticketNumber),
      followUpHash,
      'EX',
      REMEMBER_SECONDS,
    );
    await enqueueDelivery(ctx.queues.inbound, {
      messages: [
        webformMessage(s, {
          ticketNumber: receipt.ticketNumber,
          followUpHash,
          regionName,
          attachments,
          receivedAt: now,
        }),
      ],
      statuses: [],
      problems: [],
    });
  } catch (err) {
    await ctx.redis.del(key).catch(() => {});
    throw err;
  }
  return receipt;
}
