// Case workflow endpoints (issue 5): disposition, status, assignment, claim lock, notes, tags, links.
// Each returns {conversation}; the rules live in src/workflow, this file only validates and dispatches.
import { Router, type RequestHandler } from 'express';
import type { Actor } from '../auth/access.js';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { CONVERSATION_STATUSES } from '../domain/labels.js';
import { assignConversation } from '../workflow/assignment.js';
import { runCaseAction } from '../workflow/case-actions.js';
import { claimConversation } from '../workflow/claim.js';
import { publishConversation, recordEvent } from '../workflow/deps.js';
import { changeTags, linkConversations, replyToLinked, unlinkConversations } from '../workflow/links.js';
import { visibleConversation } from './conversations.js';
import { parseOr400 } from './errors.js';

const id = z.string().min(1, 'wajib diisi');
/** Endpoints that take no body: any body passes, exactly as when it was never read. */
const noBody = z.unknown();
const bodies = {
  reject: z.object({ reason: z.string().trim().min(3, 'alasan penolakan wajib diisi').max(1000) }),
  resolve: z.object({ note: z.string().trim().max(2000).optional() }),
  transfer: z.object({ agencyId: id, reason: z.string().trim().max(1000).optional() }),
  status: z.object({ status: z.enum(CONVERSATION_STATUSES) }),
  assign: z.object({ userId: id.nullable() }),
  notes: z.object({ text: z.string().trim().min(1, 'catatan kosong').max(4000) }),
  claim: z.object({ takeOver: z.boolean().optional() }),
  tags: z
    .object({
      add: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
      remove: z.array(z.string()).max(20).default([]),
    })
    .refine((b) => b.add.length + b.remove.length > 0, 'isi add atau remove'),
  link: z.object({ conversationId: id }),
  linkedReply: z.object({
    text: z.string().trim().min(1, 'balasan kosong').max(8000),
    visibility: z.enum(['public', 'private']).optional(),
    takeOver: z.boolean().optional(),
  }),
};

type VisibleConversation = Awaited<ReturnType<typeof visibleConversation>>;

/**
 * The shape every case endpoint shares: the body is validated before the conversation is loaded (a bad body is a
 * 400 even for an id the actor cannot see), and the answer is the conversation as it now stands.
 */
function caseEndpoint<S extends z.ZodType>(
  schema: S,
  run: (
    actor: Actor,
    conv: VisibleConversation,
    body: z.infer<S>,
    params: Record<string, string>,
  ) => Promise<unknown>,
): RequestHandler<Record<string, string>> {
  return async (req, res) => {
    const body = parseOr400(schema, req.body ?? {});
    const conv = await visibleConversation(req.actor!, req.params.id);
    res.json({ conversation: await run(req.actor!, conv, body, req.params) });
  };
}

export function workflowRouter(ctx: AppContext): Router {
  const router = Router();
  const base = '/conversations/:id';
  const act = (actor: Actor, conv: VisibleConversation, action: Parameters<typeof runCaseAction>[3]) =>
    runCaseAction(ctx, actor, conv, action);
  const post = <S extends z.ZodType>(action: string, schema: S, run: Parameters<typeof caseEndpoint<S>>[1]) =>
    router.post(`${base}/${action}`, caseEndpoint(schema, run));

  post('accept', noBody, (actor, conv) => act(actor, conv, { kind: 'accept' }));
  post('reject', bodies.reject, (actor, conv, { reason }) => act(actor, conv, { kind: 'reject', reason }));
  post('resolve', bodies.resolve, (actor, conv, { note }) => act(actor, conv, { kind: 'resolve', note }));
  post('transfer', bodies.transfer, (actor, conv, body) => act(actor, conv, { kind: 'transfer', ...body }));
  post('status', bodies.status, (actor, conv, { status }) => act(actor, conv, { kind: 'status', status }));
  post('assign', bodies.assign, (actor, conv, { userId }) => assignConversation(ctx, actor, conv, userId));
  post('claim', bodies.claim, (actor, conv, { takeOver }) =>
    claimConversation(ctx, actor, conv, Boolean(takeOver)),
  );
  post('notes', bodies.notes, async (actor, conv, { text }) => {
    // Stored as `note`, not `text`: the history view strips `text` (citizen text kept for training).
    await recordEvent(conv, 'note', actor.id, { note: text });
    return publishConversation(ctx, conv._id);
  });
  post('tags', bodies.tags, (actor, conv, { add, remove }) => changeTags(ctx, actor, conv, add, remove));
  post('links', bodies.link, (actor, conv, { conversationId }) =>
    linkConversations(ctx, actor, conv, conversationId),
  );
  router.delete(
    `${base}/links/:otherId`,
    caseEndpoint(noBody, (actor, conv, _body, params) =>
      unlinkConversations(ctx, actor, conv, params.otherId),
    ),
  );
  // Not a caseEndpoint: answers 202 with one result per linked conversation, not the conversation itself.
  router.post(`${base}/linked-replies`, async (req, res) => {
    const body = parseOr400(bodies.linkedReply, req.body ?? {});
    const conv = await visibleConversation(req.actor!, req.params.id);
    res.status(202).json({ results: await replyToLinked(ctx, req.actor!, conv, body) });
  });
  return router;
}
