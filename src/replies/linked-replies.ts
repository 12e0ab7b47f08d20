// One update sent to every linked case about the same incident, each filled with its own ticket and citizen.
import { cached } from '../cache/reference-data.js';
import { canSeeConversation, type Actor } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { DomainError } from '../domain/errors.js';
import { ContactModel, ConversationModel, type ConversationDoc } from '../store/index.js';
import { fillTemplate } from '../workflow/template.js';
import { createReply } from './create-reply.js';

export interface LinkedReplyResult {
  conversationId: string;
  ticketNumber: string;
  ok: boolean;
  message?: unknown;
  error?: { code: string; message: string };
}

/**
 * One update to every citizen who reported the same incident: this case and each linked case the actor may
 * see, with {{ticket}}, {{nama}}, {{instansi}}, {{petugas}} filled per case. Each reply is checked on its own
 * (reply window, claim lock), so one refusal does not stop the others.
 */
export async function replyToLinked(
  ctx: AppContext,
  actor: Actor,
  conv: Pick<ConversationDoc, '_id' | 'linkedIds'>,
  req: { text: string; visibility?: 'public' | 'private'; takeOver?: boolean },
): Promise<LinkedReplyResult[]> {
  const ids = [conv._id, ...(conv.linkedIds ?? [])];
  const cases = (await ConversationModel.find({ _id: { $in: ids } })).filter((c) =>
    canSeeConversation(actor, c),
  );
  const results: LinkedReplyResult[] = [];
  for (const c of cases) {
    const [contact, agency] = await Promise.all([
      ContactModel.findById(c.contactId).select('name').lean(),
      cached.agency(c.agencyId),
    ]);
    const text = fillTemplate(req.text, {
      ticket: c.ticketNumber,
      nama: contact?.name ?? null,
      instansi: agency?.shortName ?? null,
      petugas: actor.name,
    });
    // Public replies only where the case itself is public; DMs get the private form.
    const visibility = req.visibility === 'public' && c.visibility === 'private' ? 'private' : req.visibility;
    try {
      const message = await createReply(ctx, actor, c, { text, visibility, takeOver: req.takeOver });
      results.push({ conversationId: String(c._id), ticketNumber: c.ticketNumber, ok: true, message });
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      results.push({
        conversationId: String(c._id),
        ticketNumber: c.ticketNumber,
        ok: false,
        error: { code: err.code, message: err.message },
      });
    }
  }
  return results;
}
