// Case workflow endpoints (issue 5): disposition, status, assignment, claim lock, notes, tags, links.
// Each returns {conversation} as the actor sees it; the rules live in src/workflow, this file only validates and
// dispatches.
import { Router, type RequestHandler } from 'express';
import type { Actor } from '../auth/access.js';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { CONVERSATION_STATUSES } from '../domain/labels.js';
import { assignConversation } from '../workflow/assignment.js';
import { runCaseAction, type CaseRequest } from '../workflow/case-actions.js';
import { changeCase } from '../workflow/change-case.js';
import { changeKey } from './change-key.js';
import { claimConversation } from '../workflow/claim.js';
import { replyToLinked } from '../replies/linked-replies.js';
import { changeTags, linkConversations, unlinkConversations } from '../workflow/links.js';
import { visibleConversation } from './conversations.js';
import { parseOr400 } from './errors.js';
import { forUser } from '../views/case-abilities.js';
import type { ConversationView } from '../views/conversation-view.js';

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
  action: string,
  schema: S,
  run: (
    actor: Actor,
    conv: VisibleConversation,
    body: z.infer<S>,
    key: string,
    params: Record<string, string>,
  ) => Promise<ConversationView | null>,
): RequestHandler<Record<string, string>> {
  return async (req, res) => {
    const body = parseOr400(schema, req.body ?? {});
    const conv = await visibleConversation(req.actor!, req.params.id);
    const view = await run(req.actor!, conv, body, changeKey(req, action), req.params);
    res.json({ conversation: forUser(view, req.actor!) });
  };
}

export function workflowRouter(ctx: AppContext): Router {
  const router = Router();
  const base = '/conversations/:id';
  const post = <S extends z.ZodType>(action: string, schema: S, run: Parameters<typeof caseEndpoint<S>>[2]) =>
    router.post(`${base}/${action}`, caseEndpoint(action, schema, run));
  const act =
    (kind: CaseRequest['kind']) => (actor: Actor, conv: VisibleConversation, body: unknown, key: string) =>
      runCaseAction(ctx, actor, conv, { kind, ...(body as object) } as CaseRequest, key);

  post('accept', noBody, act('accept'));
  post('reject', bodies.reject, act('reject'));
  post('resolve', bodies.resolve, act('resolve'));
  post('transfer', bodies.transfer, act('transfer'));
  post('status', bodies.status, act('status'));
  post('assign', bodies.assign, (actor, conv, { userId }, key) =>
    assignConversation(ctx, actor, conv, userId, key),
  );
  post('claim', bodies.claim, (actor, conv, { takeOver }, key) =>
    claimConversation(ctx, actor, conv, Boolean(takeOver), key),
  );
  post('notes', bodies.notes, async (actor, conv, { text }, key) => {
    const note = { type: 'note' as const, actorId: actor.id, data: { note: text } };
    return (await changeCase(ctx, conv, key, () => ({ events: [note] }))).view;
  });
  post('tags', bodies.tags, (actor, conv, { add, remove }, key) =>
    changeTags(ctx, actor, conv, add, remove, key),
  );
  post('links', bodies.link, (actor, conv, { conversationId }, key) =>
    linkConversations(ctx, actor, conv, conversationId, key),
  );
  router.delete(
    `${base}/links/:otherId`,
    caseEndpoint('unlink', noBody, (actor, conv, _body, key, params) =>
      unlinkConversations(ctx, actor, conv, params.otherId, key),
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
